import { BOX_VARIANTS, type BoxVariant } from '../../../../../shared/article/body'
import { $create, type LexicalNode, type LexicalUpdateJSON, type NodeKey } from 'lexical'
import { BlockPartNode, markedImport, type SerializedBlockPart } from '../base/BlockPartNode'

export type SerializedFactBoxNode = SerializedBlockPart<'fact-box'> & { variant: BoxVariant }

export const BOX_VARIANT_LABELS: Readonly<Record<BoxVariant, string>> = {
  facts: 'Fact box',
  background: 'Background',
  correction: 'Correction',
  'editors-note': 'Editor’s note',
}

function asVariant(value: unknown): BoxVariant {
  return (BOX_VARIANTS as readonly unknown[]).includes(value) ? (value as BoxVariant) : 'facts'
}

/**
 * A boxed aside: a FactBoxTitleNode, then paragraphs, lists and quotes. A shadow root, so the
 * blocks inside behave like the body's own (Enter, lists, Markdown shortcuts).
 */
export class FactBoxNode extends BlockPartNode {
  __variant: BoxVariant

  override $config() {
    return this.config('fact-box', {
      extends: BlockPartNode,
      importDOM: markedImport(['aside'], 'fact-box', (dom) => $createFactBoxNode(asVariant(dom.getAttribute('data-variant')))),
    })
  }
  constructor(variant: BoxVariant = 'facts', key?: NodeKey) {
    super(key)
    this.__variant = variant
  }
  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev)
    this.__variant = prev.__variant
  }
  override updateFromJSON(json: LexicalUpdateJSON<SerializedFactBoxNode>): this {
    return super.updateFromJSON(json).setVariant(asVariant(json.variant))
  }
  override exportJSON(): SerializedFactBoxNode {
    return { ...super.exportJSON(), type: 'fact-box', version: 1, variant: this.getVariant() }
  }
  getVariant(): BoxVariant {
    return this.getLatest().__variant
  }
  setVariant(variant: BoxVariant): this {
    const self = this.getWritable()
    self.__variant = variant
    return self
  }
  protected override editorTag(): string {
    return 'aside'
  }
  protected override attributes(): Record<string, string> {
    return { 'data-variant': this.__variant, 'data-label': BOX_VARIANT_LABELS[this.__variant] }
  }
  override isShadowRoot(): boolean {
    return true
  }
  override canBeEmpty(): false {
    return false
  }
}

export function $createFactBoxNode(variant: BoxVariant = 'facts'): FactBoxNode {
  return $create(FactBoxNode).setVariant(variant)
}

export function $isFactBoxNode(node: LexicalNode | null | undefined): node is FactBoxNode {
  return node instanceof FactBoxNode
}
