import { $create, type LexicalNode } from 'lexical'
import { markedImport } from '../base/BlockPartNode'
import { SpeakerPartNode, type SerializedSpeakerPart } from '../base/SpeakerPartNode'

export type SerializedQaAnswerNode = SerializedSpeakerPart<'qa-answer'>

/** The answer, and who gives it. */
export class QaAnswerNode extends SpeakerPartNode {
  override $config() {
    return this.config('qa-answer', {
      extends: SpeakerPartNode,
      importDOM: markedImport(['p'], 'qa-answer', (dom) => $createQaAnswerNode(dom.getAttribute('data-speaker') ?? '')),
    })
  }
  override exportJSON(): SerializedQaAnswerNode {
    return { ...super.exportJSON(), type: 'qa-answer', version: 1, speaker: this.getSpeaker() }
  }
}

export function $createQaAnswerNode(speaker = ''): QaAnswerNode {
  return $create(QaAnswerNode).setSpeaker(speaker)
}

export function $isQaAnswerNode(node: LexicalNode | null | undefined): node is QaAnswerNode {
  return node instanceof QaAnswerNode
}
