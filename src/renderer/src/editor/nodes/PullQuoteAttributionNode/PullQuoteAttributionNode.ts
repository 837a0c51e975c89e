import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedPullQuoteAttributionNode = SerializedBlockPart<'pull-quote-attribution'>

/** Who said the pull quote; may stay empty. Inline content only. */
export class PullQuoteAttributionNode extends BlockPartNode {
  override $config() {
    return this.config('pull-quote-attribution', { extends: BlockPartNode, importDOM: markedImport(['figcaption'], 'pull-quote-attribution', () => $createPullQuoteAttributionNode()) })
  }
  protected override editorTag(): string {
    return 'p'
  }
  protected override exportTag(): string {
    return 'figcaption'
  }
  override exportJSON(): SerializedPullQuoteAttributionNode {
    return { ...super.exportJSON(), type: 'pull-quote-attribution', version: 1 }
  }
}

export function $createPullQuoteAttributionNode(): PullQuoteAttributionNode {
  return $create(PullQuoteAttributionNode)
}

export function $isPullQuoteAttributionNode(node: LexicalNode | null | undefined): node is PullQuoteAttributionNode {
  return node instanceof PullQuoteAttributionNode
}
