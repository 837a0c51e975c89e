// The newsroom fields a template shows: presets the built-ins share, reading and writing a field's
// value on an article, and live counts against limits for the inspector.
import { countCharacters, countWords } from '../article/stats'
import type { ArticleMeta } from '../article/meta'
import { isMetaField, type FieldLimit, type Template, type TemplateField } from './schema'

const charLimit = (max: number): FieldLimit => ({ unit: 'characters', max })
const wordLimit = (max: number): FieldLimit => ({ unit: 'words', max })

type FieldOverrides = Partial<Omit<TemplateField, 'id'>>

function preset(base: TemplateField): (overrides?: FieldOverrides) => TemplateField {
  return (overrides = {}) => ({ ...base, ...overrides })
}

/** Field presets; templates adjust limits, requiredness and defaults. */
export const FIELDS = {
  kicker: preset({ id: 'kicker', label: 'Kicker', hint: 'A word or two over the headline: the topic or series', required: false, input: 'line', limit: charLimit(30), default: '' }),
  headline: preset({ id: 'headline', label: 'Headline', hint: 'What happened, in a few strong words', required: true, input: 'line', limit: charLimit(70), default: '' }),
  deck: preset({ id: 'deck', label: 'Deck', hint: 'One sentence under the headline that adds what it leaves out', required: false, input: 'text', limit: charLimit(160), default: '' }),
  byline: preset({ id: 'byline', label: 'Byline', hint: 'The writer’s name, as printed', required: true, input: 'line', limit: charLimit(60), default: '' }),
  authorBio: preset({ id: 'authorBio', label: 'Author’s bio', hint: 'One line: who the writer is', required: true, input: 'line', limit: charLimit(140), default: '' }),
  dateline: preset({ id: 'dateline', label: 'Dateline', hint: 'KABUL, July 8 —', required: true, input: 'line', limit: charLimit(40), default: '{dateline}' }),
  date: preset({ id: 'date', label: 'Date', hint: 'The issue date', required: true, input: 'date', limit: null, default: '{today}' }),
  editorInChief: preset({ id: 'editorInChief', label: 'Editor in chief', hint: 'Printed in the masthead line', required: true, input: 'line', limit: charLimit(60), default: '{editorInChief}' }),
  section: preset({ id: 'section', label: 'Section', hint: 'Where it runs: Opinion, World, Culture…', required: false, input: 'line', limit: charLimit(40), default: '' }),
  publication: preset({ id: 'publication', label: 'Publication', hint: 'The paper’s name', required: false, input: 'line', limit: charLimit(80), default: '{publication}' }),
} as const

/**
 * The fields of an article whose template is unknown (a blank article, a deleted custom template,
 * another newsroom's): every newsroom field, only the headline required, the usual limits.
 */
export const GENERAL_FIELDS: readonly TemplateField[] = [
  FIELDS.kicker(),
  FIELDS.headline(),
  FIELDS.deck(),
  FIELDS.byline({ required: false }),
  FIELDS.authorBio({ required: false }),
  FIELDS.dateline({ required: false, default: '' }),
  FIELDS.date({ required: false }),
  FIELDS.section(),
  FIELDS.publication(),
  FIELDS.editorInChief({ required: false }),
]

/** The fields the inspector and the checklist use for an article of `template` (null: unknown). */
export function fieldsOf(template: Pick<Template, 'fields'> | null | undefined): readonly TemplateField[] {
  return template?.fields ?? GENERAL_FIELDS
}

/** Other field names a template can use, and what `templateFromArticle` calls them. */
export function customField(id: string, label: string, rest: FieldOverrides = {}): TemplateField {
  return { id, label, hint: '', required: false, input: 'line', limit: null, default: '', ...rest }
}

export { charLimit, wordLimit }

/** The value of a field on an article (custom fields live in `meta.fields`). */
export function fieldValue(meta: ArticleMeta, id: string): string {
  if (isMetaField(id)) return meta[id]
  return meta.fields[id] ?? ''
}

/** A copy of `meta` with one field set; the inspector saves fields through this. */
export function withFieldValue(meta: ArticleMeta, id: string, value: string): ArticleMeta {
  if (isMetaField(id)) return { ...meta, [id]: value }
  return { ...meta, fields: { ...meta.fields, [id]: value } }
}

/** How close a field is to its limit: `near` from 90 % of it, `over` past it. */
export type LimitState = 'ok' | 'near' | 'over'

export interface FieldStatus {
  readonly field: TemplateField
  readonly value: string
  /** Characters (grapheme clusters, spaces included) or words, per the field's limit; characters when it has none. */
  readonly count: number
  readonly unit: FieldLimit['unit']
  readonly max: number | null
  readonly state: LimitState
  readonly empty: boolean
  /** Required and empty. */
  readonly missing: boolean
  /** `52 / 70 characters`, `3 over the 25-word limit`, `12 characters`; '' for dates and ratings. */
  readonly label: string
}

export function countFor(value: string, unit: FieldLimit['unit']): number {
  return unit === 'words' ? countWords(value) : countCharacters(value).withSpaces
}

export function limitState(count: number, max: number | null): LimitState {
  if (max === null) return 'ok'
  if (count > max) return 'over'
  return count >= Math.ceil(max * 0.9) ? 'near' : 'ok'
}

const unitName = (unit: FieldLimit['unit'], n: number): string => (unit === 'words' ? (n === 1 ? 'word' : 'words') : n === 1 ? 'character' : 'characters')

export function fieldStatus(field: TemplateField, meta: ArticleMeta): FieldStatus {
  const value = fieldValue(meta, field.id)
  const unit = field.limit?.unit ?? 'characters'
  const max = field.limit?.max ?? null
  const count = countFor(value, unit)
  const state = limitState(count, max)
  const empty = value.trim() === ''
  let label: string
  if (field.input === 'date' || field.input === 'rating') label = ''
  else if (max === null) label = `${count} ${unitName(unit, count)}`
  else if (state === 'over') label = `${count - max} over the ${max}-${unit === 'words' ? 'word' : 'character'} limit`
  else label = `${count} / ${max} ${unitName(unit, max)}`
  return { field, value, count, unit, max, state, empty, missing: field.required && empty, label }
}

/** Every field of a template with its live count, in the template's order. */
export function fieldStatuses(fields: readonly TemplateField[], meta: ArticleMeta): FieldStatus[] {
  return fields.map((f) => fieldStatus(f, meta))
}
