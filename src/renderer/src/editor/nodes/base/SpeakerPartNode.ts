// A Q&A part (question or answer) with the name of who speaks. The editor shows the name before the
// text through CSS (`data-speaker`), so the name never mixes with the editable words.
import type { LexicalUpdateJSON, NodeKey } from 'lexical'
import { BlockPartNode, type SerializedBlockPart } from './BlockPartNode'

export type SerializedSpeakerPart<T extends string> = SerializedBlockPart<T> & { speaker: string }

export const MAX_SPEAKER_LENGTH = 200

export class SpeakerPartNode extends BlockPartNode {
  __speaker: string

  override $config() {
    return this.config(Symbol.for('SpeakerPartNode'), { extends: BlockPartNode })
  }
  constructor(speaker = '', key?: NodeKey) {
    super(key)
    this.__speaker = speaker
  }
  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev)
    this.__speaker = prev.__speaker
  }
  override updateFromJSON(json: LexicalUpdateJSON<SerializedSpeakerPart<string>>): this {
    const speaker = typeof json.speaker === 'string' ? json.speaker.slice(0, MAX_SPEAKER_LENGTH) : ''
    return super.updateFromJSON(json).setSpeaker(speaker)
  }
  getSpeaker(): string {
    return this.getLatest().__speaker
  }
  setSpeaker(speaker: string): this {
    const self = this.getWritable()
    self.__speaker = speaker.slice(0, MAX_SPEAKER_LENGTH)
    return self
  }
  protected override editorTag(): string {
    return 'p'
  }
  protected override attributes(): Record<string, string> {
    return this.__speaker ? { 'data-speaker': this.__speaker } : {}
  }
}
