// Host API for articles and the library: files, saving, search, conflicts. Implemented by
// main/services/library (ArticleStore, LibraryService, LibraryIndex); the renderer refers to articles
// only by a path main handed it, never one it made up.
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
export type Sort = z.infer<typeof SortSchema>
const relFolder = z.string().max(1000)
export const ListQuerySchema = z
  .object({
    /** Only this desk folder ('' = top level); with `deep`, its sub-folders too. */
    folder: relFolder.optional(),
    deep: z.boolean().optional(),
    status: z.array(StatusSchema).max(4).optional(),
    section: z.string().max(120).optional(),
    /** Inclusive bounds on the article's date (`meta.date`). */
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

export interface Snippet {
  /** Which field the excerpt comes from: headline, kicker, deck, byline, body… */
  readonly field: string
  readonly text: string
  /** [start, end) offsets of the matched words in `text`, for highlighting. */
  readonly marks: readonly (readonly [number, number])[]
}

export interface SearchHit {
  readonly summary: ArticleSummary
  /** Rank of the hit (1 = best) by relevance, before any requested sort. */
  readonly rank: number
  readonly snippets: readonly Snippet[]
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
  /** The file version it was migrated from (saving writes the current version), or null. */
  readonly migratedFrom: number | null
  readonly summary: ArticleSummary
}

export interface PeekedArticle {
  readonly article: Article
  /** SHA-256 of the bytes read. */
  readonly revision: string
}

export type SaveResult =
  /** `path` differs from the one saved to when the file was renamed from its new headline. */
  | { readonly status: 'saved'; readonly path: string; readonly revision: string; readonly modified: number; readonly renamedFrom: string | null }
  /** Someone else changed the file: nothing was overwritten, the user's version is kept at `conflictPath`. */
  | { readonly status: 'conflict'; readonly path: string; readonly conflictPath: string; readonly diskRevision: string; readonly message: string }

export const NewArticleSchema = z
  .object({
    templateId: z.string().min(1).max(80),
    folder: relFolder.optional(),
    meta: MetaSchema.partial().optional(),
  })
  .strict()
export type NewArticle = z.infer<typeof NewArticleSchema>

export const NewImageSchema = z
  .object({
    /** What the renderer believes it is; the bytes decide (a mismatch is refused). */
    mime: z.enum(IMAGE_MIME_TYPES),
    /** base64 of the image bytes. */
    data: z.string().max(70 * 1024 * 1024),
    name: z.string().max(300).optional(),
  })
  .strict()
export type NewImage = z.infer<typeof NewImageSchema>

/** A file name without folder or extension, as the user types it. */
const FileNameSchema = z.string().min(1).max(200)
export const SaveAsTargetSchema = z.object({ folder: relFolder.optional(), name: FileNameSchema }).strict()
export type SaveAsTarget = z.infer<typeof SaveAsTargetSchema>

export interface TrashedArticle {
  readonly id: string
  readonly name: string
  /** Where it was in the library. */
  readonly relPath: string
  /** ms since the epoch. */
  readonly trashedAt: number
}

export interface LibraryInfo {
  readonly dir: string
  /** Desk folders, '/'-separated, relative to the library. */
  readonly folders: readonly string[]
  /** False where trashed articles go to the system trash (restore them there). */
  readonly trashRestorable: boolean
}

export interface LibraryApi {
  info(): Promise<LibraryInfo>
  list(query: ListQuery): Promise<readonly ArticleSummary[]>
  search(query: SearchQuery): Promise<readonly SearchHit[]>
  /** A new article file in the library from its template (`Untitled.galley` until it has a headline). */
  create(input: NewArticle): Promise<OpenedArticle>
  open(path: string): Promise<OpenedArticle>
  /**
   * The article as it is on disk now, without opening it for editing: what someone else wrote, to
   * compare with the user's version after a conflict. Changes nothing, not even what main tracks.
   */
  peek(path: string): Promise<PeekedArticle>
  /** Asks the user for a .galley file anywhere on disk; null when they cancel. Recorded as recent, not copied. */
  openFromDisk(): Promise<OpenedArticle | null>
  /** Saves the editor's content. Never overwrites someone else's change (see SaveResult). */
  save(path: string, content: ArticleContent, baseRevision: string): Promise<SaveResult>
  /** Writes the content as a new article (new id) and opens it; the original file is left as last saved. */
  saveAs(path: string, content: ArticleContent, target: SaveAsTarget): Promise<OpenedArticle>
  /** Checks and embeds an image (SVG sanitized); it is written with the next save. */
  addImage(path: string, image: NewImage): Promise<{ readonly key: string; readonly asset: Asset }>
  rename(path: string, name: string): Promise<ArticleSummary>
  duplicate(path: string): Promise<ArticleSummary>
  move(path: string, folder: string): Promise<ArticleSummary>
  trash(path: string): Promise<TrashedArticle | null>
  trashed(): Promise<readonly TrashedArticle[]>
  restoreTrashed(trashId: string): Promise<ArticleSummary>
  createFolder(relPath: string): Promise<string>
  recent(): Promise<readonly ArticleSummary[]>
  /** The renderer no longer edits this article (tab closed): main stops tracking it. */
  close(path: string): Promise<void>
  /**
   * After a conflict: keep `mine` (the conflict copy replaces the file; the other version goes to history)
   * or `theirs` (the file stays; my version goes to history). The conflict copy is removed either way.
   */
  resolveConflict(path: string, conflictPath: string, keep: 'mine' | 'theirs'): Promise<OpenedArticle>
}

const path = z.string().min(1).max(4096)
const revision = z.string().regex(/^[0-9a-f]{64}$/)
export const libraryArgs = {
  info: z.tuple([]),
  list: z.tuple([ListQuerySchema]),
  search: z.tuple([SearchQuerySchema]),
  create: z.tuple([NewArticleSchema]),
  open: z.tuple([path]),
  peek: z.tuple([path]),
  openFromDisk: z.tuple([]),
  save: z.tuple([path, ArticleContentSchema, revision]),
  saveAs: z.tuple([path, ArticleContentSchema, SaveAsTargetSchema]),
  addImage: z.tuple([path, NewImageSchema]),
  rename: z.tuple([path, FileNameSchema]),
  duplicate: z.tuple([path]),
  move: z.tuple([path, relFolder]),
  trash: z.tuple([path]),
  trashed: z.tuple([]),
  restoreTrashed: z.tuple([z.string().min(1).max(200)]),
  createFolder: z.tuple([z.string().min(1).max(1000)]),
  recent: z.tuple([]),
  close: z.tuple([path]),
  resolveConflict: z.tuple([path, path, z.enum(['mine', 'theirs'])]),
}

/** Main -> renderer: the library's contents changed (files added, changed, removed, by anyone). */
export interface LibraryChangedEvent {
  readonly dir: string
  /** relPaths that changed; empty when the whole library was re-read (a new library folder). */
  readonly changed: readonly string[]
}

/** Main -> renderer: an open article's file changed on disk, not through this window's saves. */
export interface ArticleChangedEvent {
  readonly path: string
  readonly kind: 'changed' | 'deleted'
  /** True when there are no unsaved edits: the renderer should reload it silently (`open`). */
  readonly reload: boolean
  /** The new revision on disk (changed only). */
  readonly revision?: string
}
