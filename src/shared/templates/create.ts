// A new article from a template: its fields filled from the publication's defaults, its skeleton, its
// target length and its print layout.
import { createArticle, parseArticle, serializeArticle, type Article } from '../article/file'
import type { Language } from '../article/languages'
import type { ArticleMeta } from '../article/meta'
import { GalleyError } from '../ipc/errors'
import type { Settings } from '../ipc/settings'
import { formatDateline, formatMastheadDate, localIsoDate } from './dates'
import { fieldValue, withFieldValue } from './fields'
import { fillTokens, type DefaultToken, type Template } from './schema'

/** The publication-wide settings a new article takes its defaults from. */
export type PublicationDefaults = Pick<Settings, 'publicationName' | 'editorInChief' | 'dateFormat' | 'defaultLanguage'> &
  Partial<Pick<Settings, 'datelinePlace'>>

export interface CreateFromTemplateOptions {
  /** The new article's UUID. */
  readonly id: string
  readonly now: Date
  readonly defaults: PublicationDefaults
  /**
   * Overrides applied last (a section chosen in the library, a language picked in the dialog, the
   * CLI's `--set`…); `fields` are merged into the template's custom fields, not replacing them.
   */
  readonly meta?: Partial<ArticleMeta>
  /** The issue date (ISO) the date defaults are made from; the journalist's local today when not given. */
  readonly date?: string
}

export function tokenValues(defaults: PublicationDefaults, date: string, language: Language): Record<DefaultToken, string> {
  const place = defaults.datelinePlace?.trim() ?? ''
  return {
    publication: defaults.publicationName,
    editorInChief: defaults.editorInChief,
    today: date,
    longDate: formatMastheadDate(date, language, defaults.dateFormat),
    place,
    dateline: formatDateline(place, date, language),
  }
}

/**
 * Builds an article from a template. The result always passes `parseArticle`; a template whose
 * defaults would make an invalid article (a custom one edited by hand) gets a TEMPLATE_INVALID error.
 */
export function createFromTemplate(template: Template, options: CreateFromTemplateOptions): Article {
  const language = options.meta?.language ?? template.language ?? options.defaults.defaultLanguage
  const date = options.date || localIsoDate(options.now)
  const tokens = tokenValues(options.defaults, date, language)
  const base = createArticle({
    id: options.id,
    now: options.now,
    meta: {
      template: template.id,
      language,
      date,
      publication: options.defaults.publicationName,
      editorInChief: options.defaults.editorInChief,
      target: template.target,
    },
    layout: template.layout,
    body: JSON.parse(JSON.stringify(template.skeleton)) as Article['body'],
  })
  let meta = base.meta
  for (const field of template.fields) if (field.default !== '') meta = withFieldValue(meta, field.id, fillTokens(field.default, tokens))
  const overrides = options.meta ?? {}
  meta = { ...meta, ...overrides, fields: { ...meta.fields, ...overrides.fields }, direction: overrides.direction ?? base.meta.direction }
  const article: Article = { ...base, meta }
  try {
    return parseArticle(serializeArticle(article)).article
  } catch (error) {
    const detail = error instanceof GalleyError ? error.detail : undefined
    throw new GalleyError(
      'TEMPLATE_INVALID',
      `The template “${template.name}” cannot make a valid article${detail ? ` (the field “${detail}” is wrong)` : ''}. Edit the template or pick another.`,
      detail,
    )
  }
}

/** Defaults that describe one story's day or place: they cannot be guessed for a document that exists. */
const STORY_TOKENS = /\{(today|longDate|place|dateline)\}/

/**
 * An imported article joined to its template, as a new one would start: the template's print layout
 * and target length, and the publication's standing defaults (publication, editor in chief, a
 * template's fixed section) in fields the document left empty. Copy and the fields it had are kept;
 * defaults made from today's date or the newsroom's city are not filled in, since the document
 * may be from another day or place.
 */
export function applyTemplate(article: Article, template: Template, defaults: PublicationDefaults): Article {
  let meta: ArticleMeta = {
    ...article.meta,
    template: template.id,
    publication: article.meta.publication || defaults.publicationName,
    editorInChief: article.meta.editorInChief || defaults.editorInChief,
    target: article.meta.target ?? template.target,
  }
  const tokens = tokenValues(defaults, meta.date, meta.language)
  for (const field of template.fields) {
    if (field.default === '' || STORY_TOKENS.test(field.default) || fieldValue(meta, field.id).trim() !== '') continue
    meta = withFieldValue(meta, field.id, fillTokens(field.default, tokens))
  }
  return { ...article, meta, layout: { ...article.layout, ...template.layout } }
}
