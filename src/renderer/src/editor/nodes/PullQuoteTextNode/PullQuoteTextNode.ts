import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedPullQuoteTextNode = SerializedBlockPart<'pull-quote-text'>

/** The words of a pull quote. Inline content only. */
export class PullQuoteTextNode extends BlockPartNode {
  override $config() {
    return this.config('pull-quote-text', { extends: BlockPartNode, importDOM: markedImport(['blockquote'], 'pull-quote-text', () => $createPullQuoteTextNode()) })
  }
  protected override editorTag(): string {
    return 'p'
  }
  protected override exportTag(): string {
    return 'blockquote'
  }
  override exportJSON(): SerializedPullQuoteTextNode {
    return { ...super.exportJSON(), type: 'pull-quote-text', version: 1 }
  }
}

export function $createPullQuoteTextNode(): PullQuoteTextNode {
  return $create(PullQuoteTextNode)
}

export function $isPullQuoteTextNode(node: LexicalNode | null | undefined): node is PullQuoteTextNode {
  return node instanceof PullQuoteTextNode
}
