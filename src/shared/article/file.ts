// A .galley file: parse (validate + migrate) and serialize (pretty, stable key order, lossless).
import { z } from 'zod'
import { GalleyError } from '../ipc/errors'
import { AssetsSchema, base64ByteLength, base64Head, MAX_IMAGE_BYTES, sniffImageType, type Assets } from './assets'
import { BodySchema, type BodyJSON } from './body'
import { directionOf, LanguageSchema, type Language } from './languages'
import { defaultLayout, LayoutSchema, type Layout } from './layout'
import { MetaSchema, type ArticleMeta } from './meta'
import { CURRENT_VERSION, MIGRATIONS } from './migrations'

export { CURRENT_VERSION } from './migrations'
export const FILE_FORMAT = 'galley.article'
export const FILE_EXTENSION = '.galley'
export const FILE_MIME = 'application/x-galley+json'
export const MAX_FILE_BYTES = 200 * 1024 * 1024

export interface Article {
  readonly format: typeof FILE_FORMAT
  readonly version: number
  /** Stable UUID: survives renames and moves; history and recovery are keyed by it. */
  readonly id: string
  readonly meta: ArticleMeta
  readonly layout: Layout
  readonly body: BodyJSON
  readonly assets: Assets
  readonly [unknown: string]: unknown
}

const ArticleSchema = z.looseObject({
  format: z.literal(FILE_FORMAT),
  version: z.number().int().min(0),
  id: z.uuid(),
  meta: MetaSchema,
  layout: LayoutSchema,
  body: BodySchema,
  assets: AssetsSchema,
})

export type ParsedArticle = {
  readonly article: Article
  /** Set when the file comes from a newer Galley: shown, never saved over. */
  readonly readOnly: string | null
  /** The version the file was migrated from, or null when it was current. */
  readonly migratedFrom: number | null
}

export function defaultMeta(now: Date, language: Language = 'en'): ArticleMeta {
  const stamp = now.toISOString()
  return {
    template: 'news',
    publication: '',
    section: '',
    kicker: '',
    headline: '',
    deck: '',
    byline: '',
    authorBio: '',
    dateline: '',
    date: stamp.slice(0, 10),
    editorInChief: '',
    language,
    direction: directionOf(language),
    status: 'draft',
    tags: [],
    target: null,
    fields: {},
    created: stamp,
    modified: stamp,
  }
}

export interface NewArticleInput {
  readonly id: string
  readonly now: Date
  readonly meta?: Partial<ArticleMeta>
  readonly layout?: Partial<Layout>
  readonly body?: BodyJSON
  readonly assets?: Assets
}

export function createArticle(input: NewArticleInput): Article {
  const language = input.meta?.language ?? 'en'
  const meta = { ...defaultMeta(input.now, language), ...input.meta }
  if (!input.meta?.direction) meta.direction = directionOf(meta.language)
  return {
    format: FILE_FORMAT,
    version: CURRENT_VERSION,
    id: input.id,
    meta,
    layout: { ...defaultLayout, ...input.layout },
    body: input.body ?? { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: [] } },
    assets: input.assets ?? {},
  }
}

const problem = (code: string, message: string, detail?: string): GalleyError => new GalleyError(code, message, detail)

/**
 * Parses the text of a .galley file. Throws a `GalleyError` with a journalist-readable message:
 * NOT_JSON, NOT_GALLEY, FILE_INVALID (with the field), IMAGE_TOO_LARGE, IMAGE_UNSUPPORTED, FILE_TOO_NEW.
 */
export function parseArticle(text: string): ParsedArticle {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    throw problem('NOT_JSON', 'This file is damaged or is not a Galley article (it is not valid JSON). Nothing was changed.')
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as Record<string, unknown>)['format'] !== FILE_FORMAT) {
    throw problem('NOT_GALLEY', 'This is not a Galley article file. Nothing was changed.')
  }
  let file = json as Record<string, unknown>
  const version = file['version']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw problem('FILE_INVALID', 'This article file is damaged: its version number is missing or wrong. Nothing was changed.', 'version')
  }
  let readOnly: string | null = null
  if (version > CURRENT_VERSION) {
    readOnly = `This article was saved by a newer version of Galley (file version ${version}; this Galley reads up to ${CURRENT_VERSION}). It is open read-only so nothing in it is lost; update Galley to edit it.`
  }
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) break
    file = step(file)
  }
  file = fillMissing(file)
  refuseProtoKeys(file)
  const result = ArticleSchema.safeParse(file)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue ? issue.path.map(String).join(' › ') : ''
    if (readOnly) {
      throw problem('FILE_TOO_NEW', `${readOnly.split(' It is open')[0]} This Galley cannot read it; update Galley to open it.`, where)
    }
    throw problem(
      'FILE_INVALID',
      `This article file is damaged: the field “${where || 'file'}” ${describeIssue(issue?.message)}. Nothing was changed.`,
      where,
    )
  }
  const article = result.data as unknown as Article
  checkAssets(article.assets)
  return { article, readOnly, migratedFrom: version < CURRENT_VERSION ? version : null }
}

function describeIssue(message: string | undefined): string {
  if (!message) return 'is not valid'
  return `is not valid (${message.charAt(0).toLowerCase()}${message.slice(1)})`
}

/** Fields added to meta/layout after a file was written take their defaults; wrong values still fail. */
function fillMissing(file: Record<string, unknown>): Record<string, unknown> {
  const meta = file['meta']
  const layout = file['layout']
  const out = { ...file }
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const m = meta as Record<string, unknown>
    const created = typeof m['created'] === 'string' ? new Date(m['created']) : new Date(0)
    const base = defaultMeta(Number.isNaN(created.getTime()) ? new Date(0) : created)
    const filled: Record<string, unknown> = { ...base, ...m }
    const language = LanguageSchema.safeParse(m['language'])
    if (!('direction' in m) && language.success) filled['direction'] = directionOf(language.data)
    if (!('date' in m)) filled['date'] = ''
    out['meta'] = filled
  }
  if (layout === undefined) out['layout'] = { ...defaultLayout }
  else if (typeof layout === 'object' && layout !== null && !Array.isArray(layout)) out['layout'] = { ...defaultLayout, ...(layout as object) }
  if (out['assets'] === undefined) out['assets'] = {}
  return out
}

/**
 * zod's records skip a `__proto__` key without a word, so a custom field or an image stored under that
 * name would vanish on the next save. Say so instead.
 */
function refuseProtoKeys(file: Record<string, unknown>): void {
  const places: [unknown, string][] = [
    [(file['meta'] as Record<string, unknown> | undefined)?.['fields'], 'meta › fields › __proto__'],
    [file['assets'], 'assets › __proto__'],
  ]
  for (const [record, where] of places) {
    if (record && typeof record === 'object' && Object.hasOwn(record, '__proto__')) {
      throw problem('FILE_INVALID', `This article file is damaged: the field “${where}” is not valid (it is not a field name). Nothing was changed.`, where)
    }
  }
}

function checkAssets(assets: Assets): void {
  for (const [key, asset] of Object.entries(assets)) {
    if (base64ByteLength(asset.data) > MAX_IMAGE_BYTES) {
      throw problem('IMAGE_TOO_LARGE', `An image in this article is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB, which Galley does not accept. Nothing was changed.`, key)
    }
    const sniffed = sniffImageType(base64Head(asset.data, 512))
    if (sniffed !== asset.mime) {
      throw problem('IMAGE_UNSUPPORTED', 'An image in this article is damaged or not a PNG, JPEG, WebP, GIF or SVG image. Nothing was changed.', key)
    }
  }
}

const TOP_LEVEL_ORDER = ['format', 'version', 'id', 'meta', 'layout', 'body', 'assets'] as const

/** Pretty JSON with a stable key order: known keys first in schema order, unknown ones after, as found. */
export function serializeArticle(article: Article): string {
  const ordered: Record<string, unknown> = {}
  for (const key of TOP_LEVEL_ORDER) ordered[key] = key === 'version' ? CURRENT_VERSION : article[key]
  ordered['meta'] = orderLike(article.meta, MetaSchema.shape)
  ordered['layout'] = orderLike(article.layout, LayoutSchema.shape)
  ordered['assets'] = Object.fromEntries(Object.entries(article.assets).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  for (const [key, value] of Object.entries(article)) if (!(key in ordered)) ordered[key] = value
  return `${JSON.stringify(ordered, null, 2)}\n`
}

function orderLike<T extends object>(value: T, shape: object): T {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(shape)) if (key in value) out[key] = (value as Record<string, unknown>)[key]
  for (const [key, v] of Object.entries(value)) if (!(key in out)) out[key] = v
  return out as T
}
