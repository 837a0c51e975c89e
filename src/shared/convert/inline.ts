// Building inline content (text runs with format bits, links, line breaks) the way Lexical writes it:
// adjacent runs with the same format merge, whitespace is collapsed where the source format asks.
import { link as linkNode, textNode, type InlineJSON, type LineBreakJSON, type LinkJSON, type TabJSON, type TextJSON } from '../article/body'
import { safeUrl } from '../render/html'

export interface RunStyle {
  readonly format: number
  readonly style: string
}
export const PLAIN: RunStyle = { format: 0, style: '' }

type Leaf = TextJSON | LineBreakJSON | TabJSON

/** Accumulates inline children; `close()` returns them trimmed and merged. */
export class InlineBuilder {
  private readonly out: (Leaf | { type: 'link'; url: string; children: Leaf[] })[] = []
  private linkUrl: string | null = null
  private atSpace = true

  /** Text from HTML: whitespace runs collapse to one space, also across formatting boundaries. */
  htmlText(text: string, style: RunStyle = PLAIN): void {
    let t = text.replace(/[ \t\n\r\f]+/g, ' ')
    if (this.atSpace) t = t.replace(/^ /, '')
    this.text(t, style)
  }

  text(text: string, style: RunStyle = PLAIN): void {
    if (text === '') return
    this.atSpace = /\s$/u.test(text)
    const target = this.target()
    const last = target[target.length - 1]
    if (last && last.type === 'text' && last.format === style.format && last.style === style.style) {
      target[target.length - 1] = { ...last, text: last.text + text }
    } else target.push(textNode(text, style.format, style.style))
  }

  lineBreak(): void {
    this.atSpace = true
    this.target().push({ type: 'linebreak', version: 1 })
  }

  /** Opens a link; unsafe targets (`javascript:`, `data:`, files…) keep their text and lose the link. */
  openLink(url: string): void {
    const safe = safeUrl(url)
    if (!safe) return
    this.linkUrl = safe
    this.out.push({ type: 'link', url: safe, children: [] })
  }

  closeLink(): void {
    this.linkUrl = null
  }

  get isEmpty(): boolean {
    return this.out.every((n) => (n.type === 'text' ? n.text.trim() === '' : n.type === 'link' ? n.children.length === 0 : false))
  }

  /** The children, with leading/trailing whitespace and line breaks trimmed. */
  close(): InlineJSON[] {
    const nodes: InlineJSON[] = []
    for (const n of this.out) {
      if (n.type === 'link') {
        if (n.children.length > 0) nodes.push({ ...linkNode(n.url, n.children) } satisfies LinkJSON)
      } else nodes.push(n)
    }
    return trimInline(nodes)
  }

  private target(): Leaf[] {
    if (this.linkUrl !== null) {
      const last = this.out[this.out.length - 1]
      if (last && last.type === 'link') return last.children
    }
    return this.out as Leaf[]
  }
}

/** Drops whitespace-only runs and line breaks at both ends; trims the outer runs. */
export function trimInline(nodes: readonly InlineJSON[]): InlineJSON[] {
  const list = [...nodes]
  const blank = (n: InlineJSON | undefined): boolean =>
    !!n && (n.type === 'linebreak' || (n.type === 'text' && n.text.trim() === '') || (n.type === 'link' && n.children.length === 0))
  while (blank(list[0])) list.shift()
  while (blank(list[list.length - 1])) list.pop()
  const first = list[0]
  if (first?.type === 'text') list[0] = { ...first, text: first.text.replace(/^\s+/, '') }
  const lastIndex = list.length - 1
  const last = list[lastIndex]
  if (last?.type === 'text') list[lastIndex] = { ...last, text: last.text.replace(/\s+$/, '') }
  return list
}

/** Inline children for plain text: runs of text with `\n` as line breaks. */
export function plainInline(text: string, style: RunStyle = PLAIN): InlineJSON[] {
  const b = new InlineBuilder()
  text.split('\n').forEach((line, i) => {
    if (i > 0) b.lineBreak()
    b.text(line, style)
  })
  return b.close()
}
