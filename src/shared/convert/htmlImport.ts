// HTML into an article: a saved web page, a CMS export, or the HTML mammoth makes of a DOCX.
// An allow-list converter: only text, the inline formats Galley knows, safe links and images become
// body nodes; scripts, styles, handlers, frames, forms and anything unknown never get through,
// because nothing from the markup is copied except text. Structure is kept as paste keeps it.
import { parse } from 'parse5'
import type { DefaultTreeAdapterTypes as T } from 'parse5'
import {
  BOX_VARIANTS,
  factBox,
  timeline,
  image,
  pageBreak,
  paragraph,
  pullQuote,
  qaPair,
  quote,
  sectionBreak,
  subhead,
  SMALL_CAPS_STYLE,
  TEXT_FORMAT,
  type BlockJSON,
  type BoxVariant,
  type ImageWidth,
  type InlineJSON,
  type ListJSON,
  type ParagraphJSON,
  type QuoteJSON,
} from '../article/body'
import { LanguageSchema, type Language } from '../article/languages'
import { inlineText } from '../article/text'
import { listBlock, type ListEntry } from './blocks'
import { findDate, parseDateLine } from './dates'
import { textDirection, type ImageSink, type ImportedArticle, type ImportedMeta } from './imported'
import { InlineBuilder, PLAIN, type RunStyle } from './inline'
import { guessLanguage } from './language'
import { MASTHEAD_LINE } from './plainText'

export interface HtmlImportOptions {
  readonly images: ImageSink
  readonly defaultLanguage?: Language
  /** Where the HTML came from, for the warnings ("the web page", "the Word document"). */
  readonly sourceLabel?: string
}

type Node = T.ChildNode | T.ParentNode
type Element = T.Element

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
  'video', 'audio', 'source', 'track', 'form', 'input', 'button', 'select', 'textarea', 'option', 'nav', 'head', 'link', 'meta',
  'title', 'base', 'dialog', 'map', 'area', 'param', 'footer', 'menu', 'label', 'output', 'progress', 'meter', 'slot',
])
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'ul', 'summary', 'center', 'caption', 'body', 'html',
])
const FORMAT_TAGS: Readonly<Record<string, number>> = {
  b: TEXT_FORMAT.bold,
  strong: TEXT_FORMAT.bold,
  i: TEXT_FORMAT.italic,
  em: TEXT_FORMAT.italic,
  cite: TEXT_FORMAT.italic,
  dfn: TEXT_FORMAT.italic,
  u: TEXT_FORMAT.underline,
  ins: TEXT_FORMAT.underline,
  s: TEXT_FORMAT.strikethrough,
  strike: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  sub: TEXT_FORMAT.subscript,
  sup: TEXT_FORMAT.superscript,
  code: TEXT_FORMAT.code,
  kbd: TEXT_FORMAT.code,
  samp: TEXT_FORMAT.code,
  mark: TEXT_FORMAT.highlight,
}

const attr = (el: Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null
const classes = (el: Element): string[] => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean)
const hasClass = (el: Element, ...names: string[]): boolean => classes(el).some((c) => names.includes(c))
const isElement = (n: Node): n is Element => 'tagName' in n
const childrenOf = (n: Node): readonly T.ChildNode[] => ('childNodes' in n ? n.childNodes : [])

function textContent(n: Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value
  if (isElement(n) && SKIP.has(n.tagName)) return ''
  return childrenOf(n).map(textContent).join('')
}

function* descendants(n: Node): Generator<Element> {
  for (const c of childrenOf(n)) {
    if (!isElement(c)) continue
    yield c
    yield* descendants(c)
  }
}
const find = (n: Node, test: (e: Element) => boolean): Element | undefined => {
  for (const e of descendants(n)) if (test(e)) return e
  return undefined
}

/** Inline format from a `style` attribute (Google Docs and Word paste carry bold and italic there). */
function styleFormat(el: Element): { format: number; smallCaps: boolean } {
  const style = (attr(el, 'style') ?? '').toLowerCase()
  let format = 0
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)/.test(style)) format |= TEXT_FORMAT.bold
  if (/font-style\s*:\s*italic/.test(style)) format |= TEXT_FORMAT.italic
  if (/text-decoration(-line)?\s*:[^;]*underline/.test(style)) format |= TEXT_FORMAT.underline
  if (/text-decoration(-line)?\s*:[^;]*line-through/.test(style)) format |= TEXT_FORMAT.strikethrough
  if (/vertical-align\s*:\s*sub/.test(style)) format |= TEXT_FORMAT.subscript
  if (/vertical-align\s*:\s*super/.test(style)) format |= TEXT_FORMAT.superscript
  if (/text-transform\s*:\s*uppercase/.test(style)) format |= TEXT_FORMAT.uppercase
  return { format, smallCaps: /font-variant(-caps)?\s*:[^;]*small-caps/.test(style) }
}

const collapse = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ')
const clean = (s: string): string => collapse(s).trim()

class Converter {
  readonly blocks: BlockJSON[] = []
  readonly meta: ImportedMeta = {}
  readonly warnings = new Set<string>()
  private para: InlineBuilder | null = null
  private pendingQuestion: { inline: InlineJSON[]; speaker: string } | null = null
  private droppedImages = 0

  constructor(private readonly options: HtmlImportOptions) {}

  // --- blocks ------------------------------------------------------------------------------

  children(parent: Node): void {
    for (const child of childrenOf(parent)) this.node(child)
  }

  node(n: T.ChildNode): void {
    if (n.nodeName === '#text') {
      this.inlineInto(this.paragraphBuilder(), n, PLAIN)
      return
    }
    if (!isElement(n) || SKIP.has(n.tagName)) return
    if (!BLOCK.has(n.tagName) && n.tagName !== 'img' && n.tagName !== 'picture') {
      this.inlineInto(this.paragraphBuilder(), n, PLAIN)
      return
    }
    this.flush()
    this.block(n)
    this.flush()
  }

  private block(el: Element): void {
    const tag = el.tagName
    if (tag !== 'p' || !hasClass(el, 'qa-answer')) this.flushQuestion()
    switch (tag) {
      case 'h1':
        if (hasClass(el, 'title', 'headline') || (!this.meta.headline && this.blocks.length === 0)) this.field('headline', el)
        else this.heading(el, 2)
        return
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.heading(el, tag === 'h2' ? 2 : 3)
        return
      case 'p':
        this.paragraphElement(el)
        return
      case 'blockquote':
        this.blockquote(el)
        return
      case 'ul':
      case 'ol':
        if (hasClass(el, 'timeline')) this.timeline(el)
        else this.push(this.list(el))
        return
      case 'figure':
        this.figure(el)
        return
      case 'img':
      case 'picture':
        this.imageElement(el)
        return
      case 'hr':
        this.push(hasClass(el, 'page-break-page', 'page-break--page') ? pageBreak('page') : hasClass(el, 'page-break-column', 'page-break--column') ? pageBreak('column') : sectionBreak())
        return
      case 'aside':
        this.aside(el)
        return
      case 'pre':
        this.pre(el)
        return
      case 'table':
        this.table(el)
        return
      case 'div':
        if (hasClass(el, 'page-break')) {
          this.push(pageBreak(hasClass(el, 'page-break--column') ? 'column' : 'page'))
          return
        }
        if (hasClass(el, 'qa-pair')) {
          this.children(el)
          this.flush()
          this.flushQuestion()
          return
        }
        this.children(el)
        return
      case 'header':
      case 'hgroup':
        this.header(el)
        return
      default:
        this.children(el)
    }
  }

  private push(block: BlockJSON): void {
    this.blocks.push(block)
  }

  private paragraphBuilder(): InlineBuilder {
    this.para ??= new InlineBuilder()
    return this.para
  }

  flush(): void {
    const b = this.para
    this.para = null
    if (!b || b.isEmpty) return
    const inline = b.close()
    this.push(paragraph(inline, textDirection(inlineText(inline))))
  }

  flushQuestion(): void {
    const q = this.pendingQuestion
    this.pendingQuestion = null
    if (q) this.push(qaPair(q.inline, [], { question: q.speaker }))
  }

  private inlineOf(el: Element, style: RunStyle = PLAIN): InlineJSON[] {
    const b = new InlineBuilder()
    for (const c of childrenOf(el)) this.inlineInto(b, c, style)
    return b.close()
  }

  private field(key: 'headline' | 'deck' | 'kicker' | 'byline' | 'dateline' | 'authorBio', el: Element): void {
    const text = clean(textContent(el))
    if (!text) return
    if (this.meta[key]) {
      this.push(key === 'headline' ? subhead(this.inlineOf(el)) : paragraph(this.inlineOf(el), textDirection(text)))
      return
    }
    this.meta[key] = key === 'byline' ? text.replace(/^by\s+/i, '') : text
  }

  private heading(el: Element, level: 2 | 3): void {
    const inline = this.inlineOf(el)
    if (inline.length === 0) return
    this.push({ ...subhead(inline, level), direction: textDirection(inlineText(inline)) })
  }

  private paragraphElement(el: Element): void {
    if (hasClass(el, 'subtitle', 'deck', 'standfirst', 'dek')) return this.field('deck', el)
    if (hasClass(el, 'kicker', 'overline', 'eyebrow')) return this.field('kicker', el)
    if (hasClass(el, 'byline', 'author')) return this.field('byline', el)
    if (hasClass(el, 'dateline')) return this.field('dateline', el)
    if (hasClass(el, 'author-bio', 'bio')) return this.field('authorBio', el)
    if (hasClass(el, 'figure', 'figure-wide')) {
      const img = find(el, (e) => e.tagName === 'img')
      if (img) return this.addImage(img, { caption: '', credit: '', width: hasClass(el, 'figure-wide') ? 'full' : 'column' })
    }
    if (hasClass(el, 'title', 'headline')) return this.field('headline', el)
    if (hasClass(el, 'masthead')) {
      const m = MASTHEAD_LINE.exec(clean(textContent(el)))
      if (m) {
        const date = findDate(m[1] ?? '')
        this.meta.editorInChief = (date ? (m[1] ?? '').slice(0, date.start) : m[1] ?? '').replace(/[\s|,;·—–-]+$/u, '').trim()
        if (date) this.meta.date ??= date.iso
        return
      }
    }
    if (hasClass(el, 'date', 'pubdate')) {
      // The printed date line: its <time datetime> or its text; never part of the body.
      const time = find(el, (e) => e.tagName === 'time' && attr(e, 'datetime') !== null)
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(time ? (attr(time, 'datetime') ?? '') : '')?.[0] ?? parseDateLine(clean(textContent(el)))
      if (iso) this.meta.date ??= iso
      return
    }
    if (hasClass(el, 'section-break')) return this.push(sectionBreak())
    if (hasClass(el, 'caption', 'wp-caption-text')) {
      const last = this.blocks[this.blocks.length - 1]
      if (last?.type === 'image' && !last.caption) {
        const { caption, credit } = this.captionParts(el)
        this.blocks[this.blocks.length - 1] = { ...last, caption, credit: last.credit || credit }
        return
      }
    }
    if (hasClass(el, 'qa-question')) {
      this.flushQuestion()
      const { inline, speaker } = this.speakerAndInline(el)
      this.pendingQuestion = { inline, speaker }
      return
    }
    if (hasClass(el, 'qa-answer')) {
      const { inline, speaker } = this.speakerAndInline(el)
      const q = this.pendingQuestion ?? { inline: [], speaker: '' }
      this.pendingQuestion = null
      this.push(qaPair(q.inline, inline, { question: q.speaker, answer: speaker }))
      return
    }
    if (hasClass(el, 'pull-quote')) {
      this.push(pullQuote(this.inlineOf(el)))
      return
    }
    if (hasClass(el, 'pull-quote-attribution')) {
      const last = this.blocks[this.blocks.length - 1]
      if (last?.type === 'pull-quote' && last.children[1].children.length === 0) {
        this.blocks[this.blocks.length - 1] = pullQuote(last.children[0].children, this.inlineOf(el))
        return
      }
    }
    // Images inside a paragraph (Word puts them there) become blocks of their own.
    this.children(el)
  }

  private speakerAndInline(el: Element): { inline: InlineJSON[]; speaker: string } {
    const speakerEl = find(el, (e) => hasClass(e, 'qa-speaker'))
    let speaker = speakerEl ? clean(textContent(speakerEl)).replace(/[:：]$/u, '').trim() : ''
    const b = new InlineBuilder()
    for (const c of childrenOf(el)) if (c !== speakerEl) this.inlineInto(b, c, PLAIN, speakerEl)
    let inline = b.close()
    // `**Q:** text` written by hand: a bold label ending in a colon.
    const first = inline[0]
    if (!speakerEl && first?.type === 'text' && (first.format & TEXT_FORMAT.bold) !== 0 && /^[^:：]{1,60}[:：]\s*$/u.test(first.text)) {
      speaker = first.text.replace(/[:：]\s*$/u, '').trim()
      inline = inline.slice(1)
      const next = inline[0]
      if (next?.type === 'text') inline[0] = { ...next, text: next.text.replace(/^\s+/u, '') }
    }
    if (speaker === 'Q' || speaker === 'A') speaker = ''
    return { inline, speaker }
  }

  private blockquote(el: Element): void {
    if (hasClass(el, 'pull-quote')) {
      const by = find(el, (e) => e.tagName === 'footer' || e.tagName === 'cite' || hasClass(e, 'pull-quote-attribution'))
      this.push(pullQuote(this.inlineWithout(el, by), by ? this.inlineOf(by) : []))
      return
    }
    for (const q of this.quoteBlocks(el)) this.push(q)
  }

  private inlineWithout(el: Element, skip: Element | undefined): InlineJSON[] {
    const b = new InlineBuilder()
    const walk = (n: Node): void => {
      for (const c of childrenOf(n)) {
        if (c === skip) continue
        if (isElement(c) && BLOCK.has(c.tagName)) {
          if (!b.isEmpty) b.lineBreak()
          walk(c)
        } else this.inlineInto(b, c, PLAIN, skip)
      }
    }
    walk(el)
    return b.close()
  }

  /** Each paragraph of a blockquote is one quote block (a quote holds inline content only). */
  private quoteBlocks(el: Element): QuoteJSON[] {
    const out: QuoteJSON[] = []
    let b = new InlineBuilder()
    const flush = (): void => {
      if (!b.isEmpty) {
        const inline = b.close()
        out.push({ ...quote(inline), direction: textDirection(inlineText(inline)) })
      }
      b = new InlineBuilder()
    }
    const walk = (n: Node): void => {
      for (const c of childrenOf(n)) {
        if (isElement(c) && (BLOCK.has(c.tagName) || c.tagName === 'img')) {
          if (SKIP.has(c.tagName) || c.tagName === 'img') continue
          flush()
          walk(c)
          flush()
        } else this.inlineInto(b, c, PLAIN)
      }
    }
    walk(el)
    flush()
    return out
  }

  private list(el: Element): ListJSON {
    const listType = el.tagName === 'ol' ? 'number' : 'bullet'
    const startAttr = Number.parseInt(attr(el, 'start') ?? '1', 10)
    const start = Number.isFinite(startAttr) && startAttr >= 0 && startAttr <= 100_000 ? startAttr : 1
    const entries: ListEntry[] = []
    for (const li of childrenOf(el)) {
      if (!isElement(li) || li.tagName !== 'li') continue
      const b = new InlineBuilder()
      const nested: ListJSON[] = []
      const walk = (n: Node): void => {
        for (const c of childrenOf(n)) {
          if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) nested.push(this.list(c))
          else if (isElement(c) && BLOCK.has(c.tagName) && !SKIP.has(c.tagName)) {
            if (!b.isEmpty) b.lineBreak()
            walk(c)
          } else this.inlineInto(b, c, PLAIN)
        }
      }
      walk(li)
      const inline = b.close()
      if (inline.length > 0 || nested.length > 0) entries.push({ inline, nested })
    }
    return listBlock(listType, start, entries)
  }

  private timeline(el: Element): void {
    const entries: { date: InlineJSON[]; event: InlineJSON[] }[] = []
    for (const li of childrenOf(el)) {
      if (!isElement(li) || li.tagName !== 'li') continue
      const dateEl = find(li, (e) => hasClass(e, 'timeline-date'))
      const eventEl = find(li, (e) => hasClass(e, 'timeline-event'))
      const date = dateEl ? this.inlineOf(dateEl) : []
      const event = eventEl ? this.inlineOf(eventEl) : this.inlineWithout(li, dateEl)
      entries.push({ date, event })
    }
    if (entries.length > 0) this.push(timeline(entries))
  }

  private figure(el: Element): void {
    if (hasClass(el, 'pull-quote')) {
      const cap = find(el, (e) => e.tagName === 'figcaption')
      this.push(pullQuote(this.inlineWithout(el, cap), cap ? this.inlineOf(cap) : []))
      return
    }
    const img = find(el, (e) => e.tagName === 'img')
    const cap = find(el, (e) => e.tagName === 'figcaption')
    if (!img) {
      this.children(el)
      return
    }
    const { caption, credit } = cap ? this.captionParts(cap) : { caption: '', credit: '' }
    const width: ImageWidth = hasClass(el, 'image--full', 'full', 'alignfull', 'wide') ? 'full' : 'column'
    this.addImage(img, { caption, credit, width })
  }

  private captionParts(el: Element): { caption: string; credit: string } {
    const creditEl = find(el, (e) => hasClass(e, 'credit', 'image-credit'))
    const credit = creditEl ? clean(textContent(creditEl)) : ''
    const captionText = (n: Node): string =>
      n === creditEl ? '' : n.nodeName === '#text' ? (n as T.TextNode).value : isElement(n) && SKIP.has(n.tagName) ? '' : childrenOf(n).map(captionText).join('')
    return { caption: clean(captionText(el)), credit }
  }

  private imageElement(el: Element): void {
    const img = el.tagName === 'img' ? el : find(el, (e) => e.tagName === 'img')
    if (img) this.addImage(img, { caption: '', credit: '', width: 'column' })
  }

  private addImage(img: Element, fields: { caption: string; credit: string; width: ImageWidth }): void {
    const src = attr(img, 'src') ?? ''
    const key = src ? this.options.images.fromSource(src) : null
    if (!key) {
      this.droppedImages++
      return
    }
    this.push(image(key, { altText: clean(attr(img, 'alt') ?? '').slice(0, 2000), caption: fields.caption.slice(0, 5000), credit: fields.credit.slice(0, 500), width: fields.width }))
  }

  private aside(el: Element): void {
    const variantClass = classes(el).map((c) => /^(?:fact-box--|box-)(.+)$/.exec(c)?.[1]).find((v): v is BoxVariant => (BOX_VARIANTS as readonly string[]).includes(v ?? ''))
    const isBox = hasClass(el, 'fact-box') || variantClass !== undefined || find(el, (e) => /^h[2-6]$/.test(e.tagName)) !== undefined
    if (!isBox) return
    const boxVariant: BoxVariant = variantClass ?? 'facts'
    let variant: BoxVariant = boxVariant
    // Mammoth runs consecutive boxes together: each title starts a new box, its class names the variant.
    type Content = ParagraphJSON | ListJSON | QuoteJSON
    let title: InlineJSON[] | null = null
    let content: Content[] = []
    const emit = (): void => {
      if (title === null && content.length === 0) return
      this.push(factBox(title ?? [], content, variant))
      title = null
      content = []
    }
    const walk = (n: Node): void => {
      let b: InlineBuilder | null = null
      const flushText = (): void => {
        if (b && !b.isEmpty) {
          const inline = b.close()
          content.push(paragraph(inline, textDirection(inlineText(inline))))
        }
        b = null
      }
      for (const c of childrenOf(n)) {
        if (!isElement(c)) {
          b ??= new InlineBuilder()
          this.inlineInto(b, c, PLAIN)
          continue
        }
        if (SKIP.has(c.tagName)) continue
        if (/^h[1-6]$/.test(c.tagName) || hasClass(c, 'fact-box-title')) {
          flushText()
          if (title !== null || content.length > 0) emit()
          title = this.inlineOf(c)
          const titleVariant = classes(c).map((k) => /^(?:fact-box--|box-)(.+)$/.exec(k)?.[1]).find((v): v is BoxVariant => (BOX_VARIANTS as readonly string[]).includes(v ?? ''))
          variant = titleVariant ?? boxVariant
        } else if (c.tagName === 'ul' || c.tagName === 'ol') {
          flushText()
          content.push(this.list(c))
        } else if (c.tagName === 'blockquote') {
          flushText()
          content.push(...this.quoteBlocks(c))
        } else if (c.tagName === 'p') {
          flushText()
          const inline = this.inlineOf(c)
          if (inline.length > 0) content.push(paragraph(inline, textDirection(inlineText(inline))))
        } else if (BLOCK.has(c.tagName)) {
          flushText()
          walk(c)
        } else {
          b ??= new InlineBuilder()
          this.inlineInto(b, c, PLAIN)
        }
      }
      flushText()
    }
    walk(el)
    emit()
  }

  private pre(el: Element): void {
    const lines = textContent(el).replace(/\r\n?/g, '\n').split('\n')
    const b = new InlineBuilder()
    lines.forEach((line, i) => {
      if (i > 0) b.lineBreak()
      b.text(line)
    })
    if (!b.isEmpty) this.push(paragraph(b.close()))
  }

  private table(el: Element): void {
    for (const row of descendants(el)) {
      if (row.tagName !== 'tr') continue
      const cells = childrenOf(row).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
      const text = cells.map((c) => clean(textContent(c))).filter(Boolean).join(' · ')
      if (text) this.push(paragraph(text, textDirection(text)))
    }
    this.warnings.add('A table was turned into one paragraph per row.')
  }

  private header(el: Element): void {
    for (const c of childrenOf(el)) {
      if (isElement(c) && c.tagName === 'time' && attr(c, 'datetime')) {
        const iso = /^\d{4}-\d{2}-\d{2}/.exec(attr(c, 'datetime') ?? '')?.[0]
        if (iso) this.meta.date ??= iso
        continue
      }
      this.node(c)
    }
  }

  // --- inline ------------------------------------------------------------------------------

  inlineInto(b: InlineBuilder, n: T.ChildNode, style: RunStyle, skip?: Element): void {
    if (n.nodeName === '#text') {
      b.htmlText((n as T.TextNode).value, style)
      return
    }
    if (!isElement(n) || n === skip || SKIP.has(n.tagName)) return
    const tag = n.tagName
    if (tag === 'br') {
      b.lineBreak()
      return
    }
    if (tag === 'img' || tag === 'picture') {
      // An image in running text: end the paragraph here, place the image, go on after it.
      if (b === this.para) {
        this.flush()
        this.imageElement(n)
        return
      }
      return
    }
    if (tag === 'hr' && b === this.para) {
      this.flush()
      this.block(n)
      return
    }
    if (BLOCK.has(tag) && b === this.para) {
      this.flush()
      this.block(n)
      return
    }
    if (tag === 'time' && attr(n, 'datetime') && !this.meta.date) {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(attr(n, 'datetime') ?? '')?.[0]
      if (iso) this.meta.date = iso
    }
    const fromStyle = styleFormat(n)
    let format = style.format | (FORMAT_TAGS[tag] ?? 0) | fromStyle.format
    if (hasClass(n, 'uppercase')) format |= TEXT_FORMAT.uppercase
    const smallCaps = fromStyle.smallCaps || hasClass(n, 'small-caps') || style.style === SMALL_CAPS_STYLE
    const next: RunStyle = { format, style: smallCaps ? SMALL_CAPS_STYLE : '' }
    if (tag === 'a') {
      const href = attr(n, 'href')
      if (href) b.openLink(href)
      for (const c of childrenOf(n)) this.inlineInto(b, c, next, skip)
      if (href) b.closeLink()
      return
    }
    for (const c of childrenOf(n)) this.inlineInto(b, c, next, skip)
  }

  finish(html: Element | undefined): ImportedArticle {
    this.flush()
    this.flushQuestion()
    if (this.droppedImages > 0) {
      this.warnings.add(`${this.droppedImages === 1 ? 'One image' : `${this.droppedImages} images`} could not be brought in (linked from the web, missing, damaged or not a PNG, JPEG, WebP, GIF or SVG image).`)
    }
    const allText = [this.meta.headline ?? '', ...this.blocks.map((b) => ('children' in b ? inlineText(b.children as readonly InlineJSON[]) : ''))].join('\n')
    const declared = html ? LanguageSchema.safeParse(normalizeLang(attr(html, 'lang') ?? '')) : null
    this.meta.language = guessLanguage(allText, declared?.success ? declared.data : this.options.defaultLanguage)
    return { meta: this.meta, blocks: this.blocks, warnings: [...this.warnings] }
  }
}

function normalizeLang(tag: string): string {
  const t = tag.trim()
  if (/^fa|^prs/i.test(t)) return 'fa-AF'
  if (/^en-GB$/i.test(t)) return 'en-GB'
  return t.split('-')[0]?.toLowerCase() ?? ''
}

/** Converts an HTML document (or fragment) to an article. */
export function parseHtmlArticle(html: string, options: HtmlImportOptions): ImportedArticle {
  const doc = parse(html)
  const htmlEl = find(doc, (e) => e.tagName === 'html')
  const bodyEl = find(doc, (e) => e.tagName === 'body') ?? doc
  const root = find(bodyEl, (e) => e.tagName === 'article') ?? find(bodyEl, (e) => e.tagName === 'main') ?? bodyEl
  const c = new Converter(options)
  c.children(root)
  const result = c.finish(htmlEl)
  const head = find(doc, (e) => e.tagName === 'head')
  if (head) {
    const metaContent = (name: string): string =>
      clean(attr(find(head, (e) => e.tagName === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name)) ?? ({ attrs: [] } as unknown as Element), 'content') ?? '')
    const meta = result.meta
    if (!meta.headline) {
      const title = find(head, (e) => e.tagName === 'title')
      const text = title ? clean(textContent(title)) : ''
      if (text) meta.headline = text.slice(0, 500)
    }
    const author = metaContent('author')
    if (!meta.byline && author) meta.byline = author.slice(0, 300)
    const published = /^\d{4}-\d{2}-\d{2}/.exec(metaContent('article:published_time') || metaContent('date'))?.[0]
    if (!meta.date && published) meta.date = published
  }
  return result
}
