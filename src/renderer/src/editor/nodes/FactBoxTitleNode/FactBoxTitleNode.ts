import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedFactBoxTitleNode = SerializedBlockPart<'fact-box-title'>

/** The title line of a fact box. Inline content only. */
export class FactBoxTitleNode extends BlockPartNode {
  override $config() {
    return this.config('fact-box-title', { extends: BlockPartNode, importDOM: markedImport(['h4'], 'fact-box-title', () => $createFactBoxTitleNode()) })
  }
  protected override editorTag(): string {
    return 'p'
  }
  protected override exportTag(): string {
    return 'h4'
  }
  override exportJSON(): SerializedFactBoxTitleNode {
    return { ...super.exportJSON(), type: 'fact-box-title', version: 1 }
  }
}

export function $createFactBoxTitleNode(): FactBoxTitleNode {
  return $create(FactBoxTitleNode)
}

export function $isFactBoxTitleNode(node: LexicalNode | null | undefined): node is FactBoxTitleNode {
  return node instanceof FactBoxTitleNode
}
