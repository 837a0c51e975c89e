import { $create, type LexicalNode } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedQaPairNode = SerializedBlockPart<'qa-pair'>

/** One question and its answer in an interview. Children: QaQuestionNode, QaAnswerNode. */
export class QaPairNode extends BlockPartNode {
  override $config() {
    return this.config('qa-pair', { extends: BlockPartNode, importDOM: markedImport(['div'], 'qa-pair', () => $createQaPairNode()) })
  }
  protected override editorTag(): string {
    return 'div'
  }
  override exportJSON(): SerializedQaPairNode {
    return { ...super.exportJSON(), type: 'qa-pair', version: 1 }
  }
  // Its parts only make sense together: when the last one goes, the block goes.
  override canBeEmpty(): false {
    return false
  }
}

export function $createQaPairNode(): QaPairNode {
  return $create(QaPairNode)
}

export function $isQaPairNode(node: LexicalNode | null | undefined): node is QaPairNode {
  return node instanceof QaPairNode
}
