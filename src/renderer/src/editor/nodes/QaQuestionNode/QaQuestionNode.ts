import { $create, type LexicalNode } from 'lexical'
import { markedImport } from '../base/BlockPartNode'
import { SpeakerPartNode, type SerializedSpeakerPart } from '../base/SpeakerPartNode'

export type SerializedQaQuestionNode = SerializedSpeakerPart<'qa-question'>

/** The question, and who asks it (empty: the publication's default label). */
export class QaQuestionNode extends SpeakerPartNode {
  override $config() {
    return this.config('qa-question', {
      extends: SpeakerPartNode,
      importDOM: markedImport(['p'], 'qa-question', (dom) => $createQaQuestionNode(dom.getAttribute('data-speaker') ?? '')),
    })
  }
  override exportJSON(): SerializedQaQuestionNode {
    return { ...super.exportJSON(), type: 'qa-question', version: 1, speaker: this.getSpeaker() }
  }
}

export function $createQaQuestionNode(speaker = ''): QaQuestionNode {
  return $create(QaQuestionNode).setSpeaker(speaker)
}

export function $isQaQuestionNode(node: LexicalNode | null | undefined): node is QaQuestionNode {
  return node instanceof QaQuestionNode
}
