// The few words a printed page carries besides the article, per language.
import type { Language } from '../article/languages'

export interface PrintLabels {
  /** Masthead line, before the name. */
  readonly editorInChief: string
  /** CSS `content` value for the folio: `"Page " counter(page) " of " counter(pages)`. */
  readonly folio: string
}

const q = (s: string): string => JSON.stringify(s)

function folio(before: string, between: string, after = '', style = ''): string {
  const counter = (name: string): string => (style ? `counter(${name}, ${style})` : `counter(${name})`)
  return [before && q(before), counter('page'), q(between), counter('pages'), after && q(after)].filter(Boolean).join(' ')
}

export const PRINT_LABELS: Readonly<Record<Language, PrintLabels>> = {
  en: { editorInChief: 'Editor in Chief:', folio: folio('Page ', ' of ') },
  'en-GB': { editorInChief: 'Editor in Chief:', folio: folio('Page ', ' of ') },
  ru: { editorInChief: 'Главный редактор:', folio: folio('Страница ', ' из ') },
  kk: { editorInChief: 'Бас редактор:', folio: folio('Бет ', ' / ') },
  'fa-AF': { editorInChief: 'مدیر مسئول:', folio: folio('صفحهٔ ', ' از ', '', 'persian') },
  ps: { editorInChief: 'مسؤل مدیر:', folio: folio('مخ ', ' له ', '', 'persian') },
}
