// An article as one standalone HTML file (semantic <article>, images inline, screen and print CSS)
// or as body-only HTML for pasting into a web CMS. The body markup is `bodyHtml`, the same as print.
import type { Article } from '../article/file'
import { LANGUAGES, type Language } from '../article/languages'
import { trimSizeMm } from '../article/layout'
import { bodyHtml, escapeHtml } from '../render/html'
import { formatEditorInChief, formatMastheadDate, type DateFormat } from '../templates/dates'

export interface HtmlExportOptions {
  /** The printed date, as the masthead prints it: long (the default) or ISO. */
  readonly dateFormat?: DateFormat
}

/** How an interview labels questions and answers whose speaker is not named. */
const QA_LABELS: Readonly<Record<Language, { question: string; answer: string }>> = {
  en: { question: 'Q', answer: 'A' },
  'en-GB': { question: 'Q', answer: 'A' },
  ru: { question: 'Вопрос', answer: 'Ответ' },
  kk: { question: 'Сұрақ', answer: 'Жауап' },
  'fa-AF': { question: 'سوال', answer: 'جواب' },
  ps: { question: 'پوښتنه', answer: 'ځواب' },
}

/** Body only: the markup a web CMS takes, no fields, no styles. */
export function articleToBodyHtml(article: Pick<Article, 'body' | 'assets' | 'meta'>): string {
  return `${bodyHtml(article.body, { assets: article.assets, defaultSpeakers: QA_LABELS[article.meta.language] })}\n`
}

function css(article: Pick<Article, 'layout' | 'meta'>): string {
  const { layout } = article
  const page = trimSizeMm(layout)
  const m = layout.marginsMm
  const serif = "'Source Serif 4', 'Noto Serif', Georgia, 'Times New Roman', serif"
  const sans = "'Source Sans 3', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"
  const arabic = "Vazirmatn, 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, sans-serif"
  const bodyFont = LANGUAGES[article.meta.language].script === 'arabic' ? arabic : layout.bodyFont === 'sans' ? sans : serif
  const headFont = LANGUAGES[article.meta.language].script === 'arabic' ? arabic : layout.headlineFont === 'sans' ? sans : serif
  return `
:root { color-scheme: light; }
body { margin: 0; background: #f4f1ea; color: #1a1a1a; font: 1.0625rem/1.6 ${bodyFont}; }
article { max-width: 42rem; margin: 2.5rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
header { margin-bottom: 1.5rem; }
.masthead { display: flex; justify-content: space-between; gap: 1rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .35rem; font: 600 .8rem/1.3 ${sans}; text-transform: uppercase; letter-spacing: .06em; }
.kicker { margin: 0 0 .4rem; font: 700 .8rem/1.2 ${sans}; text-transform: uppercase; letter-spacing: .08em; color: #8b1a1a; }
h1 { margin: 0 0 .6rem; font: 700 2.4rem/1.12 ${headFont}; }
.deck { margin: 0 0 1rem; font-size: 1.25rem; line-height: 1.4; color: #444; }
.byline, .dateline-field { margin: 0; font: 600 .9rem/1.4 ${sans}; }
.date { margin: .2rem 0 0; font: .85rem/1.4 ${sans}; color: #555; }
.body p { margin: 0 0 .8em; }
.subhead { margin: 1.4em 0 .4em; font: 700 1.2rem/1.3 ${headFont}; break-after: avoid; }
h3.subhead { font-size: 1.05rem; font-style: italic; }
blockquote { margin: 1em 1.5em; font-style: italic; }
.pull-quote { margin: 1.5em 0; padding: .8em 0; border-block: 2px solid #1a1a1a; text-align: center; break-inside: avoid; }
.pull-quote blockquote { margin: 0; font: italic 1.45rem/1.35 ${headFont}; }
.pull-quote figcaption { margin-top: .5em; font: 600 .8rem/1.3 ${sans}; text-transform: uppercase; letter-spacing: .06em; }
.fact-box { margin: 1.5em 0; padding: .9em 1.1em; border: 1px solid #999; background: #f6f6f3; font: .95rem/1.45 ${sans}; break-inside: avoid; }
.fact-box-title { margin: 0 0 .5em; font: 700 .95rem/1.3 ${sans}; text-transform: uppercase; letter-spacing: .05em; }
.fact-box--correction { border-color: #8b1a1a; }
.qa-question { font-weight: 700; margin-bottom: .3em; }
.qa-speaker { font-weight: 700; }
.timeline { list-style: none; padding: 0; }
.timeline li { display: grid; grid-template-columns: 6rem 1fr; gap: .8rem; margin-bottom: .4em; }
.timeline-date { font-weight: 700; }
figure.image { margin: 1.5em 0; break-inside: avoid; }
figure.image img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font: .85rem/1.4 ${sans}; color: #333; margin-top: .4em; }
.credit { font-variant-caps: small-caps; color: #666; }
.small-caps { font-variant-caps: small-caps; }
.uppercase { text-transform: uppercase; }
.section-break { border: 0; text-align: center; margin: 1.5em 0; }
.section-break::after { content: '* * *'; letter-spacing: .5em; }
.page-break { height: 0; }
.align-center { text-align: center; } .align-right { text-align: right; } .align-justify { text-align: justify; } .align-end { text-align: end; }
.author-bio { margin-top: 2em; padding-top: .6em; border-top: 1px solid #ccc; font: italic .9rem/1.45 ${sans}; }
a { color: inherit; }
@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
@media print {
  body { background: none; font-size: ${layout.bodySizePt}pt; line-height: ${layout.leadingPt}pt; }
  article { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h1 { font-size: ${layout.headlineSizePt}pt; }
  .body { column-count: ${layout.columns}; column-gap: ${layout.gutterMm}mm; ${layout.columnRule ? 'column-rule: 0.25pt solid #999;' : ''} ${layout.justify ? 'text-align: justify;' : ''} hyphens: ${layout.hyphenate ? 'auto' : 'manual'}; widows: 2; orphans: 2; }
  .image--full, .page-break--page { column-span: all; }
  .page-break--page { break-after: page; }
  .page-break--column { break-after: column; }
  a { text-decoration: none; }
}
`.trim()
}

/** One HTML file: fields in a <header>, the body, print CSS for the layout's page and columns. */
export function articleToStandaloneHtml(article: Pick<Article, 'meta' | 'layout' | 'body' | 'assets'>, options: HtmlExportOptions = {}): string {
  const { meta } = article
  const lang = LANGUAGES[meta.language]
  const e = escapeHtml
  const date = formatMastheadDate(meta.date, meta.language, options.dateFormat)
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Galley">',
    `<title>${e(meta.headline || 'Untitled article')}</title>`,
    meta.byline ? `<meta name="author" content="${e(meta.byline)}">` : '',
    meta.deck ? `<meta name="description" content="${e(meta.deck)}">` : '',
    meta.date ? `<meta name="date" content="${e(meta.date)}">` : '',
    meta.tags.length > 0 ? `<meta name="keywords" content="${e(meta.tags.join(', '))}">` : '',
    `<style>\n${css(article)}\n</style>`,
  ].filter(Boolean)
  const header = [
    meta.editorInChief ? `<p class="masthead"><span>${e(formatEditorInChief(meta.editorInChief, meta.language))}</span></p>` : '',
    meta.kicker ? `<p class="kicker">${e(meta.kicker)}</p>` : '',
    `<h1 class="headline">${e(meta.headline)}</h1>`,
    meta.deck ? `<p class="deck">${e(meta.deck)}</p>` : '',
    meta.byline ? `<p class="byline">By ${e(meta.byline)}</p>` : '',
    meta.dateline ? `<p class="dateline">${e(meta.dateline)}</p>` : '',
    date ? `<p class="date"><time datetime="${e(meta.date)}">${e(date)}</time></p>` : '',
  ].filter(Boolean)
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(lang.tag)}" dir="${meta.direction}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    ...header,
    '</header>',
    '<div class="body">',
    bodyHtml(article.body, { assets: article.assets, headingIds: true, defaultSpeakers: QA_LABELS[meta.language] }),
    '</div>',
    meta.authorBio ? `<p class="author-bio">${e(meta.authorBio)}</p>` : '',
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((l, i, all) => l !== '' || i === all.length - 1)
    .join('\n')
}
