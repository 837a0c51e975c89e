// Host API for articles and the library: files, saving, search. Implemented by main/services
// (ArticleStore, Library, SearchIndex…); the renderer refers to articles only by a path main gave it.
import { z } from 'zod'
import { IMAGE_MIME_TYPES, type Asset } from '../article/assets'
import { BodySchema, type BodyJSON } from '../article/body'
import type { Article } from '../article/file'
import { LayoutSchema, type Layout } from '../article/layout'
import { MetaSchema, StatusSchema, type ArticleMeta, type Status } from '../article/meta'
import type { HostError } from './errors'

/** One article as the library lists it. `path` is absolute and was handed out by main. */
export interface ArticleSummary {
  readonly path: string
  /** Path inside the library, '/'-separated (`Desk/Story.galley`); the file name for articles outside it. */
  readonly relPath: string
  /** The desk folder inside the library ('' for the top level). */
  readonly folder: string
  readonly inLibrary: boolean
  readonly id: string
  readonly headline: string
  readonly kicker: string
  readonly section: string
  readonly status: Status
  readonly byline: string
  readonly date: string
  readonly template: string
  readonly language: ArticleMeta['language']
  readonly tags: readonly string[]
  readonly words: number
  /** File modification time, ms since the epoch. */
  readonly modified: number
  readonly size: number
  /** Set when the file could not be read; the library still lists it, with the reason. */
  readonly problem?: HostError
}

export const SortSchema = z.enum(['modified', 'headline', 'date'])
export const ListQuerySchema = z
  .object({
    folder: z.string().max(1000).optional(),
    status: z.array(StatusSchema).max(4).optional(),
    section: z.string().max(120).optional(),
    dateFrom: z.iso.date().optional(),
    dateTo: z.iso.date().optional(),
    sort: SortSchema.optional(),
  })
  .strict()
export type ListQuery = z.infer<typeof ListQuerySchema>

export const SearchQuerySchema = ListQuerySchema.extend({
  text: z.string().max(500),
  limit: z.number().int().min(1).max(500).optional(),
}).strict()
export type SearchQuery = z.infer<typeof SearchQuerySchema>

export interface SearchHit {
  readonly summary: ArticleSummary
  readonly score: number
  /** Short excerpts around the matches; `marks` are [start, end) offsets into `text`. */
  readonly snippets: readonly { readonly field: string; readonly text: string; readonly marks: readonly (readonly [number, number])[] }[]
}

/** What the editor edits and sends back on save. Images travel separately (`addImage`). */
export interface ArticleContent {
  readonly meta: ArticleMeta
  readonly layout: Layout
  readonly body: BodyJSON
}
export const ArticleContentSchema = z.object({ meta: MetaSchema, layout: LayoutSchema, body: BodySchema }).strict()

export interface OpenedArticle {
  readonly path: string
  readonly article: Article
  /** SHA-256 of the bytes on disk when read or last saved: the base for conflict detection. */
  readonly revision: string
  /** Set when the article must not be saved over (from a newer Galley); the sentence says why. */
  readonly readOnly: string | null
  readonly summary: ArticleSummary
}

export type SaveResult =
  | { readonly status: 'saved'; readonly path: string; readonly revision: string; readonly modified: number }
  /** Someone else changed the file: nothing was overwritten, the user's version is kept at `conflictPath`. */
  | { readonly status: 'conflict'; readonly path: string; readonly conflictPath: string; readonly diskRevision: string; readonly message: string }

export const NewArticleSchema = z
  .object({
    templateId: z.string().min(1).max(80),
    folder: z.string().max(1000).optional(),
    meta: MetaSchema.partial().optional(),
  })
  .strict()
export type NewArticle = z.infer<typeof NewArticleSchema>

export const NewImageSchema = z
  .object({
    mime: z.enum(IMAGE_MIME_TYPES),
    /** base64 of the image bytes. */
    data: z.string().max(70 * 1024 * 1024),
    name: z.string().max(300).optional(),
  })
  .strict()
export type NewImage = z.infer<typeof NewImageSchema>

export interface LibraryApi {
  /** The library folder and its desk folders ('/'-separated, relative). */
  info(): Promise<{ readonly dir: string; readonly folders: readonly string[] }>
  list(query: ListQuery): Promise<readonly ArticleSummary[]>
  search(query: SearchQuery): Promise<readonly SearchHit[]>
  create(input: NewArticle): Promise<OpenedArticle>
  open(path: string): Promise<OpenedArticle>
  save(path: string, content: ArticleContent, baseRevision: string): Promise<SaveResult>
  addImage(path: string, image: NewImage): Promise<{ readonly key: string; readonly asset: Asset }>
  rename(path: string, name: string): Promise<ArticleSummary>
  duplicate(path: string): Promise<ArticleSummary>
  move(path: string, folder: string): Promise<ArticleSummary>
  trash(path: string): Promise<void>
  createFolder(name: string): Promise<string>
  recent(): Promise<readonly ArticleSummary[]>
}

const path = z.string().min(1).max(4096)
export const libraryArgs = {
  info: z.tuple([]),
  list: z.tuple([ListQuerySchema]),
  search: z.tuple([SearchQuerySchema]),
  create: z.tuple([NewArticleSchema]),
  open: z.tuple([path]),
  save: z.tuple([path, ArticleContentSchema, z.string().regex(/^[0-9a-f]{64}$/)]),
  addImage: z.tuple([path, NewImageSchema]),
  rename: z.tuple([path, z.string().min(1).max(200)]),
  duplicate: z.tuple([path]),
  move: z.tuple([path, z.string().max(1000)]),
  trash: z.tuple([path]),
  createFolder: z.tuple([z.string().min(1).max(200)]),
  recent: z.tuple([]),
}
