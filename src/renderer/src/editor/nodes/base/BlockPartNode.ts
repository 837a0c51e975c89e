// The shared base of Galley's structured blocks and their parts (pull quote text, Q&A question…):
// an element with a fixed tag in the editor and on export, marked `data-galley="<type>"` in exported
// HTML so a copy from Galley pastes back as the same structure, while foreign HTML never matches.
import { addClassNamesToElement } from '@lexical/utils'
import {
  ElementNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type SerializedElementNode,
} from 'lexical'

export const MARKER = 'data-galley'

// Not abstract: Lexical's config types need a constructible class to name in `extends`.
export class BlockPartNode extends ElementNode {
  override $config() {
    return this.config(Symbol.for('BlockPartNode'), { extends: ElementNode })
  }
  /** Tag in the editor's DOM. */
  protected editorTag(): string {
    return 'div'
  }
  /** Tag in exported (copied) HTML. */
  protected exportTag(): string {
    return this.editorTag()
  }
  /** Extra attributes for both DOMs (variant, speaker…). */
  protected attributes(): Record<string, string> {
    return {}
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement(this.editorTag())
    addClassNamesToElement(dom, (config.theme as Record<string, string | undefined>)[this.getType()])
    for (const [name, value] of Object.entries(this.attributes())) dom.setAttribute(name, value)
    return dom
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    const before = prevNode.attributes()
    const after = this.attributes()
    for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const value = after[name]
      if (value === undefined) dom.removeAttribute(name)
      else if (before[name] !== value) dom.setAttribute(name, value)
    }
    return false
  }

  override exportDOM(_editor: LexicalEditor): DOMExportOutput {
    const element = document.createElement(this.exportTag())
    element.setAttribute(MARKER, this.getType())
    element.className = this.getType()
    for (const [name, value] of Object.entries(this.attributes())) element.setAttribute(name, value)
    const direction = this.getDirection()
    if (direction) element.dir = direction
    const align = this.getFormatType()
    if (align) element.classList.add(`align-${align}`)
    return { element }
  }

  override isInline(): false {
    return false
  }
}

/** Reads `align-*` classes written by `exportDOM` back into the element's alignment. */
export function applyExportedBlockFormat(node: ElementNode, dom: HTMLElement): void {
  const align = [...dom.classList].find((c) => c.startsWith('align-'))?.slice('align-'.length)
  if (align === 'left' || align === 'center' || align === 'right' || align === 'justify' || align === 'start' || align === 'end') node.setFormat(align)
  if (dom.dir === 'ltr' || dom.dir === 'rtl') node.setDirection(dom.dir)
}

/** importDOM entries for `<tag data-galley="type">`, which nothing but Galley writes. */
export function markedImport(tags: readonly string[], type: string, create: (dom: HTMLElement) => LexicalNode): DOMConversionMap {
  const map: DOMConversionMap = {}
  for (const tag of tags) {
    map[tag] = (dom: HTMLElement) =>
      dom.getAttribute(MARKER) === type
        ? {
            priority: 4,
            conversion: (el: HTMLElement): DOMConversionOutput => {
              const node = create(el)
              if (node instanceof ElementNode) applyExportedBlockFormat(node, el)
              return { node }
            },
          }
        : null
  }
  return map
}

export type SerializedBlockPart<T extends string> = SerializedElementNode & { type: T; version: 1 }
