// Files the operating system hands Galley — on the command line of the first launch, from a second
// launch (`second-instance`), from the Finder (`open-file`, even before the app is ready), or dropped
// on the window or the dock — all go through `OpenFileRouter`: one window per file at most (the
// window already showing it is focused), otherwise the article opens in a window of its own.
import * as path from 'node:path'

export const ARTICLE_EXTENSION = '.galley'

export interface ArgvContext {
  /** Where the launch happened; relative paths are resolved against it. */
  readonly cwd: string
  /** `process.defaultApp`: run as `electron .` in development, so argv[1] is the app folder. */
  readonly defaultApp: boolean
}

/**
 * The `.galley` paths in a command line, absolute, once each, in order. Skips the executable (and
 * the app folder when run by `electron .`), switches (`--flag`, macOS's `-psn_0_123`), and anything
 * Chromium appended after `--`-style switches.
 */
export function articlePathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const args = argv.slice(context.defaultApp ? 2 : 1)
  const out: string[] = []
  for (const raw of args) {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096 || raw.includes('\0')) continue
    if (raw.startsWith('-')) continue
    let candidate = raw
    if (/^file:\/\//i.test(candidate)) {
      try {
        candidate = decodeURIComponent(new URL(candidate).pathname)
        if (/^\/[A-Za-z]:\//.test(candidate)) candidate = candidate.slice(1)
      } catch {
        continue
      }
    }
    if (!isArticlePath(candidate)) continue
    const absolute = path.resolve(context.cwd, candidate)
    if (!out.includes(absolute)) out.push(absolute)
  }
  return out
}

export function isArticlePath(p: string): boolean {
  return p.toLowerCase().endsWith(ARTICLE_EXTENSION) && path.basename(p).length > ARTICLE_EXTENSION.length
}

/** Compares two file paths the way the platform's usual file systems do (case-insensitive on Windows and macOS). */
export function samePath(a: string, b: string, platform: string): boolean {
  if (platform === 'win32' || platform === 'darwin') return a.toLowerCase() === b.toLowerCase()
  return a === b
}

/** What the router needs from the window system; the Electron shell implements it. */
export interface WindowSystem {
  /** Resolves symlinks and the file's real case; rejects when the file is missing or unreadable. */
  realpath(p: string): Promise<string>
  /** Windows and the article each shows (null: the library only; a window still loading counts as its file). */
  windows(): readonly { readonly id: number; readonly articlePath: string | null }[]
  focusedWindowId(): number | null
  focus(id: number): void
  /** Hands the path to an open window (`onOpenFile`, or queued until the window asks for it). */
  sendOpen(id: number, path: string): void
  /** A new window that will open `path` as soon as it has loaded. */
  openWindowFor(path: string): Promise<number>
  /** Remembers the file for the OS's recent list (and the in-app one). */
  addRecent(path: string): void
  /** Tells the user a file could not be opened (a sentence; nothing is changed). */
  reportProblem(message: string, path: string): void
}

export type OpenOutcome =
  | { readonly kind: 'focused'; readonly windowId: number; readonly path: string }
  | { readonly kind: 'sent'; readonly windowId: number; readonly path: string }
  | { readonly kind: 'new-window'; readonly windowId: number; readonly path: string }
  | { readonly kind: 'refused'; readonly path: string; readonly reason: 'not-an-article' | 'missing' }
  | { readonly kind: 'queued'; readonly path: string }

export class OpenFileRouter {
  private ready = false
  private readonly early: string[] = []

  constructor(
    private readonly system: WindowSystem,
    private readonly platform: string,
  ) {}

  /** Files that arrived before the app was ready (macOS `open-file` at launch) are opened now. */
  async markReady(): Promise<OpenOutcome[]> {
    this.ready = true
    const queued = this.early.splice(0)
    const out: OpenOutcome[] = []
    for (const p of queued) out.push(await this.open(p))
    return out
  }

  get isReady(): boolean {
    return this.ready
  }

  /** Paths from a command line (first launch or `second-instance`). */
  async openFromArgv(argv: readonly string[], context: ArgvContext): Promise<OpenOutcome[]> {
    const out: OpenOutcome[] = []
    for (const p of articlePathsFromArgv(argv, context)) out.push(await this.open(p))
    return out
  }

  /**
   * One file. With `preferWindow` (a drop on that window), a window showing only the library takes
   * the article instead of a new window opening.
   */
  async open(rawPath: string, options: { preferWindow?: number } = {}): Promise<OpenOutcome> {
    if (!isArticlePath(rawPath)) {
      this.system.reportProblem('Galley opens only Galley articles (.galley files). Use File › Import for other documents.', rawPath)
      return { kind: 'refused', path: rawPath, reason: 'not-an-article' }
    }
    if (!this.ready) {
      if (!this.early.includes(rawPath)) this.early.push(rawPath)
      return { kind: 'queued', path: rawPath }
    }
    let real: string
    try {
      real = await this.system.realpath(rawPath)
    } catch {
      this.system.reportProblem('This article could not be found. It may have been moved, renamed or deleted.', rawPath)
      return { kind: 'refused', path: rawPath, reason: 'missing' }
    }
    this.system.addRecent(real)
    const windows = this.system.windows()
    const showing = windows.find((w) => w.articlePath !== null && samePath(w.articlePath, real, this.platform))
    if (showing) {
      this.system.focus(showing.id)
      return { kind: 'focused', windowId: showing.id, path: real }
    }
    const preferred = options.preferWindow ?? this.system.focusedWindowId()
    const empty = windows.find((w) => w.id === preferred && w.articlePath === null)
    if (empty) {
      this.system.sendOpen(empty.id, real)
      this.system.focus(empty.id)
      return { kind: 'sent', windowId: empty.id, path: real }
    }
    const id = await this.system.openWindowFor(real)
    return { kind: 'new-window', windowId: id, path: real }
  }
}
