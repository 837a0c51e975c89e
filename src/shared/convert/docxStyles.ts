// The paragraph and character styles Galley writes into a DOCX and reads back with mammoth: one table
// so export and import cannot drift apart. Style names are what Word and LibreOffice show.
import type { BoxVariant } from '../article/body'

export const DOCX_STYLES = {
  kicker: { id: 'Kicker', name: 'Kicker', html: 'p.kicker:fresh' },
  title: { id: 'Title', name: 'Title', html: 'h1.title:fresh' },
  subtitle: { id: 'Subtitle', name: 'Subtitle', html: 'p.subtitle:fresh' },
  byline: { id: 'Byline', name: 'Byline', html: 'p.byline:fresh' },
  dateline: { id: 'Dateline', name: 'Dateline', html: 'p.dateline:fresh' },
  authorBio: { id: 'AuthorBio', name: 'Author Bio', html: 'p.author-bio:fresh' },
  masthead: { id: 'Masthead', name: 'Masthead', html: 'p.masthead:fresh' },
  date: { id: 'PublicationDate', name: 'Publication Date', html: 'p.date:fresh' },
  quote: { id: 'Quote', name: 'Quote', html: 'blockquote > p:fresh' },
  intenseQuote: { id: 'IntenseQuote', name: 'Intense Quote', html: 'blockquote.pull-quote > p:fresh' },
  pullQuote: { id: 'PullQuote', name: 'Pull Quote', html: 'p.pull-quote:fresh' },
  pullQuoteAttribution: { id: 'PullQuoteAttribution', name: 'Pull Quote Attribution', html: 'p.pull-quote-attribution:fresh' },
  boxText: { id: 'BoxText', name: 'Box Text', html: 'aside.fact-box > p:fresh' },
  boxQuote: { id: 'BoxQuote', name: 'Box Quote', html: 'aside.fact-box > blockquote > p:fresh' },
  boxBullet: { id: 'BoxBullet', name: 'Box Bullet', html: 'aside.fact-box > ul > li:fresh' },
  boxNumber: { id: 'BoxNumber', name: 'Box Number', html: 'aside.fact-box > ol > li:fresh' },
  question: { id: 'Question', name: 'Question', html: 'p.qa-question:fresh' },
  answer: { id: 'Answer', name: 'Answer', html: 'p.qa-answer:fresh' },
  timelineEntry: { id: 'TimelineEntry', name: 'Timeline Entry', html: 'ol.timeline > li:fresh' },
  figure: { id: 'Figure', name: 'Figure', html: 'p.figure:fresh' },
  figureWide: { id: 'FigureWide', name: 'Figure Wide', html: 'p.figure-wide:fresh' },
  caption: { id: 'Caption', name: 'Caption', html: 'p.caption:fresh' },
  sectionBreak: { id: 'SectionBreak', name: 'Section Break', html: 'p.section-break:fresh' },
} as const

export const DOCX_CHARACTER_STYLES = {
  speaker: { id: 'Speaker', name: 'Speaker', html: 'b.qa-speaker' },
  timelineDate: { id: 'TimelineDate', name: 'Timeline Date', html: 'span.timeline-date' },
  credit: { id: 'Credit', name: 'Credit', html: 'span.credit' },
} as const

export const BOX_TITLE_STYLES: Readonly<Record<BoxVariant, { id: string; name: string; html: string }>> = {
  facts: { id: 'FactBoxTitle', name: 'Fact Box Title', html: 'aside.fact-box > h4.box-facts:fresh' },
  background: { id: 'BackgroundBoxTitle', name: 'Background Box Title', html: 'aside.fact-box > h4.box-background:fresh' },
  correction: { id: 'CorrectionBoxTitle', name: 'Correction Box Title', html: 'aside.fact-box > h4.box-correction:fresh' },
  'editors-note': { id: 'EditorsNoteBoxTitle', name: 'Editors Note Box Title', html: 'aside.fact-box > h4.box-editors-note:fresh' },
}

/** Mammoth's style map: Galley's styles, Word's own (Title, Subtitle, Quote, Caption…), breaks, small caps. */
export function mammothStyleMap(): string[] {
  const rule = (kind: 'p' | 'r', s: { name: string; html: string }): string => `${kind}[style-name='${s.name}'] => ${s.html}`
  return [
    ...Object.values(DOCX_STYLES).map((s) => rule('p', s)),
    ...Object.values(BOX_TITLE_STYLES).map((s) => rule('p', s)),
    ...Object.values(DOCX_CHARACTER_STYLES).map((s) => rule('r', s)),
    "p[style-name='Block Text'] => blockquote > p:fresh",
    "p[style-name='Quotations'] => blockquote > p:fresh",
    "p[style-name='Illustration'] => p.caption:fresh",
    "br[type='page'] => hr.page-break-page",
    "br[type='column'] => hr.page-break-column",
    'small-caps => span.small-caps',
    'u => u',
    'strike => s',
    'highlight => mark',
  ]
}
