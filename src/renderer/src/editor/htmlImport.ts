// HTML import rules the editor adds to Lexical's: small caps (a text style, not a format bit) is
// read back from `font-variant(-caps): small-caps` and from the `small-caps` class html.ts writes.
import { SMALL_CAPS_STYLE } from '../../../shared/article/body'
import { $isTextNode, TextNode, type DOMConversionMap, type DOMConversionOutput, type HTMLConfig, type LexicalNode } from 'lexical'

function isSmallCapsElement(dom: HTMLElement): boolean {
  return dom.classList.contains('small-caps') || /small-caps/.test(dom.style.fontVariantCaps || dom.style.fontVariant || '')
}

const spanImport: DOMConversionMap = {
  span: (dom: HTMLElement) => {
    const base = TextNode.importDOM?.()?.['span']?.(dom)
    if (!isSmallCapsElement(dom)) return base ?? null
    return {
      priority: 1,
      conversion: (el: HTMLElement): DOMConversionOutput => {
        const output = base?.conversion(el) ?? { node: null }
        const inner = output.forChild
        return {
          ...output,
          forChild: (node: LexicalNode, parent) => {
            const next = inner ? inner(node, parent) : node
            if ($isTextNode(next)) next.setStyle(SMALL_CAPS_STYLE)
            return next
          },
        }
      },
    }
  },
}

export const GALLEY_HTML_CONFIG: HTMLConfig = { import: spanImport }
