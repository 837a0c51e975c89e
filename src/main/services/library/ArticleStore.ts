// The article files themselves: open, save (atomic, durable, one at a time per file, the last edit
// wins), conflict detection by SHA-256 of the bytes on disk, images, new files, renames that follow the
// headline, and telling the renderer when someone else changed an open file.
import { randomUUID } from 'node:crypto'
import type { Stats } from 'node:fs'
import * as path from 'node:path'
import type { Asset } from '../../../shared/article/assets'
import { CURRENT_VERSION, FILE_EXTENSION, MAX_FILE_BYTES, parseArticle, serializeArticle, type Article } from '../../../shared/article/file'
import type { SnapshotReason } from '../../../shared/ipc/history'
import type { ArticleChangedEvent, ArticleContent, NewImage, OpenedArticle, SaveResult } from '../../../shared/ipc/library'
import { isNotFound, writeFileAtomic } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { SerialQueue } from '../util/SerialQueue'
import { assetsFor, contentKey, sha256, sha256Yielding, summarize } from './content'
import { encodeArticle, type AssetBlock } from './encode'
import { errnoOf, fail, readFailed, saveFailed, writeFailed } from './errors'
import type { HistoryService } from './HistoryService'
import { prepareImage } from './images'
import type { ResolvedArticle } from './LibraryPaths'
import { conflictName, fileBase, isAutoName, nameFromHeadline, uniqueName } from './naming'
import type { RecoveryJournal } from './RecoveryJournal'

export interface ArticleStoreOptions {
  /** Checks a path from the renderer (library or explicitly opened) and resolves it. */
  readonly resolve: (input: string) => Promise<ResolvedArticle>
  /** The library-relative path of an absolute one, or null outside the library. */
  readonly relOf: (real: string) => string | null
  readonly history: HistoryService
  readonly journal: RecoveryJournal
  readonly fs?: FsLike
  readonly now?: () => Date
  readonly newId?: () => string
  /** A file was written or renamed by the store (the index updates at once, not waiting for the watcher). */
  readonly onWritten?: (real: string, article: Article, stat: Stats, previous: string | null) => void
  /** A file outside the library was created by the store (a conflict copy beside an opened file). */
  readonly allow?: (real: string) => void
  readonly onArticleChanged?: (event: ArticleChangedEvent) => void
}

/** The content key of what the file holds (computed once per read or write of the file). */
function savedKeyOf(doc: Doc): string {
  return (doc.savedKey ??= contentKey(doc.base))
}

interface Doc {
  real: string
  id: string
  /** The article as last read or written (unknown top-level fields come from here). */
  base: Article
  /** SHA-256 of the bytes last read or written: what must still be on disk when we save. */
  revision: string
  /** Revisions this store read or wrote for the file, newest last: the renderer's base must be one. */
  readonly own: string[]
  readonly assets: Map<string, Asset>
  readOnly: string | null
  migratedFrom: number | null
  readonly queue: SerialQueue
  /**
   * Content key of `base` (what the file holds); null until first needed — computed from `base` by
   * `savedKeyOf`, off the open path (hashing a long article's content takes a millisecond or more).
   */
  savedKey: string | null
  /** Content key of journalled edits not saved yet, or null. */
  unsavedKey: string | null
  /** Count of journal writes, so a save knows whether newer typing was journalled after it was asked for. */
  journalWrites: number
  conflict: { path: string; diskRevision: string } | null
  /** Ticket of the newest save asked for: older ones still waiting are skipped. */
  seq: number
  latest: Promise<SaveResult> | null
  /** Last disk revision the renderer was told about, so a change is announced once. */
  announced: string | null
  /** The file as this store last wrote or read it: when the disk still shows exactly this, nobody else wrote. */
  stamp: FileStamp | null
  /** The serialized images of the last save, reused while they do not change. */
  assetBlock: AssetBlock | null
}

type FileStamp = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>

function stampOf(stat: Stats): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino }
}

const SUPERSEDED = Symbol('superseded')
const OWN_REVISIONS = 64

export class ArticleStore {
  private readonly fs: FsLike
  private readonly docs = new Map<string, Doc>()
  private readonly now: () => Date
  private readonly newId: () => string
  private tickets = 0

  constructor(private readonly options: ArticleStoreOptions) {
    this.fs = options.fs ?? nodeFs
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? randomUUID
  }

  /** Real paths of the articles open in the renderer. */
  openPaths(): string[] {
    return [...this.docs.keys()]
  }

  async open(input: string): Promise<OpenedArticle> {
    const { real } = await this.options.resolve(input)
    const existing = this.docs.get(real)
    if (existing) return existing.queue.run(() => this.load(real, existing))
    return this.load(real, undefined)
  }

  private async load(real: string, existing: Doc | undefined): Promise<OpenedArticle> {
    const { bytes, parsed, stat } = await this.readArticle(real)
    const revision = sha256(bytes)
    const article = parsed.article
    const doc: Doc = existing ?? {
      real,
      id: article.id,
      base: article,
      revision,
      own: [],
      assets: new Map(),
      readOnly: parsed.readOnly,
      migratedFrom: parsed.migratedFrom,
      queue: new SerialQueue(),
      savedKey: null,
      unsavedKey: null,
      journalWrites: 0,
      conflict: null,
      seq: 0,
      latest: null,
      announced: null,
      stamp: null,
      assetBlock: null,
    }
    doc.id = article.id
    doc.base = article
    doc.revision = revision
    remember(doc.own, revision)
    for (const [key, asset] of Object.entries(article.assets)) doc.assets.set(key, asset)
    doc.readOnly = parsed.readOnly
    doc.migratedFrom = parsed.migratedFrom
    doc.savedKey = null
    doc.unsavedKey = null
    doc.conflict = null
    doc.announced = revision
    doc.stamp = stampOf(stat)
    this.docs.set(real, doc)
    return this.opened(doc, stat)
  }

  /** Reads and parses a file with the size limit checked before reading. */
  async readArticle(real: string): Promise<{ bytes: Buffer; parsed: ReturnType<typeof parseArticle>; stat: Stats }> {
    const name = path.basename(real)
    let stat: Stats
    try {
      stat = await this.fs.stat(real)
    } catch (error) {
      throw readFailed(error, name)
    }
    if (stat.isDirectory()) throw fail('NOT_A_FILE', `“${name}” is a folder, not an article. Nothing was changed.`)
    if (stat.size > MAX_FILE_BYTES) {
      throw fail('FILE_TOO_LARGE', `“${name}” is ${Math.round(stat.size / 1024 / 1024)} MB; Galley opens articles up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Nothing was changed.`)
    }
    let bytes: Buffer
    try {
      bytes = await this.fs.readFile(real)
    } catch (error) {
      throw readFailed(error, name)
    }
    return { bytes, parsed: parseArticle(bytes.toString('utf8')), stat }
  }

  private opened(doc: Doc, stat: Pick<Stats, 'size' | 'mtimeMs'>): OpenedArticle {
    const article = { ...doc.base, assets: Object.fromEntries(doc.assets) }
    return {
      path: doc.real,
      article,
      revision: doc.revision,
      readOnly: doc.readOnly,
      migratedFrom: doc.migratedFrom,
      summary: summarize(doc.base, { real: doc.real, rel: this.options.relOf(doc.real), stat }),
    }
  }

  private async doc(input: string): Promise<Doc> {
    let real: string
    try {
      ;({ real } = await this.options.resolve(input))
    } catch (error) {
      // An open article whose file someone deleted: its path passed the gate when it was opened, and
      // saving writes it again (nothing is lost). Anything else is refused as before.
      const known = this.docs.get(input)
      if (known && !(await this.exists(input))) return known
      throw error
    }
    const doc = this.docs.get(real)
    if (doc) return doc
    await this.open(real)
    return this.docs.get(real) as Doc
  }

  /**
   * Saves the renderer's content. Saves to one file run one at a time; a save still waiting when a
   * newer one arrives is skipped and answered with the newer one's result (the last edit wins).
   */
  async save(input: string, content: ArticleContent, baseRevision: string): Promise<SaveResult> {
    // The ticket is taken before anything is awaited: call order decides which edit is the last.
    const ticket = ++this.tickets
    const doc = await this.doc(input)
    // A save carries everything typed before it: journals written before this call are covered by it.
    const journalled = doc.journalWrites
    if (ticket > doc.seq) doc.seq = ticket
    const run = doc.queue.run(async () => (ticket === doc.seq ? this.write(doc, content, baseRevision, journalled) : SUPERSEDED))
    const result: Promise<SaveResult> = run.then((r) => (r === SUPERSEDED ? (doc.latest as Promise<SaveResult>) : r))
    if (ticket === doc.seq) doc.latest = result
    return result
  }

  private async write(doc: Doc, content: ArticleContent, baseRevision: string, journalled: number): Promise<SaveResult> {
    const name = path.basename(doc.real)
    if (doc.readOnly) throw fail('READ_ONLY', `${doc.readOnly} Use Save As to keep your changes in a new file.`)
    const now = this.now()
    const article = this.build(doc, content, now)
    const encoded = encodeArticle(article, doc.assetBlock)
    const bytes = encoded.pieces
    if (encoded.length > MAX_FILE_BYTES) {
      await this.keepInJournal(doc, content)
      throw fail('FILE_TOO_LARGE', `“${name}” would be larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, which Galley does not save. Remove some images; your edits are kept in Galley.`)
    }
    if (doc.conflict) return this.writeConflictCopy(doc, article, doc.conflict.diskRevision, doc.conflict.path)

    const snapshotDue = await this.options.history.due(doc.id, now).catch(() => false)
    let disk: Buffer | null = null
    let diskRevision: string | null
    if (!snapshotDue && (await this.untouched(doc))) {
      diskRevision = doc.revision
    } else {
      try {
        disk = await this.fs.readFile(doc.real)
      } catch (error) {
        if (!isNotFound(error)) {
          await this.keepInJournal(doc, content)
          throw saveFailed(error, name)
        }
        disk = null // deleted by someone else while open: writing it again loses nothing
      }
      diskRevision = disk ? sha256(disk) : null
    }
    if ((diskRevision !== null && diskRevision !== doc.revision) || !doc.own.includes(baseRevision)) {
      return this.writeConflictCopy(doc, article, diskRevision ?? doc.revision, null)
    }
    // The new revision and content key are computed while the bytes go to disk.
    let revision = ''
    let savedKey = ''
    const failure = await writeFileAtomic(doc.real, bytes, {
      fs: this.fs,
      whileWriting: async () => {
        revision = await sha256Yielding(bytes)
        savedKey = contentKey(content)
      },
    }).then(
      () => null,
      (error: unknown) => error,
    )
    if (revision === '') {
      revision = sha256(bytes)
      savedKey = contentKey(content)
    }
    if (failure !== null) {
      // A failure after the rename (fsync of the folder) leaves the new bytes in place: that is a save.
      const landed = await this.fs.readFile(doc.real).then((b) => sha256(b) === revision, () => false)
      if (!landed) {
        await this.keepInJournal(doc, content)
        throw saveFailed(failure, name)
      }
    }
    doc.assetBlock = encoded.block
    const previousHeadline = doc.base.meta.headline
    const previous = doc.base
    this.written(doc, article, revision, savedKey)
    if (snapshotDue && disk) await this.snapshotBytes(disk, previous.id)
    if (doc.journalWrites === journalled) {
      doc.unsavedKey = null
      await this.options.journal.clear(doc.id).catch(() => undefined)
    } else await this.options.journal.clearIfSaved(doc.id, savedKey).catch(() => undefined)
    const renamedFrom = await this.followHeadline(doc, previousHeadline).catch(() => null)
    const stat = await this.fs.stat(doc.real)
    doc.stamp = stampOf(stat)
    this.options.onWritten?.(doc.real, article, stat, renamedFrom)
    return { status: 'saved', path: doc.real, revision: doc.revision, modified: Math.round(stat.mtimeMs), renamedFrom }
  }

  /** The article the content would make, with the images added so far; nothing is written. */
  async compose(input: string, content: ArticleContent): Promise<Article> {
    return this.build(await this.doc(input), content, this.now())
  }

  private build(doc: Doc, content: ArticleContent, now: Date): Article {
    return {
      ...doc.base,
      version: CURRENT_VERSION,
      id: doc.id,
      meta: { ...content.meta, modified: now.toISOString() },
      layout: content.layout,
      body: content.body,
      assets: assetsFor(content.body, doc.assets),
    }
  }

  private written(doc: Doc, article: Article, revision: string, savedKey: string): void {
    doc.base = article
    doc.revision = revision
    remember(doc.own, revision)
    doc.savedKey = savedKey
    if (doc.unsavedKey === savedKey) doc.unsavedKey = null
    doc.announced = revision
    doc.migratedFrom = null
  }

  private async snapshotBytes(bytes: Buffer, articleId: string, reason: SnapshotReason = 'auto'): Promise<void> {
    try {
      const { article } = parseArticle(bytes.toString('utf8'))
      await this.options.history.snapshot(article.id === articleId ? article : { ...article, id: articleId }, reason)
    } catch {
      // History is a convenience: a snapshot that cannot be taken never blocks a save.
    }
  }

  private async keepInJournal(doc: Doc, content: ArticleContent): Promise<void> {
    doc.unsavedKey = contentKey(content)
    doc.journalWrites++
    const { meta, layout, body } = content
    await this.options.journal.write(doc.id, doc.real, { meta, layout, body }, doc.revision).catch(() => undefined)
  }

  /** Someone else changed the file: the user's version goes beside it, nothing is overwritten. */
  private async writeConflictCopy(doc: Doc, article: Article, diskRevision: string, existingCopy: string | null): Promise<SaveResult> {
    const name = fileBase(path.basename(doc.real))
    let copyPath = existingCopy
    let copyId = this.newId()
    if (copyPath) {
      const previous = await this.fs.readFile(copyPath, 'utf8').then((t) => parseArticle(t).article.id, () => null)
      if (previous) copyId = previous
    } else {
      const dir = path.dirname(doc.real)
      const unique = await uniqueName(conflictName(name, this.now()), (f) => this.exists(path.join(dir, f)))
      copyPath = path.join(dir, `${unique}${FILE_EXTENSION}`)
    }
    const copy: Article = { ...article, id: copyId }
    try {
      await writeFileAtomic(copyPath, serializeArticle(copy), { fs: this.fs })
    } catch (error) {
      await this.keepInJournal(doc, article)
      throw saveFailed(error, path.basename(doc.real))
    }
    const real = await this.fs.realpath(copyPath)
    if (this.options.relOf(real) === null) this.options.allow?.(real)
    doc.conflict = { path: real, diskRevision }
    this.options.onWritten?.(real, copy, await this.fs.stat(real), null)
    return {
      status: 'conflict',
      path: doc.real,
      conflictPath: real,
      diskRevision,
      message: `“${name}” was changed on disk by someone else while you were editing it. Nothing was overwritten: your version is kept as “${path.basename(real)}”. Compare them, or keep either one.`,
    }
  }

  /** A file still called Untitled (or named after its old headline) takes the name of its new headline. */
  private async followHeadline(doc: Doc, previousHeadline: string): Promise<string | null> {
    if (this.options.relOf(doc.real) === null) return null
    const name = fileBase(path.basename(doc.real))
    if (!isAutoName(name, previousHeadline)) return null
    const wanted = nameFromHeadline(doc.base.meta.headline)
    if (wanted === null || name === wanted || name.replace(/ \d+$/, '') === wanted) return null
    const dir = path.dirname(doc.real)
    const unique = await uniqueName(wanted, (f) => this.exists(path.join(dir, f)))
    const from = doc.real
    await this.moveDoc(doc, path.join(dir, `${unique}${FILE_EXTENSION}`))
    return from
  }

  /** Renames or moves an article file without ever replacing another file. */
  async moveFile(input: string, targetDir: string, targetName: string | null): Promise<{ from: string; to: string }> {
    const { real } = await this.options.resolve(input)
    const doc = this.docs.get(real)
    const move = async (from: string): Promise<{ from: string; to: string }> => {
      const base = targetName ?? fileBase(path.basename(from))
      const to = path.join(targetDir, `${base}${FILE_EXTENSION}`)
      if (to === from) return { from, to }
      if (await this.exists(to)) {
        // Only a change of letter case on a case-insensitive disk finds "itself" here.
        const same = await this.fs.realpath(to).then((r) => r === from, () => false)
        if (!same) throw fail('NAME_TAKEN', `There is already an article called “${base}” in that folder. Choose another name.`)
      }
      if (doc) await this.moveDoc(doc, to)
      else await this.rename(from, to)
      return { from, to }
    }
    return doc ? doc.queue.run(() => move(doc.real)) : move(real)
  }

  private async moveDoc(doc: Doc, to: string): Promise<void> {
    const clean = await this.untouched(doc)
    await this.rename(doc.real, to)
    const real = await this.fs.realpath(to)
    this.docs.delete(doc.real)
    doc.real = real
    this.docs.set(real, doc)
    // A rename moves ctime: re-stamp only a file nobody else had touched.
    doc.stamp = clean ? await this.fs.stat(real).then(stampOf, () => null) : null
    if (doc.unsavedKey !== null) {
      // The journal names the file: keep it pointing at the new name.
      const journalled = await this.options.journal.journals().then((all) => all.find((r) => r.id === doc.id)).catch(() => undefined)
      if (journalled) await this.options.journal.write(doc.id, real, journalled.content, journalled.baseRevision).catch(() => undefined)
    }
  }

  private async rename(from: string, to: string): Promise<void> {
    try {
      await this.fs.rename(from, to)
    } catch (error) {
      throw writeFailed(error, `move “${path.basename(from)}”`)
    }
  }

  /** Writes a brand-new article file (never over an existing one); returns its real path. */
  async create(dir: string, name: string, article: Article): Promise<string> {
    const unique = await uniqueName(name, (f) => this.exists(path.join(dir, f)))
    const target = path.join(dir, `${unique}${FILE_EXTENSION}`)
    const text = serializeArticle(article)
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw fail('FILE_TOO_LARGE', `This article would be larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, which Galley does not save.`)
    try {
      await writeFileAtomic(target, text, { fs: this.fs })
    } catch (error) {
      throw writeFailed(error, `create “${unique}”`)
    }
    const real = await this.fs.realpath(target)
    if (this.options.relOf(real) === null) this.options.allow?.(real)
    this.options.onWritten?.(real, article, await this.fs.stat(real), null)
    return real
  }

  /**
   * Replaces an open article's content on behalf of main (restore a version, accept a recovery),
   * taking a snapshot of what is on disk first. Conflict rules do not apply: the user chose this.
   */
  async replace(input: string, content: ArticleContent, extraAssets: readonly [string, Asset][], reason: SnapshotReason): Promise<OpenedArticle> {
    const doc = await this.doc(input)
    return doc.queue.run(async () => {
      if (doc.readOnly) throw fail('READ_ONLY', doc.readOnly)
      const disk = await this.fs.readFile(doc.real).catch(() => null)
      if (disk) await this.snapshotBytes(disk, doc.id, reason)
      for (const [key, asset] of extraAssets) doc.assets.set(key, asset)
      const article = this.build(doc, content, this.now())
      const bytes = Buffer.from(serializeArticle(article), 'utf8')
      try {
        await writeFileAtomic(doc.real, bytes, { fs: this.fs })
      } catch (error) {
        throw saveFailed(error, path.basename(doc.real))
      }
      this.written(doc, article, sha256(bytes), contentKey(content))
      doc.conflict = null
      // The window now shows what was written: edits it journalled before are not unsaved any more
      // (the journal goes too), so a later change by another program reloads it silently.
      doc.unsavedKey = null
      await this.options.journal.clear(doc.id).catch(() => undefined)
      const stat = await this.fs.stat(doc.real)
      doc.stamp = stampOf(stat)
      this.options.onWritten?.(doc.real, article, stat, null)
      return this.opened(doc, stat)
    })
  }

  /** Ends a conflict: keep my version (from the conflict copy) or theirs (the file); the copy goes. */
  async resolveConflict(input: string, conflictInput: string, keep: 'mine' | 'theirs'): Promise<OpenedArticle> {
    const doc = await this.doc(input)
    const { real: copyPath } = await this.options.resolve(conflictInput)
    if (copyPath === doc.real) throw fail('BAD_REQUEST', 'The conflict copy cannot be the article itself.')
    const { parsed } = await this.readArticle(copyPath)
    const mine = parsed.article
    let opened: OpenedArticle
    if (keep === 'mine') {
      doc.conflict = null
      opened = await this.replace(doc.real, mine, Object.entries(mine.assets), 'before-conflict')
    } else {
      await this.options.history.snapshot({ ...mine, id: doc.id }, 'before-conflict').catch(() => null)
      opened = await doc.queue.run(() => this.load(doc.real, doc))
      await this.options.journal.clear(doc.id).catch(() => undefined)
    }
    await this.fs.unlink(copyPath).catch(() => undefined)
    return opened
  }

  async addImage(input: string, image: NewImage): Promise<{ key: string; asset: Asset }> {
    const doc = await this.doc(input)
    const prepared = await prepareImage(image)
    doc.assets.set(prepared.key, prepared.asset)
    await this.options.journal.keepAsset(prepared.key, prepared.asset).catch(() => undefined)
    return prepared
  }

  /** Journals unsaved content (crash recovery); content equal to the saved file clears the journal. */
  async journal(input: string, content: ArticleContent, baseRevision: string): Promise<void> {
    const doc = await this.doc(input)
    const key = contentKey(content)
    if (key === savedKeyOf(doc)) {
      doc.unsavedKey = null
      await this.options.journal.clear(doc.id)
      return
    }
    doc.unsavedKey = key
    doc.journalWrites++
    await this.options.journal.write(doc.id, doc.real, content, doc.own.includes(baseRevision) ? baseRevision : doc.revision)
  }

  close(real: string): Promise<void> {
    const doc = this.docs.get(real)
    if (!doc) return Promise.resolve()
    return doc.queue.run(async () => {
      this.docs.delete(doc.real)
    })
  }

  /** Forgets an article that was moved to the trash or deleted. */
  forget(real: string): void {
    this.docs.delete(real)
  }

  isOpen(real: string): boolean {
    return this.docs.has(real)
  }

  /**
   * The watcher saw an open file change. Its own saves are recognised by their hash and ignored; a
   * change by someone else is announced once: reload silently when there are no unsaved edits.
   */
  async diskChanged(real: string): Promise<void> {
    const doc = this.docs.get(real)
    if (!doc) return
    await doc.queue.run(async () => {
      if (this.docs.get(real) !== doc) return
      let bytes: Buffer
      try {
        bytes = await this.fs.readFile(doc.real)
      } catch (error) {
        if (!isNotFound(error) || doc.announced === 'deleted') return
        doc.announced = 'deleted'
        this.options.onArticleChanged?.({ path: doc.real, kind: 'deleted', reload: false })
        return
      }
      const revision = sha256(bytes)
      if (revision === doc.revision || revision === doc.announced) return
      doc.announced = revision
      const reload = doc.unsavedKey === null && doc.conflict === null
      this.options.onArticleChanged?.({ path: doc.real, kind: 'changed', reload, revision })
    })
  }

  /** Resolves once every queued save has finished. */
  async idle(): Promise<void> {
    await Promise.all([...this.docs.values()].map((d) => d.queue.idle()))
  }

  /**
   * True when the file is exactly as this store last wrote or read it: same inode, size, mtime and
   * ctime. Any write by anyone moves ctime (it cannot be set back), so the bytes need not be read and
   * hashed again. File systems with whole-second times (FAT, some network disks) always get the hash.
   */
  private async untouched(doc: Doc): Promise<boolean> {
    const stamp = doc.stamp
    if (!stamp || Number.isInteger(stamp.ctimeMs / 1000)) return false
    const now = await this.fs.stat(doc.real).catch(() => null)
    return now !== null && now.ino === stamp.ino && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs && now.ctimeMs === stamp.ctimeMs
  }

  private async exists(file: string): Promise<boolean> {
    try {
      await this.fs.lstat(file)
      return true
    } catch (error) {
      if (isNotFound(error)) return false
      throw fail('READ_FAILED', `Galley could not check the folder (${errnoOf(error) ?? 'error'}).`)
    }
  }
}

function remember(list: string[], revision: string): void {
  if (!list.includes(revision)) list.push(revision)
  if (list.length > OWN_REVISIONS) list.splice(0, list.length - OWN_REVISIONS)
}
