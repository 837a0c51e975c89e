import { $create, $getNodeByKey, type DOMConversionMap, type DOMExportOutput, type LexicalEditor, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedLexicalNode } from 'lexical'
import { MARKER } from '../base/BlockPartNode'
import { BlockDecoratorNode } from '../base/BlockDecoratorNode'
import { element } from '../base/dom'

export type BreakKind = 'column' | 'page'
export type SerializedPageBreakNode = SerializedLexicalNode & { type: 'page-break'; version: 1; kind: BreakKind }

const asKind = (value: unknown): BreakKind => (value === 'column' ? 'column' : 'page')

/** Makes the following text start a new column or page in print. */
export class PageBreakNode extends BlockDecoratorNode {
  __kind: BreakKind

  override $config() {
    return this.config('page-break', {
      extends: BlockDecoratorNode,
      importDOM: {
        div: (dom: HTMLElement) =>
          dom.getAttribute(MARKER) === 'page-break'
            ? { priority: 4, conversion: (el: HTMLElement) => ({ node: $createPageBreakNode(asKind(el.getAttribute('data-kind'))) }) }
            : null,
      } satisfies DOMConversionMap,
    })
  }
  constructor(kind: BreakKind = 'page', key?: NodeKey) {
    super(key)
    this.__kind = kind
  }
  override afterCloneFrom(prev: this): void {
    super.afterCloneFrom(prev)
    this.__kind = prev.__kind
  }
  override updateFromJSON(json: LexicalUpdateJSON<SerializedPageBreakNode>): this {
    return super.updateFromJSON(json).setKind(asKind(json.kind))
  }
  override exportJSON(): SerializedPageBreakNode {
    return { ...super.exportJSON(), type: 'page-break', version: 1, kind: this.getKind() }
  }
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('div')
    element.setAttribute(MARKER, 'page-break')
    element.setAttribute('data-kind', this.__kind)
    element.className = `page-break page-break--${this.__kind}`
    return { element }
  }
  getKind(): BreakKind {
    return this.getLatest().__kind
  }
  setKind(kind: BreakKind): this {
    const self = this.getWritable()
    self.__kind = kind
    return self
  }
  override getTextContent(): string {
    return '\n'
  }
  protected override drawBlockDOM(dom: HTMLElement, editor: LexicalEditor): void {
    const kind = this.__kind
    const other: BreakKind = kind === 'page' ? 'column' : 'page'
    const name = kind === 'page' ? 'Page break' : 'Column break'
    const toggle = element('button', { type: 'button', class: 'page-break-toggle', contenteditable: 'false', title: `Make this a ${other} break` }, `Make ${other} break`)
    const key = this.getKey()
    toggle.addEventListener('click', () =>
      editor.update(() => {
        const node = $getNodeByKey(key)
        if ($isPageBreakNode(node)) node.setKind(other)
      }),
    )
    dom.append(element('span', { class: 'page-break-mark', role: 'separator', 'aria-label': name }, element('span', { class: 'page-break-label' }, name), toggle))
  }
  protected override updateBlockDOM(prev: this, dom: HTMLElement, editor: LexicalEditor): void {
    if (prev.__kind === this.__kind) return
    dom.replaceChildren()
    this.drawBlockDOM(dom, editor)
  }
}

export function $createPageBreakNode(kind: BreakKind = 'page'): PageBreakNode {
  return $create(PageBreakNode).setKind(kind)
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode
}
