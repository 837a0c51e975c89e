// The print stylesheet of one article: @page size, margins and margin boxes, columns, type, and the
// rules every page obeys (subheads keep with the next line, figures and boxes never split, widows and
// orphans of at least two lines).
import type { Layout } from '../article/layout'
import { fontStack } from './fonts'
import type { PageGeometry } from './geometry'

export interface RunningHead {
  readonly start: string
  readonly center: string
  readonly end: string
}

export interface PrintCssInput {
  readonly layout: Layout
  readonly geometry: PageGeometry
  readonly rtl: boolean
  /** The folio's CSS `content` (`"Page " counter(page) " of " counter(pages)`). */
  readonly folio: string
  readonly runningHead: RunningHead
  /** The first page carries the masthead: no running head there. */
  readonly mastheadOnFirstPage: boolean
  /**
   * Balance the columns of the last page. Chromium re-lays out all remaining copy on every page to
   * balance, which grows with the square of the length: long reads fill their last page column by
   * column instead.
   */
  readonly balance: boolean
}

const css = (s: string): string => JSON.stringify(s)
const n = (x: number): string => String(Math.round(x * 1000) / 1000)

function marginBoxes(input: PrintCssInput): string {
  const { layout, rtl, runningHead } = input
  const boxes: string[] = []
  const font = `font-family:${fontStack('sans', rtl)};font-size:7pt;letter-spacing:0.04em;color:#222;`
  if (layout.runningHeader) {
    const [left, right] = rtl ? [runningHead.end, runningHead.start] : [runningHead.start, runningHead.end]
    // Names are set in capitals; the date keeps its case (`8th`, not `8TH`).
    const box = (where: string, text: string, align: string, caps: boolean): string =>
      text ? `@${where}{content:${css(text)};${font}text-align:${align};vertical-align:bottom;padding-bottom:3.2mm;${caps ? 'text-transform:uppercase' : ''}}` : ''
    boxes.push(box('top-left', left, 'left', !rtl), box('top-center', runningHead.center, 'center', true), box('top-right', right, 'right', rtl))
  }
  if (layout.pageNumbers) boxes.push(`@bottom-center{content:${input.folio};${font}vertical-align:top;padding-top:3.5mm}`)
  return boxes.filter(Boolean).join('')
}

export function printCss(input: PrintCssInput): string {
  const { layout, geometry: g, rtl } = input
  const m = layout.marginsMm
  const b = g.bleedMm
  const body = fontStack(layout.bodyFont, rtl)
  const head = fontStack(layout.headlineFont, rtl)
  const sans = fontStack('sans', rtl)
  const lead = `${n(layout.leadingPt)}pt`
  // Deck and nameplate scale with the page so a broadsheet does not look like a leaflet.
  const deckPt = Math.max(layout.bodySizePt * 1.35, Math.min(layout.headlineSizePt * 0.42, layout.bodySizePt * 2.4))
  const nameplatePt = Math.min(120, Math.max(26, g.trim.widthMm * 0.21))
  const rule = layout.columnRule ? 'column-rule:0.5pt solid #8a8a8a;' : ''
  const firstPageClear = input.mastheadOnFirstPage ? '@page :first{@top-left{content:none}@top-center{content:none}@top-right{content:none}}' : ''
  const pageHeightLimit = `${n(g.content.heightMm * 0.62)}mm`

  return `
@page{size:${n(g.sheet.widthMm)}mm ${n(g.sheet.heightMm)}mm;margin:${n(m.top + b)}mm ${n(m.right + b)}mm ${n(m.bottom + b)}mm ${n(m.left + b)}mm;${marginBoxes(input)}}
${firstPageClear}
:root{--lead:${lead};--gutter:${n(g.gutterMm)}mm;--content-width:${n(g.content.widthMm)}mm;--column-width:${n(g.columnWidthMm)}mm}
*{box-sizing:border-box}
html{font-family:${body};font-size:${n(layout.bodySizePt)}pt;line-height:var(--lead);color:#111;background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact;font-kerning:normal;font-variant-ligatures:common-ligatures;text-rendering:optimizeLegibility}
body{margin:0}
h1,h2,h3,h4,p,figure,blockquote,ul,ol{margin:0}
a{color:inherit;text-decoration:none}
.masthead{margin:0 0 calc(var(--lead) * 1.5);font-family:${sans};text-align:center}
.nameplate{font-family:${fontStack('serif', rtl)};font-weight:900;font-size:${n(nameplatePt)}pt;line-height:1.05;letter-spacing:-0.01em;padding:0 0 2mm;border-bottom:0.75pt solid #111}
.masthead-line{display:flex;justify-content:space-between;align-items:baseline;gap:4mm;font-size:7.5pt;line-height:1.2;letter-spacing:0.04em;padding:1.3mm 0 1.2mm;border-bottom:2.5pt double #111}
.masthead-line:only-child{justify-content:center}
.masthead--section{display:flex;justify-content:space-between;align-items:flex-end;text-align:start;border-bottom:2.25pt solid #111;padding-bottom:1.5mm}
.masthead--section .section-flag{font-family:${head};font-weight:900;font-size:${n(Math.max(18, nameplatePt * 0.6))}pt;line-height:1}
.masthead--section .section-meta{font-size:7.5pt;line-height:1.3;letter-spacing:0.05em;text-transform:uppercase;text-align:end}
.story-head{margin:0 0 var(--lead)}
.kicker{font-family:${sans};font-weight:700;font-size:${n(Math.max(7.5, layout.bodySizePt * 0.95))}pt;line-height:1.2;letter-spacing:0.08em;text-transform:uppercase;margin:0 0 1.5mm}
.headline{font-family:${head};font-weight:700;font-size:${n(layout.headlineSizePt)}pt;line-height:1.04;letter-spacing:-0.012em;margin:0 0 2.5mm;text-wrap:balance;hyphens:none}
.deck{font-family:${head};font-style:italic;font-weight:400;font-size:${n(deckPt)}pt;line-height:1.22;color:#222;margin:0 0 3mm;text-wrap:pretty;hyphens:none}
.byline{font-family:${sans};font-weight:600;font-size:${n(Math.max(7, layout.bodySizePt * 0.88))}pt;line-height:1.3;letter-spacing:0.06em;text-transform:uppercase;padding:1.5mm 0 0;border-top:0.5pt solid #111;margin:0 0 1mm}
.story-head .image{margin:1mm 0 3mm}
.story-body{column-count:${g.columns};column-gap:var(--gutter);column-fill:${input.balance ? 'balance' : 'auto'};${rule}text-align:${layout.justify ? 'justify' : 'start'};hyphens:manual;orphans:2;widows:2}
.story-body p{orphans:2;widows:2}
.story-body--new-page{break-before:page}
.story-body>p+p,.story-body>p+ul+p,.story-body>p+ol+p{text-indent:1.1em}
.story-body>p:first-of-type,.story-body>.subhead+p,.story-body>.section-break+p{text-indent:0}
.dateline{font-family:${sans};font-weight:700;font-size:0.88em;letter-spacing:0.03em;text-transform:uppercase}
${layout.dropCap && !rtl ? `.story-body:not(.story-body--new-page)>p:first-of-type::first-letter{initial-letter:3;font-family:${head};font-weight:700;margin-inline-end:0.06em;color:#111}` : ''}
.subhead{font-family:${sans};font-weight:700;font-size:1.02em;line-height:var(--lead);text-align:start;margin:calc(var(--lead) * 0.75) 0 calc(var(--lead) * 0.25);break-after:avoid;break-inside:avoid;hyphens:none;text-wrap:balance}
h3.subhead{font-family:${body};font-style:italic;font-weight:600}
.story-body>.subhead:first-child{margin-top:0}
blockquote{margin:calc(var(--lead) * 0.5) 0;padding-inline-start:0.8em;border-inline-start:1.5pt solid #111}
ul,ol{padding-inline-start:1.2em;margin:calc(var(--lead) * 0.25) 0}
li{text-align:start}
.small-caps{font-variant-caps:small-caps}
.uppercase{text-transform:uppercase}
.align-center{text-align:center}.align-right{text-align:right}.align-left{text-align:left}.align-justify{text-align:justify}
.pull-quote{break-inside:avoid;margin:calc(var(--lead) * 0.75) 0;padding:2mm 0;border-top:2pt solid #111;border-bottom:0.5pt solid #111;text-align:start;hyphens:none}
.pull-quote blockquote{border:0;padding:0;margin:0;font-family:${head};font-style:italic;font-weight:600;font-size:1.5em;line-height:1.2}
.pull-quote figcaption{font-family:${sans};font-size:0.78em;letter-spacing:0.05em;text-transform:uppercase;margin-top:1.5mm;line-height:1.2}
.fact-box{break-inside:avoid;margin:calc(var(--lead) * 0.5) 0;padding:2mm 2.5mm;background:#ececec;font-family:${sans};font-size:0.9em;line-height:1.3;text-align:start;hyphens:manual}
.fact-box-title{font-size:0.95em;font-weight:700;letter-spacing:0.06em;text-transform:uppercase;border-bottom:0.5pt solid #111;padding-bottom:1mm;margin-bottom:1.5mm}
.fact-box p+p{margin-top:1mm}
.fact-box--correction,.fact-box--editors-note{background:none;border-top:1.5pt solid #111;border-bottom:0.5pt solid #111;padding-inline:0}
.qa-pair{margin:0 0 calc(var(--lead) * 0.5)}
.qa-question{font-weight:700}
.qa-speaker{font-family:${sans};font-weight:700}
.timeline{list-style:none;padding:0;margin:calc(var(--lead) * 0.5) 0;break-inside:avoid;text-align:start}
.timeline li{padding-inline-start:0.8em;border-inline-start:1pt solid #111;margin:0 0 1mm}
.timeline-date{font-family:${sans};font-weight:700;display:block}
.image{break-inside:avoid;margin:calc(var(--lead) * 0.25) 0 calc(var(--lead) * 0.75)}
.image img{display:block;width:100%;height:auto;max-height:${pageHeightLimit};object-fit:contain${layout.grayscaleImages ? ';filter:grayscale(1)' : ''}}
.image figcaption{font-family:${sans};font-size:0.8em;line-height:1.25;margin-top:1mm;text-align:start;hyphens:manual}
.image .credit{font-size:0.85em;letter-spacing:0.04em;text-transform:uppercase;color:#444}
.image--full{column-span:all;margin:calc(var(--lead) * 0.5) 0 var(--lead)}
.section-break{border:0;border-top:0.5pt solid #111;width:18%;margin:calc(var(--lead) * 0.75) auto}
.page-break{height:0}
.page-break--page{break-before:page}
.page-break--column{break-before:column}
.author-bio{font-style:italic;font-size:0.92em;text-indent:0 !important;margin-top:calc(var(--lead) * 0.5);padding-top:1mm;border-top:0.5pt solid #111}
${rtl ? '[dir=rtl] *{letter-spacing:0 !important}[dir=rtl] .deck,[dir=rtl] h3.subhead,[dir=rtl] .pull-quote blockquote{font-style:normal}' : ''}
.galley-measure body{width:var(--content-width)}
.galley-measure .story-body{column-count:1;width:var(--column-width)}
.galley-measure .image--full{width:var(--content-width)}
`
}
