// The article's fields: everything about an article that is not its body or its print layout.
import { z } from 'zod'
import { LanguageSchema } from './languages'

export const StatusSchema = z.enum(['draft', 'in-edit', 'ready', 'printed'])
export type Status = z.infer<typeof StatusSchema>
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  'in-edit': 'In edit',
  ready: 'Ready',
  printed: 'Printed',
}

/** ISO calendar date, `YYYY-MM-DD`, or empty when not set. */
export const IsoDateSchema = z.union([z.literal(''), z.iso.date()])

export const TargetSchema = z.discriminatedUnion('unit', [
  z.looseObject({ unit: z.literal('words'), min: z.number().int().min(0).max(100_000), max: z.number().int().min(0).max(100_000) }),
  z.looseObject({ unit: z.literal('lines'), lines: z.number().int().min(1).max(100_000) }),
  z.looseObject({ unit: z.literal('pages'), pages: z.number().min(0.1).max(500) }),
])
export type Target = z.infer<typeof TargetSchema>

const text = (max: number) => z.string().max(max)

/**
 * A template-specific field's id: a name, never something like `__proto__` that a JSON reader would
 * treat specially (the record would silently lose it).
 */
export const FIELD_ID = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,79}$/, 'must be a field name (letters, digits, - and _)')

export const MetaSchema = z.looseObject({
  /** Id of the template the article was started from. */
  template: text(80),
  publication: text(200),
  section: text(120),
  kicker: text(200),
  headline: text(500),
  deck: text(1000),
  byline: text(300),
  /** One line about the author (op-eds, columns). */
  authorBio: text(500),
  /** `KABUL, July 8 —` */
  dateline: text(200),
  date: IsoDateSchema,
  /** The name printed after `Editor in Chief:` in an editorial's masthead. */
  editorInChief: text(200),
  language: LanguageSchema,
  direction: z.enum(['ltr', 'rtl']),
  status: StatusSchema,
  tags: z.array(text(80)).max(100),
  target: TargetSchema.nullable(),
  /** Template-specific fields (rating, work reviewed, interviewee…), by field id. */
  fields: z.record(FIELD_ID, text(5000)),
  /** Words the spell checker accepts in this article only ("Ignore" in the context menu). */
  spellingIgnore: z.array(text(100)).max(5000).optional(),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
})
export type ArticleMeta = z.infer<typeof MetaSchema>

/** The fields a journalist edits as text, in the order the inspector shows them. */
export const TEXT_FIELDS = [
  'kicker',
  'headline',
  'deck',
  'byline',
  'authorBio',
  'dateline',
  'editorInChief',
  'section',
  'publication',
] as const satisfies readonly (keyof ArticleMeta)[]
export type TextField = (typeof TEXT_FIELDS)[number]
