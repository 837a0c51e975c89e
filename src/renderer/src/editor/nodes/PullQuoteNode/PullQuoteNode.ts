import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedPullQuoteNode = SerializedBlockPart<'pull-quote'>

/** A pull quote: its text, then who said it. Children: PullQuoteTextNode, PullQuoteAttributionNode. */
export class PullQuoteNode extends BlockPartNode {
  override $config() {
    return this.config('pull-quote', { extends: BlockPartNode, importDOM: markedImport(['figure'], 'pull-quote', () => $createPullQuoteNode()) })
  }
  protected override editorTag(): string {
    return 'figure'
  }
  override exportJSON(): SerializedPullQuoteNode {
    return { ...super.exportJSON(), type: 'pull-quote', version: 1 }
  }
  // Its parts only make sense together: when the last one goes, the block goes.
  override canBeEmpty(): false {
    return false
  }
}

export function $createPullQuoteNode(): PullQuoteNode {
  return $create(PullQuoteNode)
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode
}
