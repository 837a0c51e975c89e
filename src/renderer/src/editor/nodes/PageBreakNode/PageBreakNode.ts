import { $create, $getNodeByKey, type DOMConversionMap, type DOMExportOutput, type LexicalEditor, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedLexicalNode } from 'lexical'
import { MARKER } from '../base/BlockPartNode'
import { BlockDecoratorNode } from '../base/BlockDecoratorNode'

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
    const mark = document.createElement('span')
    mark.className = 'page-break-mark'
    mark.setAttribute('role', 'separator')
    mark.setAttribute('aria-label', name)
    const label = document.createElement('span')
    label.className = 'page-break-label'
    label.textContent = name
    const toggle = document.createElement('button')
    toggle.type = 'button'
    toggle.className = 'page-break-toggle'
    toggle.contentEditable = 'false'
    toggle.title = `Make this a ${other} break`
    toggle.textContent = `Make ${other} break`
    const key = this.getKey()
    toggle.addEventListener('click', () =>
      editor.update(() => {
        const node = $getNodeByKey(key)
        if ($isPageBreakNode(node)) node.setKind(other)
      }),
    )
    mark.append(label, toggle)
    dom.append(mark)
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
