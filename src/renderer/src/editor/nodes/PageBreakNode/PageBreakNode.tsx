import { $create, type DOMConversionMap, type DOMExportOutput, type LexicalNode, type LexicalUpdateJSON, type NodeKey, type SerializedLexicalNode } from 'lexical'
import { lazy, Suspense, type JSX } from 'react'
import { MARKER } from '../base/BlockPartNode'
import { BlockDecoratorNode } from '../base/BlockDecoratorNode'

const PageBreakComponent = lazy(() => import('./PageBreakComponent').then((m) => ({ default: m.PageBreakComponent })))

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
  override decorate(): JSX.Element {
    return (
      <Suspense fallback={null}>
        <PageBreakComponent nodeKey={this.getKey()} kind={this.__kind} />
      </Suspense>
    )
  }
}

export function $createPageBreakNode(kind: BreakKind = 'page'): PageBreakNode {
  return $create(PageBreakNode).setKind(kind)
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode
}
