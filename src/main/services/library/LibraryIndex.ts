// The library's catalogue: a summary of every article (for the sidebar list and its filters) and a
// FlexSearch full-text index (headline, kicker, deck, byline, dateline, section, tags, body). Cached in
// `.galley/index/cache.json` keyed by path + size + mtime, so a warm start reads only changed files.
import { randomUUID } from 'node:crypto'
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import * as path from 'node:path'
import type { Article } from '../../../shared/article/file'
import type { HostError } from '../../../shared/ipc/errors'
import type { ArticleSummary, ListQuery, SearchHit, SearchQuery, Snippet } from '../../../shared/ipc/library'
import { writeFileAtomic } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { location } from './content'
import { indexedText, metaOf, newFlex, readArticleFile, termMap, textsOf, type Buckets, type FileStat, type Meta, type ReadResult, type Texts } from './indexing'
import type { IndexJob, IndexPart } from './indexWorker'
import { INTERNAL_DIR, isArticleName, type LibraryPaths } from './LibraryPaths'
import { runIndexWorker, type ParallelIndexing } from './parallelIndex'
import { decodeSearchCache, decodeTermMap, encodeSearchCache } from './searchCache'
import { findMatches, queryTerms, snippet } from './searchText'

const CACHE_FORMAT = 'galley.index'
const CACHE_VERSION = 4
const TEXT_CACHE = 300
const PREFIX_EXPANSION = 32
const PREFIX_VARIANT_LIMIT = 1000
/** Autosaves of an article being typed re-index its text at most this often. */
const TEXT_DELAY_MS = 2000

interface Entry {
  /** FlexSearch document id. */
  readonly n: number
  readonly rel: string
  readonly size: number
  readonly mtimeMs: number
  readonly meta: Meta | null
  readonly problem?: HostError
}

export interface ScanResult {
  readonly folders: string[]
  readonly files: Map<string, FileStat>
}

export interface OpenResult {
  readonly fromCache: boolean
  /** Files read (changed since the cache, or all). */
  readonly read: number
  /** Of those, files read and indexed by worker threads. */
  readonly byWorkers: number
}

export interface LibraryIndexOptions {
  readonly paths: LibraryPaths
  readonly fs?: FsLike
  /** Worker threads for building a large index from scratch; off when omitted. */
  readonly parallel?: ParallelIndexing
}

/** How many files are read between two turns of the event loop while building (the app stays responsive). */
const BATCH = 64

interface WorkerShare {
  readonly rels: readonly string[]
  readonly job: IndexJob
  readonly running: Promise<IndexPart | null>
}

export class LibraryIndex {
  private readonly fs: FsLike
  private readonly entries = new Map<string, Entry>()
  private readonly byNumber = new Map<number, Entry>()
  private flex = newFlex()
  /** Indexed words in order, for the prefix search of the word being typed; rebuilt lazily after changes. */
  private sortedVocabulary: string[] | null = null
  private nextNumber = 1
  private folders: string[] = []
  private readonly texts = new Map<string, Texts>()
  private dirty = false
  /** Articles the store wrote, indexed just after the save returns (or before the next read of the index). */
  private readonly later = new Map<string, { article: Article; stat: FileStat }>()
  private laterScheduled = false
  private readonly textLater = new Map<number, { texts: Texts; replace: boolean }>()
  /** Resolves once the full-text index is usable (it loads in the background on a warm start). */
  private flexReady: Promise<void> = Promise.resolve()
  private flexLoaded = true
  /** Documents removed while the search part of the cache was still loading. */
  private readonly removedEarly = new Set<number>()
  /** The sorted vocabulary misses words added since; it is rebuilt in a quiet moment, not in a search. */
  private vocabularyStale = false
  private vocabularyTimer: NodeJS.Timeout | null = null
  private textTimer: NodeJS.Timeout | null = null
  private byWorkers = 0

  constructor(private readonly options: LibraryIndexOptions) {
    this.fs = options.fs ?? nodeFs
  }

  private get paths(): LibraryPaths {
    return this.options.paths
  }

  get cacheFile(): string {
    return this.paths.internal('index', 'cache.json')
  }

  /** Loads the cache if it is usable, then brings the index up to date with the folder. */
  async open(known?: ScanResult): Promise<OpenResult> {
    const fromCache = await this.loadCache()
    const scan = known ?? (await this.scan())
    this.folders = scan.folders
    this.byWorkers = 0
    const read = await this.reconcile(scan.files)
    return { fromCache, read, byWorkers: this.byWorkers }
  }

  /** Every article file and desk folder under the library (Galley's folder, dot-files and links out skipped). */
  async scan(): Promise<ScanResult> {
    const files = new Map<string, FileStat>()
    const folders: string[] = []
    // Sync calls, one folder per turn of the event loop: 10,000 stats through the thread pool take
    // ten times longer than in a loop.
    const queue: [string, string, number][] = [[this.paths.root, '', 0]]
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [dir, rel, depth] = next
      let dirents
      try {
        dirents = readdirSync(dir, { withFileTypes: true })
      } catch {
        continue
      }
      for (const d of dirents) {
        if (d.name.startsWith('.') || (rel === '' && d.name === INTERNAL_DIR)) continue
        const abs = path.join(dir, d.name)
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`
        if (d.isDirectory()) {
          if (depth >= 8) continue
          folders.push(childRel)
          queue.push([abs, childRel, depth + 1])
        } else if ((d.isFile() || d.isSymbolicLink()) && isArticleName(d.name)) {
          let stat: Stats
          try {
            stat = statSync(abs)
            if (!stat.isFile()) continue
            if (d.isSymbolicLink() && this.paths.rel(realpathSync(abs)) === null) continue
          } catch {
            continue
          }
          files.set(childRel, { size: stat.size, mtimeMs: stat.mtimeMs })
        }
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    return { folders: folders.sort((a, b) => a.localeCompare(b)), files }
  }

  /** Indexes what changed since the cache (or everything), drops what is gone. Returns how many files were read. */
  private async reconcile(files: Map<string, FileStat>): Promise<number> {
    for (const rel of [...this.entries.keys()]) if (!files.has(rel)) this.remove(rel)
    const changed: string[] = []
    for (const [rel, stat] of files) {
      const entry = this.entries.get(rel)
      if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) changed.push(rel)
    }
    const parts = this.startWorkers(changed, files)
    await this.readAll(parts.length > 0 ? changed.slice(0, (parts[0] as WorkerShare).job.first - this.nextNumber) : changed, files)
    for (const share of parts) {
      const part = await share.running
      if (!part || !this.applyPart(share, part)) await this.readAll(share.rels, files)
    }
    if (changed.length > 0 || files.size !== this.entries.size) this.dirty = true
    if (this.flexLoaded && changed.length > 0) {
      this.sortedVocabulary = null
      this.expand('')
    }
    return changed.length
  }

  /** Reads and indexes files one by one on this thread, with a turn of the event loop every BATCH files. */
  private async readAll(rels: readonly string[], files: Map<string, FileStat>): Promise<void> {
    for (let i = 0; i < rels.length; i++) {
      if (i > 0 && i % BATCH === 0) await new Promise((resolve) => setImmediate(resolve))
      const rel = rels[i] as string
      const result = this.readOne(rel, files.get(rel))
      if ('article' in result) this.put(rel, result.article, result.stat, result.texts)
      else this.putProblem(rel, result.stat ?? files.get(rel) ?? { size: 0, mtimeMs: 0 }, result.problem)
    }
  }

  /**
   * A large index built from scratch is shared out: this thread keeps the first run of files, each
   * worker thread gets the next run with the document numbers this thread would have given them.
   * Nothing is shared out for an index that already holds articles (updates stay on this thread).
   */
  private startWorkers(changed: readonly string[], files: Map<string, FileStat>): WorkerShare[] {
    const parallel = this.options.parallel
    if (!parallel || parallel.workers < 1 || changed.length < parallel.from || this.entries.size > 0 || !this.flexLoaded || !termMap(this.flex)) return []
    const size = Math.ceil(changed.length / (parallel.workers + 1))
    const shares: WorkerShare[] = []
    for (let at = size; at < changed.length; at += size) {
      const rels = changed.slice(at, at + size)
      const job: IndexJob = {
        first: this.nextNumber + at,
        files: rels.map((rel) => ({ abs: this.paths.abs(rel), rel, name: path.basename(rel), stat: files.get(rel) as FileStat })),
      }
      // A worker that fails costs only time: its files are then read here.
      shares.push({ rels, job, running: runIndexWorker(job, parallel.module).catch(() => null) })
    }
    return shares
  }

  /** Takes in a worker's share: its catalogue entries and its term map merged into this index. False if it does not fit. */
  private applyPart(share: WorkerShare, part: IndexPart): boolean {
    const map = termMap(this.flex)
    const incoming = decodeTermMap(part.terms, part.ints)
    if (!map || !incoming || part.items.length !== share.rels.length || this.nextNumber !== share.job.first) return false
    share.rels.forEach((rel, i) => {
      const item = part.items[i] as IndexPart['items'][number]
      const n = share.job.first + i
      const entry: Entry =
        'meta' in item ? { n, rel, size: item.stat.size, mtimeMs: item.stat.mtimeMs, meta: item.meta } : { n, rel, size: item.stat.size, mtimeMs: item.stat.mtimeMs, meta: null, problem: item.problem }
      this.entries.set(rel, entry)
      this.byNumber.set(n, entry)
    })
    this.nextNumber = share.job.first + share.rels.length
    this.byWorkers += share.rels.length
    // The worker's documents come after this thread's in every band, as if one thread had added them all.
    const merged = incoming.map(([term, theirs]): [string, Buckets] => {
      const own = map.get(term)
      return [term, own ? mergeBuckets(own, theirs) : theirs]
    })
    // FlexSearch's import sets terms (and adds documents) on the index it is given: the public way in.
    this.flex.import('map', merged as unknown as string)
    this.flex.import('reg', part.indexed as unknown as string)
    return true
  }

  /** Reads an article for the catalogue (see `readArticleFile`). */
  private readOne(rel: string, known?: FileStat): ReadResult {
    return readArticleFile(this.paths.abs(rel), path.basename(rel), known)
  }

  /** Re-reads the given files (watcher events); returns the relPaths whose entry changed. */
  async refresh(rels: readonly string[]): Promise<string[]> {
    this.settle()
    const changed: string[] = []
    for (const rel of rels) {
      const stat = await this.fs.stat(this.paths.abs(rel)).catch(() => null)
      if (!stat?.isFile()) {
        if (this.entries.has(rel)) {
          this.remove(rel)
          changed.push(rel)
        }
        continue
      }
      const entry = this.entries.get(rel)
      if (entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) continue
      const result = this.readOne(rel, stat)
      if ('article' in result) this.put(rel, result.article, result.stat, result.texts)
      else this.putProblem(rel, result.stat ?? stat, result.problem)
      changed.push(rel)
    }
    if (changed.length > 0) this.dirty = true
    return changed
  }

  async refreshFolders(): Promise<void> {
    this.folders = (await this.scan()).folders
  }

  /** Records an article the store just wrote, off the save's path: a save returns before its indexing. */
  putSoon(rel: string, article: Article, stat: FileStat): void {
    this.later.set(rel, { article, stat })
    this.dirty = true
    if (this.laterScheduled) return
    this.laterScheduled = true
    setImmediate(() => this.settle())
  }

  /** Applies the pending puts; every read of the index calls this first, so it is never behind. */
  settle(): void {
    this.laterScheduled = false
    const pending = [...this.later]
    this.later.clear()
    for (const [rel, { article, stat }] of pending) this.put(rel, article, stat, undefined, false)
    if (pending.length > 0 && !this.textTimer) {
      this.textTimer = setTimeout(() => this.flushText(), TEXT_DELAY_MS)
      this.textTimer.unref?.()
    }
  }

  /** Records an article the store just wrote, without reading it back. */
  put(rel: string, article: Article, stat: FileStat, known?: Texts, textNow = true): void {
    const existing = this.entries.get(rel)
    const n = existing?.n ?? this.nextNumber++
    const meta = metaOf(article, this.paths.abs(rel), rel, stat)
    const entry: Entry = { n, rel, size: stat.size, mtimeMs: stat.mtimeMs, meta }
    this.entries.set(rel, entry)
    this.byNumber.set(n, entry)
    const texts = known ?? textsOf(article)
    this.rememberText(rel, texts)
    if (textNow && this.flexLoaded) this.indexText(n, texts, existing !== undefined)
    else this.textLater.set(n, { texts, replace: existing !== undefined || this.textLater.has(n) || !this.flexLoaded })
    this.dirty = true
  }

  private indexText(n: number, texts: Texts, replace: boolean): void {
    const words = indexedText(texts)
    if (replace) this.flex.update(n, words)
    else this.flex.add(n, words)
    this.vocabularyChanged()
  }

  private vocabularyChanged(): void {
    if (this.sortedVocabulary === null || this.vocabularyStale) return
    this.vocabularyStale = true
    this.vocabularyTimer = setTimeout(() => {
      this.vocabularyTimer = null
      if (!this.vocabularyStale) return
      this.sortedVocabulary = null
      this.expand('')
    }, TEXT_DELAY_MS)
    this.vocabularyTimer.unref?.()
  }

  /** Full-text updates of saved articles wait for a quiet moment (or the next search). */
  private flushText(): void {
    if (!this.flexLoaded) return
    if (this.textTimer) clearTimeout(this.textTimer)
    this.textTimer = null
    const pending = [...this.textLater]
    this.textLater.clear()
    for (const [n, { texts, replace }] of pending) if (this.byNumber.has(n)) this.indexText(n, texts, replace)
  }

  private putProblem(rel: string, stat: FileStat, problem: HostError): void {
    const existing = this.entries.get(rel)
    if (existing) this.textLater.delete(existing.n)
    if (existing && !this.flexLoaded) this.removedEarly.add(existing.n)
    else if (existing?.meta) this.flex.remove(existing.n)
    const entry: Entry = { n: existing?.n ?? this.nextNumber++, rel, size: stat.size, mtimeMs: stat.mtimeMs, meta: null, problem }
    this.entries.set(rel, entry)
    this.byNumber.set(entry.n, entry)
    this.texts.delete(rel)
  }

  remove(rel: string): void {
    this.settle()
    const entry = this.entries.get(rel)
    if (!entry) return
    this.textLater.delete(entry.n)
    if (!this.flexLoaded) this.removedEarly.add(entry.n)
    else if (entry.meta) this.flex.remove(entry.n)
    this.entries.delete(rel)
    this.byNumber.delete(entry.n)
    this.texts.delete(rel)
    this.dirty = true
  }

  /** Moves an entry to a new relPath (a rename or move by the store) without re-indexing it. */
  rename(from: string, to: string, stat: FileStat): void {
    this.settle()
    const entry = this.entries.get(from)
    if (!entry) return
    this.entries.delete(from)
    const moved: Entry = { ...entry, rel: to, size: stat.size, mtimeMs: stat.mtimeMs }
    this.entries.set(to, moved)
    this.byNumber.set(moved.n, moved)
    const texts = this.texts.get(from)
    this.texts.delete(from)
    if (texts) this.rememberText(to, texts)
    this.dirty = true
  }

  /** Resolves when search is ready (at once, except just after a warm start). */
  searchReady(): Promise<void> {
    return this.flexReady
  }

  folderList(): string[] {
    return this.folders
  }

  summary(rel: string): ArticleSummary | null {
    this.settle()
    const entry = this.entries.get(rel)
    return entry ? this.toSummary(entry) : null
  }

  findById(id: string): ArticleSummary | null {
    this.settle()
    for (const entry of this.entries.values()) if (entry.meta?.id === id) return this.toSummary(entry)
    return null
  }

  get size(): number {
    this.settle()
    return this.entries.size
  }

  list(query: ListQuery, limit = Infinity): ArticleSummary[] {
    this.settle()
    const chosen: Entry[] = []
    for (const entry of this.entries.values()) if (matchesFilters(entry, query)) chosen.push(entry)
    // Sorted on the entries' own fields; summaries are built only for what is returned.
    return sortEntries(chosen, query.sort ?? 'modified')
      .slice(0, limit)
      .map((e) => this.toSummary(e))
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    await this.flexReady
    this.settle()
    this.flushText()
    const limit = query.limit ?? 50
    const words = queryTerms(query.text)
    if (words.length === 0) return this.list(query, limit).map((summary, i) => ({ summary, rank: i + 1, snippets: [] }))
    const prefixLast = !/\s$/.test(query.text)
    // One word, no filter, no sort: FlexSearch's own best `limit` are the answer, nothing more to fetch.
    const filtered = query.folder !== undefined || (query.status?.length ?? 0) > 0 || !!query.section || !!query.dateFrom || !!query.dateTo || !!query.sort
    const ranked = this.rank(words, prefixLast, words.length === 1 && !filtered ? limit : Infinity)
    const hits: { entry: Entry; rank: number }[] = []
    for (const n of ranked) {
      const entry = this.byNumber.get(n)
      if (entry && matchesFilters(entry, query)) hits.push({ entry, rank: hits.length + 1 })
    }
    let chosen = hits
    if (query.sort) {
      const rank = new Map(hits.map((h) => [h.entry, h.rank]))
      chosen = sortEntries(hits.map((h) => h.entry), query.sort).map((entry) => ({ entry, rank: rank.get(entry) as number }))
    }
    const out: SearchHit[] = []
    for (const hit of chosen.slice(0, limit)) {
      out.push({ summary: this.toSummary(hit.entry), rank: hit.rank, snippets: await this.snippets(hit.entry.rel, words, prefixLast) })
    }
    return out
  }

  /** Documents holding every word (the last one may be a prefix), best first. */
  private rank(words: readonly string[], prefixLast: boolean, enough: number): number[] {
    const all = Math.min(enough, Math.max(100, this.entries.size))
    const score = new Map<number, number>()
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string
      const variants = prefixLast && w === words.length - 1 ? this.expand(word) : [word]
      // A word still being typed stands for many words: the best documents of each are enough.
      const limit = variants.length > 1 ? Math.min(all, PREFIX_VARIANT_LIMIT) : all
      const found = new Map<number, number>()
      for (const variant of variants) {
        // FlexSearch answers undefined, not [], for a word whose documents were all removed.
        const ids = (this.flex.search(variant, { limit }) as number[] | undefined) ?? []
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] as number
          const prev = found.get(id)
          if (prev === undefined || i < prev) found.set(id, i)
        }
      }
      if (w === 0) for (const [id, pos] of found) score.set(id, pos)
      else
        for (const id of [...score.keys()]) {
          const pos = found.get(id)
          if (pos === undefined) score.delete(id)
          else score.set(id, (score.get(id) as number) + pos)
        }
      if (score.size === 0) return []
    }
    return [...score.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => id)
  }

  /** The indexed words starting with `prefix` (the word still being typed), the word itself first. */
  private expand(prefix: string): string[] {
    // FlexSearch's own term map is the vocabulary: no second copy.
    const terms = termMap(this.flex)
    if (!terms) return [prefix]
    if (!this.sortedVocabulary) this.sortedVocabulary = [...terms.keys()].sort()
    this.vocabularyStale = false
    const vocab = this.sortedVocabulary
    let lo = 0
    let hi = vocab.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((vocab[mid] as string) < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < vocab.length && out.length < PREFIX_EXPANSION; i++) {
      const word = vocab[i] as string
      if (!word.startsWith(prefix)) break
      out.push(word)
    }
    return out.length > 0 ? out : [prefix]
  }

  private async snippets(rel: string, words: readonly string[], prefixLast: boolean): Promise<Snippet[]> {
    const texts = await this.textOf(rel)
    if (!texts) return []
    const out: Snippet[] = []
    for (const [field, text] of texts.fields) {
      const s = snippet(field, text, findMatches(text, words, prefixLast))
      if (s) {
        out.push(s)
        break
      }
    }
    const body = snippet('body', texts.body, findMatches(texts.body, words, prefixLast))
    if (body) out.push(body)
    return out
  }

  private async textOf(rel: string): Promise<Texts | null> {
    const cached = this.texts.get(rel)
    if (cached) {
      this.texts.delete(rel)
      this.texts.set(rel, cached)
      return cached
    }
    const result = this.readOne(rel)
    if (!('article' in result)) return null
    const texts = result.texts ?? textsOf(result.article)
    this.rememberText(rel, texts)
    return texts
  }

  private rememberText(rel: string, texts: Texts): void {
    this.texts.delete(rel)
    this.texts.set(rel, texts)
    if (this.texts.size > TEXT_CACHE) this.texts.delete(this.texts.keys().next().value as string)
  }

  private toSummary(entry: Entry): ArticleSummary {
    const loc = location({ real: this.paths.abs(entry.rel), rel: entry.rel, stat: entry })
    if (entry.meta) return { ...loc, ...entry.meta }
    return {
      ...loc,
      id: '',
      headline: '',
      kicker: '',
      section: '',
      status: 'draft',
      byline: '',
      date: '',
      template: '',
      language: 'en',
      tags: [],
      words: 0,
      ...(entry.problem ? { problem: entry.problem } : {}),
    }
  }

  // -------------------------------------------------------------------------------------------
  // The cache: the catalogue (summaries) and FlexSearch's own export, in two files written atomically
  // and tied by a generation id. The catalogue is read at start; the search part right after, in
  // the background (searches wait for it), so the library is listed without waiting for it.

  async saveCache(): Promise<void> {
    await this.flexReady
    this.settle()
    this.flushText()
    if (!this.dirty) return
    this.dirty = false
    const generation = randomUUID()
    const parts: [string, string][] = []
    await this.flex.export((key: string, data: string) => {
      parts.push([key, data])
    })
    const catalogue = JSON.stringify({
      format: CACHE_FORMAT,
      version: CACHE_VERSION,
      generation,
      root: this.paths.root,
      nextNumber: this.nextNumber,
      entries: [...this.entries.values()],
    })
    try {
      await this.fs.mkdir(path.dirname(this.cacheFile), { recursive: true })
      await writeFileAtomic(this.searchFile, encodeSearchCache(generation, parts), { fs: this.fs })
      await writeFileAtomic(this.cacheFile, `${catalogue}\n`, { fs: this.fs })
    } catch {
      this.dirty = true // a cache that cannot be written only costs time at the next start
    }
  }

  get searchFile(): string {
    return this.paths.internal('index', 'search.bin')
  }

  private async loadCache(): Promise<boolean> {
    let json: { format?: unknown; version?: unknown; generation?: unknown; root?: unknown; nextNumber?: unknown; entries?: unknown }
    try {
      json = JSON.parse(await this.fs.readFile(this.cacheFile, 'utf8')) as typeof json
    } catch {
      return false
    }
    if (json.format !== CACHE_FORMAT || json.version !== CACHE_VERSION || json.root !== this.paths.root) return false
    if (!Array.isArray(json.entries) || typeof json.nextNumber !== 'number' || typeof json.generation !== 'string') return false
    this.entries.clear()
    this.byNumber.clear()
    for (const raw of json.entries as Entry[]) {
      if (typeof raw?.rel !== 'string' || typeof raw.n !== 'number') continue
      this.entries.set(raw.rel, raw)
      this.byNumber.set(raw.n, raw)
    }
    this.nextNumber = json.nextNumber
    this.flexLoaded = false
    this.flexReady = this.loadSearch(json.generation)
    return true
  }

  /** Loads the search part of the cache; if it is missing or from another generation, re-reads the texts. */
  private async loadSearch(generation: string): Promise<void> {
    const flex = newFlex()
    let loaded = false
    try {
      const cached = decodeSearchCache(await this.fs.readFile(this.searchFile))
      if (cached?.generation === generation) {
        for (const [key, data] of cached.parts) flex.import(key, data as string)
        loaded = true
      }
    } catch {
      loaded = false
    }
    this.flex = flex
    this.sortedVocabulary = null
    this.flexLoaded = true
    if (!loaded) {
      // The catalogue survived but its search part did not (a crash between the two writes).
      let i = 0
      for (const entry of [...this.entries.values()]) {
        if (!entry.meta || this.textLater.has(entry.n)) continue
        const result = this.readOne(entry.rel)
        if ('article' in result) this.indexText(entry.n, result.texts ?? textsOf(result.article), false)
        if (++i % BATCH === 0) await new Promise((resolve) => setImmediate(resolve))
      }
      this.dirty = true
    }
    for (const n of this.removedEarly) this.flex.remove(n)
    this.removedEarly.clear()
    this.flushText()
    this.expand('')
  }

}

/** Two postings of one term, band by band: `own` documents first. */
function mergeBuckets(own: Buckets, theirs: Buckets): Buckets {
  const out = own.slice()
  for (let b = 0; b < theirs.length; b++) {
    const ids = theirs[b]
    if (!ids) continue
    const mine = out[b]
    out[b] = mine ? mine.concat(ids) : ids
  }
  return out
}

function matchesFilters(entry: Entry, query: ListQuery): boolean {
  if (query.folder !== undefined) {
    const folder = query.folder.replace(/^\/+|\/+$/g, '')
    const slash = entry.rel.lastIndexOf('/')
    const own = slash === -1 ? '' : entry.rel.slice(0, slash)
    if (query.deep ? !(folder === '' || own === folder || own.startsWith(`${folder}/`)) : own !== folder) return false
  }
  const meta = entry.meta
  if (query.status && query.status.length > 0 && (!meta || !query.status.includes(meta.status))) return false
  if (query.section !== undefined && query.section !== '' && meta?.section.toLowerCase() !== query.section.toLowerCase()) return false
  if (query.dateFrom !== undefined && (!meta?.date || meta.date < query.dateFrom)) return false
  if (query.dateTo !== undefined && (!meta?.date || meta.date > query.dateTo)) return false
  return true
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

function sortEntries(list: Entry[], sort: 'modified' | 'headline' | 'date'): Entry[] {
  const name = (e: Entry): string => e.meta?.headline || e.rel
  const byModified = (a: Entry, b: Entry): number => b.mtimeMs - a.mtimeMs || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)
  switch (sort) {
    case 'headline': {
      const keys = new Map(list.map((e) => [e, name(e)]))
      return list.sort((a, b) => collator.compare(keys.get(a) as string, keys.get(b) as string) || byModified(a, b))
    }
    case 'date':
      return list.sort((a, b) => {
        const da = a.meta?.date ?? ''
        const db = b.meta?.date ?? ''
        return da === db ? byModified(a, b) : da < db ? 1 : -1
      })
    default:
      return list.sort(byModified)
  }
}

