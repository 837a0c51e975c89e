// The article fields the inspector edits, as data: templates (with their own fields and limits)
// extend this list rather than the inspector's markup.
import { LANGUAGES, type Language } from '../../../../shared/article/languages'
import { STATUS_LABELS, type ArticleMeta, type Status } from '../../../../shared/article/meta'

export type FieldKind = 'text' | 'multiline' | 'date' | 'select' | 'tags'

export interface FieldDef {
  readonly key: keyof ArticleMeta
  readonly label: string
  readonly kind: FieldKind
  readonly max?: number
  readonly hint?: string
  readonly options?: readonly { readonly value: string; readonly label: string }[]
}

export const ARTICLE_FIELDS: readonly FieldDef[] = [
  { key: 'kicker', label: 'Kicker', kind: 'text', max: 200 },
  { key: 'headline', label: 'Headline', kind: 'multiline', max: 500 },
  { key: 'deck', label: 'Deck', kind: 'multiline', max: 1000 },
  { key: 'byline', label: 'Byline', kind: 'text', max: 300 },
  { key: 'authorBio', label: 'Author bio', kind: 'multiline', max: 500 },
  { key: 'dateline', label: 'Dateline', kind: 'text', max: 200, hint: 'KABUL, July 8 —' },
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'section', label: 'Section', kind: 'text', max: 120 },
  { key: 'publication', label: 'Publication', kind: 'text', max: 200 },
  { key: 'editorInChief', label: 'Editor in chief', kind: 'text', max: 200 },
  {
    key: 'language',
    label: 'Language',
    kind: 'select',
    options: (Object.keys(LANGUAGES) as Language[]).map((l) => ({ value: l, label: LANGUAGES[l].name === LANGUAGES[l].nativeName ? LANGUAGES[l].name : `${LANGUAGES[l].nativeName} (${LANGUAGES[l].name})` })),
  },
  {
    key: 'direction',
    label: 'Direction',
    kind: 'select',
    options: [
      { value: 'ltr', label: 'Left to right' },
      { value: 'rtl', label: 'Right to left' },
    ],
  },
  { key: 'status', label: 'Status', kind: 'select', options: (Object.keys(STATUS_LABELS) as Status[]).map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
  { key: 'tags', label: 'Tags', kind: 'tags', hint: 'Separated by commas' },
]

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().slice(0, 80)).filter(Boolean))].slice(0, 100)
}
