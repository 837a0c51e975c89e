// The few words a printed page carries besides the article, per language. (The masthead's
// `Editor in Chief:` line is templates/dates.ts's formatEditorInChief, which the exports share.)
import type { Language } from '../article/languages'

export interface PrintLabels {
  /** CSS `content` value for the folio: `"Page " counter(page) " of " counter(pages)`. */
  readonly folio: string
}

const q = (s: string): string => JSON.stringify(s)

function folio(before: string, between: string, after = '', style = ''): string {
  const counter = (name: string): string => (style ? `counter(${name}, ${style})` : `counter(${name})`)
  return [before && q(before), counter('page'), q(between), counter('pages'), after && q(after)].filter(Boolean).join(' ')
}

export const PRINT_LABELS: Readonly<Record<Language, PrintLabels>> = {
  en: { folio: folio('Page ', ' of ') },
  'en-GB': { folio: folio('Page ', ' of ') },
  ru: { folio: folio('Страница ', ' из ') },
  kk: { folio: folio('Бет ', ' / ') },
  'fa-AF': { folio: folio('صفحهٔ ', ' از ', '', 'persian') },
  ps: { folio: folio('مخ ', ' له ', '', 'persian') },
}
