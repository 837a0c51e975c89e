// The library: a folder of articles (desks as sub-folders), its catalogue and search, recent articles,
// the trash, files opened from elsewhere, history and crash recovery, and the watcher that keeps all of
// it current when other programs change files. The host API's library/history/recovery calls land here.
import { watch, type FSWatcher } from 'chokidar'
import { randomUUID } from 'node:crypto'
import type { Stats } from 'node:fs'
import * as path from 'node:path'
import type { Asset } from '../../../shared/article/assets'
import { createArticle, FILE_EXTENSION, type Article } from '../../../shared/article/file'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { PendingRecovery, Snapshot, SnapshotInfo } from '../../../shared/ipc/history'
import type {
  ArticleContent,
  ArticleSummary,
  LibraryInfo,
  ListQuery,
  NewArticle,
  NewImage,
  OpenedArticle,
  PeekedArticle,
  SaveAsTarget,
  SaveResult,
  SearchHit,
  SearchQuery,
  TrashedArticle,
} from '../../../shared/ipc/library'
import type { EventSink } from '../EventSink'
import { isNotFound, sweepTempFiles } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { ArticleStore } from './ArticleStore'
import { contentKey, referencedAssets, sha256, summarize, wordCount } from './content'
import { fail } from './errors'
import type { FilePicker } from './FilePicker'
import { HistoryService } from './HistoryService'
import { LibraryIndex, type OpenResult } from './LibraryIndex'
import { defaultParallelIndexing, type ParallelIndexing } from './parallelIndex'
import { INTERNAL_DIR, isArticleName, LibraryPaths } from './LibraryPaths'
import { checkName, fileBase, nameFromHeadline, recoveredName, UNTITLED } from './naming'
import { RecentStore } from './RecentStore'
import { RecoveryJournal, type JournalRecord, type PendingRecord } from './RecoveryJournal'
import { builtinTemplates, type TemplateSource } from './TemplateSource'
import { NodeTrash, type Trash } from './Trash'

export interface LibraryServiceOptions {
  /** The library folder to use (settings, else Documents/Galley). */
  readonly dir: () => Promise<string>
  readonly userDataDir: string
  readonly fs?: FsLike
  readonly now?: () => Date
  readonly newId?: () => string
  readonly trash?: (paths: () => LibraryPaths) => Trash
  readonly templates?: TemplateSource
  readonly picker?: FilePicker
  /** Fields every new article starts with (publication, editor in chief, language from the settings). */
  readonly defaults?: () => Promise<Partial<ArticleMeta>>
  readonly events?: EventSink
  /** Watch the folder for changes by other programs (off in some unit tests). */
  readonly watch?: boolean
  /** Delay before watcher events are applied, so a burst of changes is read once. */
  readonly watchDelayMs?: number
  readonly onError?: (what: string, error: unknown) => void
  /** Worker threads for building a large index from scratch (default: every other core); false for none. */
  readonly parallelIndexing?: ParallelIndexing | false
}

/** The index cache is only a head start for the next launch: written when things are calm, and at quit. */
const CACHE_SAVE_DELAY_MS = 30_000

export class LibraryService {
  readonly store: ArticleStore
  readonly history: HistoryService
  readonly journal: RecoveryJournal
  readonly recent: RecentStore
  private readonly fs: FsLike
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly trashBin: Trash
  private readonly templates: TemplateSource
  private current: { paths: LibraryPaths; index: LibraryIndex } | null = null
  /** Real paths of articles outside the library that the user opened explicitly. */
  private readonly explicit = new Set<string>()
  private pendingRecoveries: PendingRecord[] = []
  private watcher: FSWatcher | null = null
  private readonly changedPaths = new Set<string>()
  private flushTimer: NodeJS.Timeout | null = null
  private cacheTimer: NodeJS.Timeout | null = null
  private halted = false
  /** How the last start went: from the index cache or not, and how many files had to be read. */
  started: OpenResult | null = null

  constructor(private readonly options: LibraryServiceOptions) {
    this.fs = options.fs ?? nodeFs
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? randomUUID
    this.templates = options.templates ?? builtinTemplates
    const paths = (): LibraryPaths => this.lib().paths
    this.trashBin = options.trash?.(paths) ?? new NodeTrash(paths, this.fs, this.now)
    this.recent = new RecentStore(options.userDataDir, this.fs)
    this.history = new HistoryService({ paths, fs: this.fs, now: this.now })
    this.journal = new RecoveryJournal({ paths, fs: this.fs, now: this.now })
    this.store = new ArticleStore({
      resolve: (input) => this.lib().paths.article(input, (real) => this.explicit.has(real)),
      relOf: (real) => this.lib().paths.rel(real),
      history: this.history,
      journal: this.journal,
      fs: this.fs,
      now: this.now,
      newId: this.newId,
      onWritten: (real, article, stat, previous) => this.written(real, article, stat, previous),
      allow: (real) => this.allow(real),
      onArticleChanged: (event) => this.options.events?.emit('onArticleChanged', event),
    })
  }

  private lib(): { paths: LibraryPaths; index: LibraryIndex } {
    if (!this.current) throw fail('LIBRARY_UNAVAILABLE', 'The library is not open yet.')
    return this.current
  }

  get paths(): LibraryPaths {
    return this.lib().paths
  }

  get index(): LibraryIndex {
    return this.lib().index
  }

  get picker(): FilePicker | undefined {
    return this.options.picker
  }

  /** Opens the library folder: sweeps temp files a crash left, loads or builds the index, sets aside recoveries, watches. */
  async start(): Promise<void> {
    const paths = await LibraryPaths.open(await this.options.dir(), this.fs)
    const parallel = this.options.parallelIndexing === false ? undefined : (this.options.parallelIndexing ?? defaultParallelIndexing())
    const index = new LibraryIndex({ paths, fs: this.fs, ...(parallel ? { parallel } : {}) })
    this.current = { paths, index }
    for (const entry of await this.recent.list()) if (paths.rel(entry.path) === null) this.explicit.add(entry.path)
    const scan = await index.scan()
    await this.sweep(paths, scan)
    this.started = await index.open(scan)
    await this.collectRecoveries()
    this.scheduleCacheSave()
    if (this.options.watch !== false) this.startWatching()
  }

  /** Resolves once full-text search is ready (a warm start lists the library first and loads search right after). */
  searchReady(): Promise<void> {
    return this.index.searchReady()
  }

  /** Switches to another library folder (the user changed it in Preferences). */
  async switchTo(): Promise<void> {
    await this.stopWatching()
    await this.store.idle()
    await this.current?.index.saveCache()
    for (const real of this.store.openPaths()) this.store.forget(real)
    this.current = null
    await this.start()
    this.options.events?.emit('onLibraryChanged', { dir: this.paths.root, changed: [] })
  }

  /** Clean shutdown: queued saves finish, the index cache is written, the watcher stops. */
  async dispose(): Promise<void> {
    await this.stopWatching()
    if (this.cacheTimer) clearTimeout(this.cacheTimer)
    await this.store.idle()
    // The recent list's last write (an open's) is not lost at quit.
    await this.recent.list()
    if (!this.halted) await this.current?.index.saveCache()
  }

  /** Stops at once, as a crash would: no flush, no cache write; journals stay as they are. */
  async halt(): Promise<void> {
    this.halted = true
    if (this.cacheTimer) clearTimeout(this.cacheTimer)
    await this.stopWatching()
    // A write already under way (the recent list after an open) settles before the halt returns, so
    // the next service over the same folders, or a test removing them, never races it.
    await this.recent.list().catch(() => undefined)
  }

  private async sweep(paths: LibraryPaths, scan: Awaited<ReturnType<LibraryIndex['scan']>>): Promise<void> {
    const dirs = [paths.root, ...scan.folders.map((f) => paths.abs(f))]
    for (const sub of ['index', 'recovery', 'recovery/assets', 'recovery/pending', 'trash']) dirs.push(paths.internal(...sub.split('/')))
    for (const id of await this.fs.readdir(paths.internal('history')).catch(() => [] as string[])) {
      dirs.push(paths.internal('history', id), paths.internal('history', id, 'assets'))
    }
    for (const real of this.explicit) dirs.push(path.dirname(real))
    dirs.push(this.options.userDataDir)
    for (const dir of new Set(dirs)) await sweepTempFiles(dir, this.fs).catch(() => [])
  }

  // -------------------------------------------------------------------------------------------
  // Library operations

  async info(): Promise<LibraryInfo> {
    return { dir: this.paths.root, folders: this.index.folderList(), trashRestorable: this.trashBin.restorable }
  }

  async list(query: ListQuery): Promise<ArticleSummary[]> {
    return this.index.list(query)
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.index.search(query)
  }

  async create(input: NewArticle): Promise<OpenedArticle> {
    const folder = await this.paths.folder(input.folder ?? '', { create: true })
    const now = this.now()
    const skeleton = await this.templates.skeleton(input.templateId, now, input.meta)
    const defaults = (await this.options.defaults?.()) ?? {}
    const meta = { ...defaults, ...skeleton.meta, ...input.meta, template: input.templateId }
    const article = createArticle({
      id: this.newId(),
      now,
      meta,
      ...(skeleton.layout ? { layout: skeleton.layout } : {}),
      ...(skeleton.body ? { body: skeleton.body } : {}),
    })
    const name = nameFromHeadline(article.meta.headline) ?? UNTITLED
    const real = await this.store.create(folder.abs, name, article)
    return this.open(real)
  }

  async open(input: string): Promise<OpenedArticle> {
    const opened = await this.store.open(input)
    // Remembered at once, written behind the open: the window does not wait for the recent list's
    // durable write (it never fails the open; later reads of the list wait for it).
    void this.recent.add(opened.path, this.now().getTime())
    if (!opened.summary.inLibrary) this.watchOutside(opened.path)
    return opened
  }

  async peek(input: string): Promise<PeekedArticle> {
    const { real } = await this.paths.article(input, (r) => this.explicit.has(r))
    const { bytes, parsed } = await this.store.readArticle(real)
    return { article: parsed.article, revision: sha256(bytes) }
  }

  async openFromDisk(): Promise<OpenedArticle | null> {
    const chosen = await this.options.picker?.pickArticle()
    if (!chosen) return null
    return this.open(await this.allowExternal(chosen))
  }

  /**
   * A file the OS handed Galley (double-click, "Open with", a drop): its real path, allowed through the
   * path gate from now on and first in the recent list. The desktop shell then hands it to a window.
   */
  async admit(file: string): Promise<string> {
    const real = await this.allowExternal(file)
    await this.recent.add(real, this.now().getTime())
    return real
  }

  /** Recent articles as the Open Recent menu shows them: path and headline (or file name). */
  async recentEntries(): Promise<{ path: string; title: string }[]> {
    return (await this.recentArticles()).map((s) => ({ path: s.path, title: s.headline || path.basename(s.path, FILE_EXTENSION) }))
  }

  clearRecent(): Promise<void> {
    return this.recent.clear()
  }

  private async allowExternal(file: string): Promise<string> {
    if (!path.isAbsolute(file) || !isArticleName(path.basename(file))) {
      throw fail('NOT_GALLEY_FILE', `“${path.basename(file)}” is not a Galley article (.galley file). Nothing was changed.`)
    }
    const real = await this.fs.realpath(file).catch(() => {
      throw fail('NOT_FOUND', `“${path.basename(file)}” could not be found.`)
    })
    if (this.paths.rel(real) === null) this.allow(real)
    return real
  }

  private allow(real: string): void {
    this.explicit.add(real)
  }

  save(input: string, content: ArticleContent, baseRevision: string): Promise<SaveResult> {
    return this.store.save(input, content, baseRevision)
  }

  async saveAs(input: string, content: ArticleContent, target: SaveAsTarget): Promise<OpenedArticle> {
    const folder = await this.paths.folder(target.folder ?? '', { create: true })
    const name = checkName(target.name)
    if (await this.exists(path.join(folder.abs, `${name}${FILE_EXTENSION}`))) {
      throw fail('NAME_TAKEN', `There is already an article called “${name}” in that folder. Choose another name.`)
    }
    // A new article (own id, own history) with everything the editor has, images added since the last save included.
    const composed = await this.store.compose(input, content)
    const now = this.now().toISOString()
    const article: Article = { ...composed, id: this.newId(), meta: { ...composed.meta, created: now, modified: now } }
    const real = await this.store.create(folder.abs, name, article)
    return this.open(real)
  }

  addImage(input: string, image: NewImage): Promise<{ key: string; asset: Asset }> {
    return this.store.addImage(input, image)
  }

  async rename(input: string, name: string): Promise<ArticleSummary> {
    const { real } = await this.paths.article(input, (r) => this.explicit.has(r))
    const { from, to } = await this.store.moveFile(real, path.dirname(real), checkName(name))
    return this.moved(from, to)
  }

  async move(input: string, folder: string): Promise<ArticleSummary> {
    const target = await this.paths.folder(folder)
    const { from, to } = await this.store.moveFile(input, target.abs, null)
    return this.moved(from, to)
  }

  async duplicate(input: string): Promise<ArticleSummary> {
    const { real } = await this.paths.article(input, (r) => this.explicit.has(r))
    const { parsed } = await this.store.readArticle(real)
    const now = this.now().toISOString()
    const copy: Article = { ...parsed.article, id: this.newId(), meta: { ...parsed.article.meta, created: now, modified: now } }
    const dir = this.paths.rel(real) === null ? this.paths.root : path.dirname(real)
    const created = await this.store.create(dir, `${fileBase(path.basename(real))} copy`, copy)
    return this.summaryOf(created)
  }

  async trash(input: string): Promise<TrashedArticle | null> {
    const { real, rel } = await this.paths.article(input, (r) => this.explicit.has(r))
    if (rel === null) throw fail('OUTSIDE_LIBRARY', 'Only articles in your library can be moved to the trash from Galley.')
    if (this.store.isOpen(real)) await this.store.close(real)
    // Unsaved edits of a trashed article are not offered for recovery after a crash.
    const id = await this.store.readArticle(real).then((r) => r.parsed.article.id, () => null)
    const entry = await this.trashBin.trash(real, rel)
    if (id) await this.journal.clear(id).catch(() => undefined)
    this.index.remove(rel)
    await this.recent.remove(real)
    this.changed([rel])
    return entry
  }

  trashed(): Promise<TrashedArticle[]> {
    return this.trashBin.list()
  }

  async restoreTrashed(trashId: string): Promise<ArticleSummary> {
    const rel = await this.trashBin.restore(trashId, async (entry, file) => {
      const wanted = path.posix.dirname(entry.relPath)
      const folder = await this.paths.folder(wanted === '.' ? '' : wanted, { create: true }).catch(() => ({ abs: this.paths.root, rel: '' }))
      let name = fileBase(entry.name)
      for (let n = 2; await this.exists(path.join(folder.abs, `${name}${FILE_EXTENSION}`)); n++) name = `${fileBase(entry.name)} ${n}`
      const to = path.join(folder.abs, `${name}${FILE_EXTENSION}`)
      await this.fs.rename(file, to)
      return this.paths.rel(to) ?? entry.relPath
    })
    await this.index.refresh([rel])
    this.changed([rel])
    const summary = this.index.summary(rel)
    if (!summary) throw fail('NOT_FOUND', 'The article could not be put back.')
    return summary
  }

  async createFolder(relPath: string): Promise<string> {
    const folder = await this.paths.folder(relPath, { create: true })
    await this.index.refreshFolders()
    this.changed([])
    return folder.rel
  }

  async recentArticles(): Promise<ArticleSummary[]> {
    const out: ArticleSummary[] = []
    for (const entry of await this.recent.list()) {
      const rel = this.paths.rel(entry.path)
      const summary = rel !== null ? this.index.summary(rel) : await this.outsideSummary(entry.path)
      if (summary) out.push(summary)
    }
    return out
  }

  close(input: string): Promise<void> {
    return this.paths.article(input, (r) => this.explicit.has(r)).then(
      ({ real }) => this.store.close(real),
      () => undefined,
    )
  }

  async resolveConflict(input: string, conflictPath: string, keep: 'mine' | 'theirs'): Promise<OpenedArticle> {
    const opened = await this.store.resolveConflict(input, conflictPath, keep)
    const copyRel = this.paths.rel(conflictPath)
    if (copyRel !== null) {
      this.index.remove(copyRel)
      this.changed([copyRel])
    }
    return opened
  }

  private async outsideSummary(real: string): Promise<ArticleSummary | null> {
    try {
      const { parsed, stat } = await this.store.readArticle(real)
      return summarize(parsed.article, { real, rel: null, stat })
    } catch {
      return null
    }
  }

  private async summaryOf(real: string): Promise<ArticleSummary> {
    const rel = this.paths.rel(real)
    const known = rel !== null ? this.index.summary(rel) : null
    if (known) return known
    const outside = await this.outsideSummary(real)
    if (!outside) throw fail('NOT_FOUND', `“${path.basename(real)}” could not be read.`)
    return outside
  }

  private async moved(from: string, to: string): Promise<ArticleSummary> {
    const stat = await this.fs.stat(to)
    const fromRel = this.paths.rel(from)
    const toRel = this.paths.rel(to)
    if (fromRel !== null && toRel !== null) this.index.rename(fromRel, toRel, stat)
    else if (toRel !== null) await this.index.refresh([toRel])
    else if (fromRel !== null) this.index.remove(fromRel)
    if (toRel === null) this.allow(to)
    await this.recent.renamed(from, to)
    this.changed([fromRel, toRel].filter((r): r is string => r !== null))
    return this.summaryOf(to)
  }

  /** The store wrote a file: the index learns it at once (the watcher would only confirm it). */
  private written(real: string, article: Article, stat: Stats, previous: string | null): void {
    const rel = this.paths.rel(real)
    const changed: string[] = []
    if (previous !== null) {
      const prevRel = this.paths.rel(previous)
      if (prevRel !== null) {
        this.index.remove(prevRel)
        changed.push(prevRel)
      }
      void this.recent.renamed(previous, real)
    }
    if (rel !== null) {
      this.index.putSoon(rel, article, stat)
      changed.push(rel)
    }
    this.changed(changed)
  }

  private changed(rels: string[]): void {
    if (!this.current) return
    this.scheduleCacheSave()
    this.options.events?.emit('onLibraryChanged', { dir: this.paths.root, changed: rels })
  }

  private scheduleCacheSave(): void {
    if (this.halted || this.cacheTimer) return
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = null
      void this.current?.index.saveCache().catch((error: unknown) => this.options.onError?.('index cache', error))
    }, CACHE_SAVE_DELAY_MS)
    this.cacheTimer.unref?.()
  }

  private async exists(file: string): Promise<boolean> {
    return this.fs.lstat(file).then(
      () => true,
      (error: unknown) => {
        if (isNotFound(error)) return false
        throw error
      },
    )
  }

  // -------------------------------------------------------------------------------------------
  // The watcher: other programs adding, changing, deleting articles in the library (and opened files outside it).

  private startWatching(): void {
    const root = this.paths.root
    const internal = path.join(root, INTERNAL_DIR)
    this.watcher = watch(root, {
      ignoreInitial: true,
      depth: 8,
      ignored: (p: string, stats?: Stats) => {
        if (p === root) return false
        if (p === internal || p.startsWith(internal + path.sep)) return true
        if (path.basename(p).startsWith('.')) return true
        return stats?.isFile() === true && !isArticleName(path.basename(p))
      },
    })
    this.watcher.on('all', (event, p) => {
      if (event === 'addDir' || event === 'unlinkDir') this.changedPaths.add('')
      else this.changedPaths.add(p)
      this.scheduleFlush()
    })
    this.watcher.on('error', (error) => this.options.onError?.('watcher', error))
    for (const real of this.explicit) this.watcher.add(real)
  }

  private watchOutside(real: string): void {
    this.watcher?.add(real)
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.halted) return
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null
      void this.flush().catch((error: unknown) => this.options.onError?.('library refresh', error))
    }, this.options.watchDelayMs ?? 150)
  }

  /** Applies what the watcher saw: index entries, desk folders, and open articles changed by others. */
  async flush(): Promise<void> {
    if (!this.current) return
    const paths = [...this.changedPaths]
    this.changedPaths.clear()
    const rels: string[] = []
    let folders = false
    for (const p of paths) {
      if (p === '') {
        folders = true
        continue
      }
      const rel = this.paths.rel(p)
      if (rel !== null) rels.push(rel)
    }
    if (folders) {
      await this.index.refreshFolders()
      // Folder moves and deletions take their articles along: compare the whole folder.
      const scan = await this.index.scan()
      for (const rel of this.index.list({}).map((s) => s.relPath)) if (!scan.files.has(rel)) rels.push(rel)
      for (const rel of scan.files.keys()) if (!this.index.summary(rel)) rels.push(rel)
    }
    const changed = await this.index.refresh([...new Set(rels)])
    for (const p of paths) if (p !== '' && this.store.isOpen(p)) await this.store.diskChanged(p)
    if (changed.length > 0 || folders) this.changed(changed)
  }

  private async stopWatching(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = null
    const watcher = this.watcher
    this.watcher = null
    await watcher?.close()
  }

  // -------------------------------------------------------------------------------------------
  // History

  private async articleId(input: string): Promise<{ real: string; id: string }> {
    const { real } = await this.paths.article(input, (r) => this.explicit.has(r))
    const { parsed } = await this.store.readArticle(real)
    return { real, id: parsed.article.id }
  }

  async historyList(input: string): Promise<SnapshotInfo[]> {
    return this.history.list((await this.articleId(input)).id)
  }

  async historyGet(input: string, snapshotId: string): Promise<Snapshot> {
    return this.history.get((await this.articleId(input)).id, snapshotId)
  }

  async saveVersion(input: string, label: string | null): Promise<SnapshotInfo> {
    const { real } = await this.paths.article(input, (r) => this.explicit.has(r))
    const { parsed } = await this.store.readArticle(real)
    const info = await this.history.snapshot(parsed.article, 'manual', label)
    if (!info) throw fail('INTERNAL', 'The version could not be saved.')
    return info
  }

  async labelVersion(input: string, snapshotId: string, label: string | null): Promise<SnapshotInfo> {
    return this.history.setLabel((await this.articleId(input)).id, snapshotId, label)
  }

  async restoreVersion(input: string, snapshotId: string): Promise<OpenedArticle> {
    const { real, id } = await this.articleId(input)
    const snapshot = await this.history.get(id, snapshotId)
    return this.store.replace(real, snapshot.article, Object.entries(snapshot.article.assets), 'before-restore')
  }

  // -------------------------------------------------------------------------------------------
  // Crash recovery

  journalWrite(input: string, content: ArticleContent, baseRevision: string): Promise<void> {
    return this.store.journal(input, content, baseRevision)
  }

  /**
   * At start: a journal left behind holds text that never reached the file (a save clears it), so it is
   * set aside and offered, unless the file already holds that very text. Even when someone changed the
   * file afterwards the words are offered: accepting then writes them beside the file, never over it.
   */
  private async collectRecoveries(): Promise<void> {
    for (const record of await this.journal.journals()) {
      const target = await this.locate(record)
      if (target && contentKey(target.article) === record.contentKey) {
        await this.journal.clear(record.id)
        continue
      }
      await this.journal.setAside(record)
    }
    this.pendingRecoveries = await this.journal.pending()
    await this.journal.sweepAssets().catch(() => undefined)
  }

  /** The file a journal belongs to: where it was, or wherever an article with its id is now. */
  private async locate(record: JournalRecord): Promise<{ real: string; article: Article; bytes: Buffer; stat: Stats } | null> {
    const candidates = [record.path]
    const found = this.index.findById(record.id)
    if (found) candidates.push(found.path)
    for (const candidate of candidates) {
      try {
        const { real } = await this.paths.article(candidate, (r) => this.explicit.has(r))
        const { bytes, parsed, stat } = await this.store.readArticle(real)
        if (parsed.article.id === record.id) return { real, article: parsed.article, bytes, stat }
      } catch {
        // not there any more: try the next place
      }
    }
    return null
  }

  async pending(): Promise<PendingRecovery[]> {
    const out: PendingRecovery[] = []
    for (const record of this.pendingRecoveries) {
      const target = await this.locate(record)
      out.push({
        id: record.recoveryId,
        path: target?.real ?? record.path,
        headline: record.content.meta.headline,
        written: record.written,
        fileModified: target ? Math.round(target.stat.mtimeMs) : null,
        words: wordCount(record.content.body),
      })
    }
    return out
  }

  async accept(recoveryId: string): Promise<OpenedArticle> {
    const record = this.pendingRecoveries.find((r) => r.recoveryId === recoveryId)
    if (!record) throw fail('NOT_FOUND', 'There is nothing to recover for this article any more.')
    const target = await this.locate(record)
    const extra: [string, Asset][] = []
    for (const key of referencedAssets(record.content.body)) {
      if (target?.article.assets[key]) continue
      const asset = await this.journal.asset(key)
      if (asset) extra.push([key, asset])
    }
    let opened: OpenedArticle
    if (target && sha256(target.bytes) === record.baseRevision) {
      opened = await this.store.replace(target.real, record.content, extra, 'before-recovery')
      await this.recent.add(opened.path, this.now().getTime())
    } else {
      // The file changed or vanished since: the recovered text goes into a file of its own.
      const now = this.now()
      const dir = target ? path.dirname(target.real) : await this.recoveryFolder(record.path)
      const name = target ? recoveredName(fileBase(path.basename(target.real)), now) : fileBase(path.basename(record.path))
      const article = createArticle({
        id: target ? this.newId() : record.id,
        now,
        meta: record.content.meta,
        layout: record.content.layout,
        body: record.content.body,
        assets: Object.fromEntries(extra),
      })
      opened = await this.open(await this.store.create(dir, name, article))
    }
    await this.journal.removePending(recoveryId)
    this.pendingRecoveries = this.pendingRecoveries.filter((r) => r.recoveryId !== recoveryId)
    return opened
  }

  async discard(recoveryId: string): Promise<void> {
    await this.journal.removePending(recoveryId)
    this.pendingRecoveries = this.pendingRecoveries.filter((r) => r.recoveryId !== recoveryId)
  }

  private async recoveryFolder(previous: string): Promise<string> {
    const dir = path.dirname(previous)
    const real = await this.fs.realpath(dir).catch(() => null)
    if (real && (real === this.paths.root || this.paths.rel(real) !== null)) return real
    return this.paths.root
  }
}
