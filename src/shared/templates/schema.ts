// What a section template is: its fields (with limits and defaults), its body skeleton, its target
// length and its print layout. Built-in and custom templates alike validate against this schema.
import { z } from 'zod'
import { BodySchema, type BodyJSON } from '../article/body'
import { LanguageSchema, type Language } from '../article/languages'
import { LayoutSchema, type Layout } from '../article/layout'
import { TargetSchema, TEXT_FIELDS, type Target, type TextField } from '../article/meta'

/** Where a field's value lives: a named meta field, the article's date, or `meta.fields[id]`. */
export const META_FIELD_IDS = [...TEXT_FIELDS, 'date'] as const satisfies readonly string[]
export type MetaFieldId = TextField | 'date'

export const FIELD_INPUTS = ['line', 'text', 'date', 'rating'] as const
export type FieldInput = (typeof FIELD_INPUTS)[number]

export const LimitSchema = z.looseObject({
  unit: z.enum(['characters', 'words']),
  max: z.number().int().min(1).max(5000),
})
export type FieldLimit = z.infer<typeof LimitSchema>

/**
 * Tokens a field's default may contain, filled in when an article is created:
 * `{publication}`, `{editorInChief}`, `{today}` (ISO date), `{longDate}` (in the publication's date
 * format and the article's language), `{place}` (the newsroom's dateline place), `{dateline}`.
 */
export const DEFAULT_TOKENS = ['publication', 'editorInChief', 'today', 'longDate', 'place', 'dateline'] as const
export type DefaultToken = (typeof DEFAULT_TOKENS)[number]
const TOKEN = /\{([^{}]*)\}/g

export const FieldSchema = z
  .looseObject({
    /** A meta field (`headline`, `deck`, `date`…) or a template field of its own (`rating`, `workReviewed`). */
    id: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'must be a short camelCase name'),
    label: z.string().trim().min(1).max(60),
    /** Shown in the empty input: what goes here. */
    hint: z.string().max(200),
    required: z.boolean(),
    input: z.enum(FIELD_INPUTS),
    limit: LimitSchema.nullable(),
    /** Value a new article starts with; may contain `{tokens}`. */
    default: z.string().max(1000),
    /** For `rating`: the top of the scale (stars). */
    ratingMax: z.number().int().min(2).max(10).optional(),
  })
  .superRefine((field, ctx) => {
    for (const match of field.default.matchAll(TOKEN)) {
      if (!(DEFAULT_TOKENS as readonly string[]).includes(match[1] ?? '')) {
        ctx.addIssue({ code: 'custom', path: ['default'], message: `uses an unknown token {${match[1] ?? ''}}` })
      }
    }
    if ((field.id === 'date') !== (field.input === 'date')) {
      ctx.addIssue({ code: 'custom', path: ['input'], message: 'only the “date” field is a date, and it is always one' })
    }
    if (field.id === 'date' && field.default !== '' && field.default !== '{today}') {
      ctx.addIssue({ code: 'custom', path: ['default'], message: 'the date starts empty or as {today}' })
    }
    if (field.input === 'rating' && field.limit) ctx.addIssue({ code: 'custom', path: ['limit'], message: 'a rating has no length limit' })
    if (field.input === 'rating' && (META_FIELD_IDS as readonly string[]).includes(field.id)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'a rating must be a field of its own' })
    }
  })
export type TemplateField = z.infer<typeof FieldSchema>

export const TEMPLATE_GROUPS = ['news', 'opinion', 'features', 'short', 'custom'] as const
export type TemplateGroup = (typeof TEMPLATE_GROUPS)[number]
export const TEMPLATE_GROUP_LABELS: Readonly<Record<TemplateGroup, string>> = {
  news: 'News',
  opinion: 'Opinion',
  features: 'Features',
  short: 'Short items',
  custom: 'Your templates',
}

export const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/
/** Custom templates' ids all start with this, so they never collide with a built-in's. */
export const CUSTOM_ID_PREFIX = 'custom-'

export const TemplateSchema = z
  .looseObject({
    id: z.string().regex(TEMPLATE_ID, 'must be lower-case letters, digits and dashes'),
    name: z.string().trim().min(1).max(80),
    description: z.string().max(500),
    group: z.enum(TEMPLATE_GROUPS),
    fields: z.array(FieldSchema).min(1).max(30),
    /** The body a new article starts with: placeholder blocks the writer replaces. */
    skeleton: BodySchema,
    target: TargetSchema.nullable(),
    /** Print layout over the default one: page size, columns, fonts, masthead… */
    layout: LayoutSchema.partial(),
    /** The language new articles are in; the publication's default language when absent. */
    language: LanguageSchema.optional(),
    /** Section blocks (ids from SECTION_BLOCKS) the insert menu offers first. */
    suggestedBlocks: z.array(z.string().max(40)).max(20),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>()
    template.fields.forEach((field, i) => {
      if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'id'], message: `“${field.id}” appears twice` })
      seen.add(field.id)
    })
    if (!template.fields.some((f) => f.id === 'headline')) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'must include the headline' })
    const target = template.target
    if (target?.unit === 'words' && target.min > target.max) ctx.addIssue({ code: 'custom', path: ['target'], message: 'minimum is above maximum' })
  })

export interface Template {
  readonly id: string
  readonly name: string
  readonly description: string
  readonly group: TemplateGroup
  readonly fields: readonly TemplateField[]
  readonly skeleton: BodyJSON
  readonly target: Target | null
  readonly layout: Partial<Layout>
  readonly language?: Language
  readonly suggestedBlocks: readonly string[]
  readonly [unknown: string]: unknown
}

/** Validates a template; the first problem is reported as `path › to › field: message`. */
export function validateTemplate(value: unknown): { ok: true; template: Template } | { ok: false; where: string; message: string } {
  const result = TemplateSchema.safeParse(value)
  if (result.success) return { ok: true, template: result.data as unknown as Template }
  const issue = result.error.issues[0]
  return { ok: false, where: issue ? issue.path.map(String).join(' › ') : '', message: issue?.message ?? 'is not valid' }
}

export function isMetaField(id: string): id is MetaFieldId {
  return (META_FIELD_IDS as readonly string[]).includes(id)
}

export function tokensIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '')
}

/** Replaces `{token}`s with their values. */
export function fillTokens(text: string, values: Readonly<Record<DefaultToken, string>>): string {
  return text.replace(TOKEN, (whole, name: string) => ((DEFAULT_TOKENS as readonly string[]).includes(name) ? values[name as DefaultToken] : whole))
}
