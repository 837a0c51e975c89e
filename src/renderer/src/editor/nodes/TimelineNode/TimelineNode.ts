import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedTimelineNode = SerializedBlockPart<'timeline'>

/** A chronology. Children: TimelineEntryNode… */
export class TimelineNode extends BlockPartNode {
  override $config() {
    return this.config('timeline', { extends: BlockPartNode, importDOM: markedImport(['ol'], 'timeline', () => $createTimelineNode()) })
  }
  protected override editorTag(): string {
    return 'ol'
  }
  override exportJSON(): SerializedTimelineNode {
    return { ...super.exportJSON(), type: 'timeline', version: 1 }
  }
  // Its parts only make sense together: when the last one goes, the block goes.
  override canBeEmpty(): false {
    return false
  }
}

export function $createTimelineNode(): TimelineNode {
  return $create(TimelineNode)
}

export function $isTimelineNode(node: LexicalNode | null | undefined): node is TimelineNode {
  return node instanceof TimelineNode
}
