import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedTimelineEventNode = SerializedBlockPart<'timeline-event'>

/** What happened at one timeline entry. Inline content only. */
export class TimelineEventNode extends BlockPartNode {
  override $config() {
    return this.config('timeline-event', { extends: BlockPartNode, importDOM: markedImport(['span'], 'timeline-event', () => $createTimelineEventNode()) })
  }
  protected override editorTag(): string {
    return 'p'
  }
  protected override exportTag(): string {
    return 'span'
  }
  override exportJSON(): SerializedTimelineEventNode {
    return { ...super.exportJSON(), type: 'timeline-event', version: 1 }
  }
}

export function $createTimelineEventNode(): TimelineEventNode {
  return $create(TimelineEventNode)
}

export function $isTimelineEventNode(node: LexicalNode | null | undefined): node is TimelineEventNode {
  return node instanceof TimelineEventNode
}
