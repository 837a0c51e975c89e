// What the library index does to one article file, shared by the index on the main thread and the
// worker threads that build a large index in parallel: read and check the file, its catalogue entry,
// its searchable text, and the FlexSearch index both sides build the same way.
import { Index as FlexIndex } from 'flexsearch'
import { readFileSync, type Stats } from 'node:fs'
import { CURRENT_VERSION, FILE_FORMAT, MAX_FILE_BYTES, parseArticle, type Article } from '../../../shared/article/file'
import { MetaSchema } from '../../../shared/article/meta'
import { plainText } from '../../../shared/article/text'
import type { HostError } from '../../../shared/ipc/errors'
import { GalleyError } from '../../../shared/ipc/errors'
import type { ArticleSummary } from '../../../shared/ipc/library'
import { summarize } from './content'
import { readFailed } from './errors'
import { terms } from './searchText'

export type Meta = Omit<ArticleSummary, 'path' | 'relPath' | 'folder' | 'inLibrary' | 'modified' | 'size' | 'problem'>

export type FileStat = Pick<Stats, 'size' | 'mtimeMs'>

export interface Texts {
  readonly fields: readonly (readonly [string, string])[]
  readonly body: string
}

export type ReadResult = { article: Article; texts?: Texts; stat: FileStat } | { problem: HostError; stat?: FileStat }

/**
 * Reads an article for the catalogue. Files of the current version get JSON.parse and a check of
 * their fields only (the body is checked in full when the article is opened); anything else, or
 * anything odd, goes through the full parser for its typed error. Sync on purpose: for thousands
 * of small files it is several times faster than fs.promises (callers yield between batches).
 */
export function readArticleFile(abs: string, name: string, known?: FileStat): ReadResult {
  let stat: FileStat | undefined = known
  try {
    if (stat && stat.size > MAX_FILE_BYTES) throw new GalleyError('FILE_TOO_LARGE', `“${name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, which Galley does not open.`)
    const text = readFileSync(abs, 'utf8')
    stat ??= { size: Buffer.byteLength(text), mtimeMs: Date.now() }
    if (text.length > MAX_FILE_BYTES) throw new GalleyError('FILE_TOO_LARGE', `“${name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, which Galley does not open.`)
    const quick = quickArticle(text)
    return quick ? { ...quick, stat } : { article: parseArticle(text).article, stat }
  } catch (error) {
    const problem: HostError =
      error instanceof GalleyError ? error.toHostError() : (error as NodeJS.ErrnoException).code ? readFailed(error, name).toHostError() : { code: 'READ_FAILED', message: `“${name}” could not be read.` }
    return stat ? { problem, stat } : { problem }
  }
}

/** A current-version article with valid fields and a body that reads as text, or null (use the full parser). */
function quickArticle(text: string): { article: Article; texts: Texts } | null {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>
  } catch {
    return null
  }
  if (typeof json !== 'object' || json === null || json['format'] !== FILE_FORMAT || json['version'] !== CURRENT_VERSION || typeof json['id'] !== 'string') return null
  if (!MetaSchema.safeParse(json['meta']).success) return null
  const root = (json['body'] as { root?: { children?: unknown } } | undefined)?.root
  if (!root || !Array.isArray(root.children)) return null
  const article = json as unknown as Article
  try {
    return { article, texts: textsOf(article) }
  } catch {
    return null
  }
}

/** The searchable text of an article: its fields, then the body. */
export function textsOf(article: Article): Texts {
  const m = article.meta
  const fields: [string, string][] = [
    ['headline', m.headline],
    ['kicker', m.kicker],
    ['deck', m.deck],
    ['byline', m.byline],
    ['dateline', m.dateline],
    ['section', m.section],
    ['tags', m.tags.join(', ')],
  ]
  return { fields: fields.filter(([, t]) => t !== ''), body: plainText(article.body) }
}

/** The catalogue's fields of an article (its summary without the file's location). */
export function metaOf(article: Article, real: string, rel: string, stat: FileStat): Meta {
  const { path: _p, relPath: _r, folder: _f, inLibrary: _i, modified: _m, size: _s, ...meta } = summarize(article, { real, rel, stat })
  return meta
}

/** The text FlexSearch indexes for an article: fields first, so their words rank first. */
export function indexedText(texts: Texts): string {
  return [...texts.fields.map(([, t]) => t), texts.body].join('\n')
}

export function newFlex(): FlexIndex {
  return new FlexIndex({
    tokenize: 'strict',
    // Scores are by position; three bands (early, middle, late) rank headline words first at a
    // fraction of the default nine bands' cost in build time and cache size.
    resolution: 3,
    // fastupdate would make removals cheaper, but FlexSearch 0.8 cannot import what it exports with it.
    encode: terms,
  })
}

/** A term's documents by score band, as FlexSearch keeps and exports them (holes for empty bands). */
export type Buckets = (number[] | null | undefined)[]

/**
 * FlexSearch's own term map: the `map` part of its export format, read in place instead of through
 * `export()` (which turns millions of postings into JSON text). Null if a FlexSearch version keeps it
 * elsewhere; callers then fall back to the public export.
 */
export function termMap(flex: FlexIndex): Map<string, Buckets> | null {
  const map = (flex as unknown as { map?: unknown }).map
  return map instanceof Map ? (map as Map<string, Buckets>) : null
}
