import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedTimelineDateNode = SerializedBlockPart<'timeline-date'>

/** The date (or time) of one timeline entry. Inline content only. */
export class TimelineDateNode extends BlockPartNode {
  override $config() {
    return this.config('timeline-date', { extends: BlockPartNode, importDOM: markedImport(['span'], 'timeline-date', () => $createTimelineDateNode()) })
  }
  protected override editorTag(): string {
    return 'p'
  }
  protected override exportTag(): string {
    return 'span'
  }
  override exportJSON(): SerializedTimelineDateNode {
    return { ...super.exportJSON(), type: 'timeline-date', version: 1 }
  }
}

export function $createTimelineDateNode(): TimelineDateNode {
  return $create(TimelineDateNode)
}

export function $isTimelineDateNode(node: LexicalNode | null | undefined): node is TimelineDateNode {
  return node instanceof TimelineDateNode
}
