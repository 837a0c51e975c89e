// Article + layout -> one self-contained print HTML document (fonts and images inline as data:
// URLs, no script), which Electron's hidden window and system Chromium print identically.
import { dataUrl } from '../article/assets'
import { pageBreak, type BlockJSON, type BodyJSON, type ImageJSON } from '../article/body'
import type { Article } from '../article/file'
import { LANGUAGES } from '../article/languages'
import { inlineText } from '../article/text'
import { formatEditorInChief, formatMastheadDate, type DateFormat } from '../templates/dates'
import { linesInDepth } from './copyfit'
import { fontFaceCss, subsetsForText } from './fonts'
import { MM_PER_PT, pageGeometry, type PageGeometry } from './geometry'
import { canHyphenate, createHyphenator } from './hyphenate'
import { blockHtml, bodyHtml, escapeHtml } from './html'
import { PRINT_LABELS } from './labels'
import { printCss } from './printCss'

export interface PrintDocumentOptions {
  /** URL of a bundled font file (resources/fonts/<file>); the print services pass data: URLs. */
  readonly fontUrl: (file: string) => string
  /**
   * From the preferences: publication and editor in chief, used where the article leaves them empty,
   * and how the publication prints its dates (long, the default, or ISO).
   */
  readonly defaults?: { readonly publication?: string; readonly editorInChief?: string; readonly dateFormat?: DateFormat }
}

export interface PrintDocument {
  readonly html: string
  readonly geometry: PageGeometry
  readonly title: string
  readonly rtl: boolean
}

function plainBody(body: BodyJSON): string {
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: unknown; children?: unknown; caption?: unknown; credit?: unknown; speaker?: unknown }
    if (typeof n.text === 'string') parts.push(n.text)
    for (const key of ['caption', 'credit', 'speaker'] as const) if (typeof n[key] === 'string') parts.push(n[key] as string)
    if (Array.isArray(n.children)) n.children.forEach(walk)
  }
  walk(body.root)
  return parts.join(' ')
}

/** What printing needs of an article (its id and version do not matter to the page). */
export type PrintableArticle = Pick<Article, 'meta' | 'layout' | 'body' | 'assets'>

const PAGE_BREAK_HTML = blockHtml(pageBreak('page'))

const isEmptyParagraph = (b: BlockJSON): boolean => b.type === 'paragraph' && inlineText(b.children).trim() === ''
const isBreak = (b: BlockJSON): boolean => b.type === 'page-break' || b.type === 'section-break'

/**
 * The blocks as they print: no blank page from breaks with nothing after them (trailing breaks and
 * empty paragraphs dropped, runs of page breaks collapsed into one, no break before any text).
 */
export function printableBlocks(blocks: readonly BlockJSON[]): BlockJSON[] {
  const out = [...blocks]
  while (out.length && (isBreak(out[out.length - 1]!) || isEmptyParagraph(out[out.length - 1]!))) out.pop()
  while (out.length && out[0]!.type === 'page-break') out.shift()
  return out.filter((b, i) => !(b.type === 'page-break' && out[i - 1]?.type === 'page-break'))
}

/** Beyond this many pages the last page is not balanced (see PrintCssInput.balance). */
export const BALANCE_MAX_PAGES = 12

/** A rough page count from the length of the copy: an average character is half an em wide. */
export function estimatedPages(characters: number, blocks: number, layout: PrintableArticle['layout'], geometry: PageGeometry): number {
  const charsPerLine = Math.max(10, geometry.columnWidthMm / (layout.bodySizePt * MM_PER_PT * 0.5))
  const lines = characters / charsPerLine + blocks
  return lines / (geometry.columns * Math.max(1, linesInDepth(geometry.content.heightMm, layout.leadingPt)))
}

export function printDocument(article: PrintableArticle, options: PrintDocumentOptions): PrintDocument {
  const { meta, layout } = article
  const info = LANGUAGES[meta.language]
  const rtl = meta.direction === 'rtl'
  const geometry = pageGeometry(layout)
  const labels = PRINT_LABELS[meta.language]
  const publication = meta.publication || options.defaults?.publication || ''
  const editorInChief = meta.editorInChief || options.defaults?.editorInChief || ''
  // The same masthead date and editor line the template filled in and the exports print.
  const date = formatMastheadDate(meta.date, meta.language, options.defaults?.dateFormat)
  const editorLine = formatEditorInChief(editorInChief, meta.language)
  const hyphenate = layout.hyphenate && canHyphenate(meta.language) ? createHyphenator(meta.language) : undefined
  const text = (s: string, hy = false): string => escapeHtml(hy && hyphenate ? hyphenate(s) : s)

  // A body that opens with an image has a lead image: it spans the columns under the deck.
  const blocks = printableBlocks(article.body.root.children)
  const lead = blocks[0]?.type === 'image' ? (blocks[0] as ImageJSON) : null
  const rest: BodyJSON = { ...article.body, root: { ...article.body.root, children: lead ? blocks.slice(1) : blocks } }
  const imageSrc = (key: string): string | null => {
    const asset = article.assets[key]
    return asset ? dataUrl(asset) : null
  }
  const htmlOptions = {
    imageSrc,
    headingIds: true,
    ...(hyphenate ? { transformText: hyphenate } : {}),
    ...(meta.dateline ? { leadIn: `<span class="dateline">${text(meta.dateline)}</span> ` } : {}),
  }

  let masthead = ''
  if (layout.masthead === 'editorial' && (publication || editorInChief || date)) {
    const line = [
      editorLine ? `<span class="masthead-editor">${text(editorLine)}</span>` : '',
      date ? `<span class="masthead-date">${text(date)}</span>` : '',
    ].join('')
    masthead =
      `<header class="masthead masthead--editorial">` +
      (publication ? `<div class="nameplate">${text(publication)}</div>` : '') +
      (line ? `<div class="masthead-line">${line}</div>` : '') +
      `</header>`
  } else if (layout.masthead === 'section' && (meta.section || publication)) {
    masthead =
      `<header class="masthead masthead--section"><div class="section-flag">${text(meta.section || publication)}</div>` +
      `<div class="section-meta">${[meta.section ? publication : '', date].filter(Boolean).map((s) => text(s)).join('<br>')}</div></header>`
  }

  const head = [
    meta.kicker ? `<p class="kicker">${text(meta.kicker)}</p>` : '',
    meta.headline ? `<h1 class="headline">${text(meta.headline)}</h1>` : '',
    meta.deck ? `<p class="deck">${text(meta.deck)}</p>` : '',
    lead ? blockHtml({ ...lead, width: 'full' }, htmlOptions) : '',
    meta.byline ? `<p class="byline">${text(meta.byline)}</p>` : '',
  ].join('')

  const bodyText = plainBody(article.body)
  let body = bodyHtml(rest, htmlOptions)
  if (meta.authorBio) body += `\n<p class="author-bio" dir="auto">${text(meta.authorBio, true)}</p>`

  const fontsCss = fontFaceCss(subsetsForText([publication, editorLine, date, meta.kicker, meta.headline, meta.deck, meta.byline, meta.dateline, meta.section, meta.authorBio, bodyText].join(' ')), options.fontUrl)
  const css = printCss({
    // A dateline opens the lede in small capitals; a drop cap would enlarge its first letter instead.
    layout: meta.dateline ? { ...layout, dropCap: false } : layout,
    geometry,
    rtl,
    folio: labels.folio,
    runningHead: { start: publication, center: meta.section, end: date },
    mastheadOnFirstPage: masthead !== '',
    balance: estimatedPages(bodyText.length, article.body.root.children.length, layout, geometry) <= BALANCE_MAX_PAGES,
  })

  const firstParagraph = blocks.find((b) => b.type === 'paragraph')
  const title = meta.headline || (firstParagraph?.type === 'paragraph' ? inlineText(firstParagraph.children).slice(0, 80) : '')
  const html =
    `<!doctype html><html lang="${escapeHtml(info.tag)}" dir="${rtl ? 'rtl' : 'ltr'}"${hyphenate ? ' data-hyphenated=""' : ''}><head><meta charset="utf-8">` +
    // Fonts in a style of their own: a warm printer that already has them loaded keeps them.
    `<title>${escapeHtml(title)}</title><style data-galley-fonts>${fontsCss}</style><style data-galley-layout>${css}</style></head><body>` +
    masthead +
    `<article class="story">` +
    (head ? `<header class="story-head">${head}</header>` : '') +
    // Chromium keeps a forced page break inside a multi-column box to its column: each page break
    // starts a new column box on a new page instead.
    body
      .split(PAGE_BREAK_HTML)
      .map((part, i) => `<div class="story-body${i ? ' story-body--new-page' : ''}">${part}</div>`)
      .join('') +
    `</article></body></html>`
  return { html, geometry, title, rtl }
}
