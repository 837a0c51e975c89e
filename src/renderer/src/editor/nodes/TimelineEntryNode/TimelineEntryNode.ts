import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedTimelineEntryNode = SerializedBlockPart<'timeline-entry'>

/** One dated line of a timeline. Children: TimelineDateNode, TimelineEventNode. */
export class TimelineEntryNode extends BlockPartNode {
  override $config() {
    return this.config('timeline-entry', { extends: BlockPartNode, importDOM: markedImport(['li'], 'timeline-entry', () => $createTimelineEntryNode()) })
  }
  protected override editorTag(): string {
    return 'li'
  }
  override exportJSON(): SerializedTimelineEntryNode {
    return { ...super.exportJSON(), type: 'timeline-entry', version: 1 }
  }
  // Its parts only make sense together: when the last one goes, the block goes.
  override canBeEmpty(): false {
    return false
  }
}

export function $createTimelineEntryNode(): TimelineEntryNode {
  return $create(TimelineEntryNode)
}

export function $isTimelineEntryNode(node: LexicalNode | null | undefined): node is TimelineEntryNode {
  return node instanceof TimelineEntryNode
}
