// A DocumentSession whose article is a file in the library (or one the user opened from disk). It
// saves about a second after typing pauses, keeps the recovery journal at most a second behind the
// typing in between, never saves a read-only article, and says plainly how the last save went. Saves
// run one at a time; a conflict or a failure never loses the edits (they stay here, in the journal,
// and for a conflict in the copy main keeps beside the file).
import type { Asset } from '../../../shared/article/assets'
import { GalleyError } from '../../../shared/ipc/errors'
import type { FlushOutcome } from '../../../shared/ipc/desktop'
import type { ArticleContent, NewImage, OpenedArticle, SaveResult } from '../../../shared/ipc/library'
import { checkImageSize, toBase64 } from './bytes'
import type { AddedImage, NewImageInput } from './DocumentSession'
import { SessionCore } from './SessionCore'

/** The host calls a session makes (the host API in the window; fakes in tests). */
export interface SessionHost {
  save(path: string, content: ArticleContent, baseRevision: string): Promise<SaveResult>
  journal(path: string, content: ArticleContent, baseRevision: string): Promise<void>
  addImage(path: string, image: NewImage): Promise<{ readonly key: string; readonly asset: Asset }>
}

export interface SaveTiming {
  readonly autosave: boolean
  /** Quiet time after the last edit before an autosave. */
  readonly autosaveDelayMs: number
}

export interface SessionTiming extends SaveTiming {
  /** The journal is never further behind the typing than this. */
  readonly journalDelayMs?: number
  /** A failed save is tried again after this long (autosave on). */
  readonly retryDelayMs?: number
}

export const JOURNAL_DELAY_MS = 1000
export const RETRY_DELAY_MS = 10_000

export type SaveState =
  /** Everything is in the file; `at` is the file's time when this session saved it. */
  | { readonly kind: 'saved'; readonly at: number | null }
  /** Edits wait for the next save. */
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Someone else changed the file; the edits go to `conflictPath` until the user decides. */
  | { readonly kind: 'conflict'; readonly message: string; readonly conflictPath: string }
  | { readonly kind: 'read-only'; readonly message: string }

export interface SessionStatus {
  /** Where the article is now (a rename from the headline moves it). */
  readonly path: string
  readonly save: SaveState
}

type Timer = 'autosave' | 'journal' | 'retry'

export class HostSession extends SessionCore {
  private status: SessionStatus
  private revision: string
  private timing: Required<SessionTiming>
  /** Edits counted as they happen; a save or journal write covers every edit up to the count it read. */
  private edits = 0
  private savedEdits = 0
  private journaledEdits = 0
  /** Edits covered by the save in flight, if any. */
  private savingEdits = -1
  private chain: Promise<unknown> = Promise.resolve()
  private readonly timers = new Map<Timer, ReturnType<typeof setTimeout>>()
  private readonly statusListeners = new Set<() => void>()
  private disposed = false

  constructor(
    opened: OpenedArticle,
    private readonly host: SessionHost,
    timing: SessionTiming,
  ) {
    super(opened.article, opened.readOnly)
    this.revision = opened.revision
    this.timing = { journalDelayMs: JOURNAL_DELAY_MS, retryDelayMs: RETRY_DELAY_MS, ...timing }
    this.status = { path: opened.path, save: opened.readOnly ? { kind: 'read-only', message: opened.readOnly } : { kind: 'saved', at: opened.summary.modified } }
  }

  get path(): string {
    return this.status.path
  }

  /** True while some edit has not reached the file (or its conflict copy). */
  get dirty(): boolean {
    return this.edits > this.savedEdits
  }

  getStatus(): SessionStatus {
    return this.status
  }

  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  /** New autosave settings from the preferences. */
  configure(timing: SaveTiming): void {
    this.timing = { ...this.timing, ...timing }
    if (!timing.autosave) this.clear('autosave')
    else if (this.dirty) this.schedule('autosave', this.timing.autosaveDelayMs, () => void this.saveNow())
  }

  protected edited(): void {
    if (this.disposed) return
    this.edits++
    if (this.status.save.kind === 'saved') this.setStatus({ save: { kind: 'unsaved' } })
    if (this.timing.autosave) this.schedule('autosave', this.timing.autosaveDelayMs, () => void this.saveNow(), true)
    this.schedule('journal', this.timing.journalDelayMs, () => void this.writeJournal())
  }

  /** Saves what is not saved yet, after any save already running. */
  saveNow(): Promise<FlushOutcome> {
    this.clear('autosave')
    const run = this.chain.then(() => this.saveOnce())
    this.chain = run.catch(() => undefined)
    return run
  }

  /** Writes the article again with no new edits (its file was deleted under the window). */
  rewrite(): Promise<FlushOutcome> {
    if (this.readOnly || this.disposed) return Promise.resolve({ status: 'nothing' })
    this.edits++
    return this.saveNow()
  }

  /** Before the window closes or the app quits: every edit to the file, and how it went. */
  flush(): Promise<FlushOutcome> {
    if (this.readOnly) return Promise.resolve({ status: 'nothing' })
    this.clear('journal')
    this.clear('retry')
    return this.saveNow()
  }

  /**
   * Runs `task` with no save in flight and none starting until it ends (resolving a conflict, a
   * rename): saves asked for meanwhile run afterwards.
   */
  hold<T>(task: () => Promise<T>): Promise<T> {
    this.clear('autosave')
    const run = this.chain.then(task)
    this.chain = run.catch(() => undefined)
    return run.finally(() => {
      if (this.dirty && this.timing.autosave) this.schedule('autosave', this.timing.autosaveDelayMs, () => void this.saveNow(), true)
    })
  }

  /** The file is now `opened` (after keeping my version in a conflict): its revision and place. */
  adopt(opened: Pick<OpenedArticle, 'path' | 'revision'> & { readonly summary: { readonly modified: number } }): void {
    this.revision = opened.revision
    this.setStatus({ path: opened.path, save: this.dirty ? { kind: 'unsaved' } : { kind: 'saved', at: opened.summary.modified } })
  }

  /** The file was renamed or moved (from the library): later saves go there. */
  moved(path: string): void {
    if (path !== this.status.path) this.setStatus({ path })
  }

  dispose(): void {
    this.disposed = true
    for (const timer of this.timers.keys()) this.clear(timer)
    this.statusListeners.clear()
  }

  async addImage(image: NewImageInput): Promise<AddedImage> {
    if (this.readOnly) throw new GalleyError('READ_ONLY', this.readOnly)
    checkImageSize(image.bytes)
    const added = await this.host.addImage(this.path, { mime: image.mime, data: toBase64(image.bytes), ...(image.name ? { name: image.name.slice(0, 300) } : {}) })
    return this.keepAsset(added.key, added.asset)
  }

  private async saveOnce(): Promise<FlushOutcome> {
    if (this.disposed || this.readOnly) return { status: 'nothing' }
    const upTo = this.edits
    const before = this.status.save
    if (upTo === this.savedEdits) {
      return before.kind === 'conflict' ? { status: 'conflict', message: before.message, conflictPath: before.conflictPath } : { status: 'nothing' }
    }
    // A conflict stays in view while the copy is updated; anything else shows the save.
    if (before.kind !== 'conflict') this.setStatus({ save: { kind: 'saving' } })
    this.savingEdits = upTo
    let result: SaveResult
    try {
      result = await this.host.save(this.path, this.current(), this.revision)
    } catch (error) {
      this.savingEdits = -1
      const message = failureMessage(error)
      if (!this.disposed) {
        this.setStatus({ save: { kind: 'failed', message } })
        if (this.timing.autosave) this.schedule('retry', this.timing.retryDelayMs, () => void this.saveNow())
      }
      return { status: 'failed', message }
    }
    this.savingEdits = -1
    this.clear('retry')
    this.savedEdits = Math.max(this.savedEdits, upTo)
    this.journaledEdits = Math.max(this.journaledEdits, upTo)
    if (result.status === 'conflict') {
      this.setStatus({ save: { kind: 'conflict', message: result.message, conflictPath: result.conflictPath } })
      return { status: 'conflict', message: result.message, conflictPath: result.conflictPath }
    }
    this.revision = result.revision
    if (this.edits === upTo) this.clear('journal')
    this.setStatus({ path: result.path, save: this.edits === upTo ? { kind: 'saved', at: result.modified } : { kind: 'unsaved' } })
    return { status: 'saved' }
  }

  private async writeJournal(): Promise<void> {
    if (this.disposed || this.readOnly) return
    const upTo = this.edits
    if (upTo <= Math.max(this.journaledEdits, this.savedEdits, this.savingEdits)) return
    const previous = this.journaledEdits
    this.journaledEdits = upTo
    try {
      await this.host.journal(this.path, this.current(), this.revision)
    } catch {
      // The journal is a safety net; the next edit tries again, and the save reports real trouble.
      this.journaledEdits = Math.min(this.journaledEdits, previous)
    }
  }

  /** `restart`: a later call moves the timer (autosave waits for a pause); otherwise the first one stands. */
  private schedule(timer: Timer, ms: number, run: () => void, restart = false): void {
    if (this.disposed) return
    if (this.timers.has(timer)) {
      if (!restart) return
      clearTimeout(this.timers.get(timer))
    }
    this.timers.set(
      timer,
      setTimeout(() => {
        this.timers.delete(timer)
        run()
      }, ms),
    )
  }

  private clear(timer: Timer): void {
    const id = this.timers.get(timer)
    if (id === undefined) return
    clearTimeout(id)
    this.timers.delete(timer)
  }

  private setStatus(patch: Partial<SessionStatus>): void {
    const next = { ...this.status, ...patch }
    if (next.path === this.status.path && sameSave(next.save, this.status.save)) return
    this.status = next
    for (const listener of [...this.statusListeners]) listener()
  }
}

function sameSave(a: SaveState, b: SaveState): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function failureMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  if (error instanceof Error && typeof message === 'string' && 'code' in error && message) return message
  return 'Galley could not reach the file to save it. Your edits are kept in this window; it will try again.'
}
