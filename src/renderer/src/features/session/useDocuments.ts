// The window's article, from open to close: which file it shows (claimed with main first, so no file
// is edited in two windows), creating from a template, files the OS hands over, the flush before the
// window closes or the app quits, changes other programs make to the file, conflicts, history
// restores and crash recovery. One operation at a time: opening never races a restore.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { PendingRecovery } from '../../../../shared/ipc/history'
import type { ArticleSummary, OpenedArticle } from '../../../../shared/ipc/library'
import type { Language } from '../../../../shared/article/languages'
import type { Settings } from '../../../../shared/ipc/settings'
import { HostSession, type SessionHost } from '../../document/HostSession'
import { host, isHostFailure, onHostEvent } from '../../host'
import { defaultTemplate, rememberTemplate, rememberWindowArticle, windowArticle, WindowStateSync } from './windowState'

const sessionHost: SessionHost = {
  save: (path, content, base) => host.library.save(path, content, base),
  journal: (path, content, base) => host.recovery.write(path, content, base),
  addImage: (path, image) => host.library.addImage(path, image),
}

/** What the window offers other features: the template picker calls `createFromTemplate`. */
export interface DocumentsApi {
  /** Opens an article in this window (the library, the start page, a recovered or OS file). */
  open(path: string): Promise<boolean>
  /** A new article file from a template (in a desk folder, in a language), opened here. */
  createFromTemplate(templateId: string, choice?: NewArticleChoice): Promise<boolean>
  /** The template "New article" uses without a picker. */
  defaultTemplate(): string
  /** Shows the template picker; the article it makes goes into `folder` (a desk) when given. */
  chooseTemplate(folder?: string): void
  /** Saves and closes the article; the window shows the library. False when it could not be saved. */
  close(): Promise<boolean>
  /** File › Open… (the same path as the menu). */
  openFromDisk(): void
  /**
   * Renames or moves an article's file (from the library). When it is the open article, its saves
   * wait for the move and then follow the file to its new place.
   */
  relocate(path: string, move: () => Promise<ArticleSummary>): Promise<ArticleSummary>
  /** Before trashing an article: closes it here if it is the open one. */
  release(path: string): Promise<boolean>
  /** Replaces the open article with what main wrote (a restore, a recovery, a conflict resolution). */
  show(opened: OpenedArticle): void
}

/** Where a new article goes and what it is written in; the library's defaults when left out. */
export interface NewArticleChoice {
  readonly folder?: string | undefined
  readonly language?: Language | undefined
}

/** A problem with the file that the user should decide about (shown above the text). */
export type DiskNotice = { readonly kind: 'deleted'; readonly path: string } | null

export interface Documents extends Omit<DocumentsApi, 'chooseTemplate'> {
  readonly session: HostSession | null
  /** Changes whenever a different article (or a reloaded one) is shown: the editor starts afresh. */
  readonly generation: number
  /** The article shown was just made from a template: the caret goes to its first empty field. */
  readonly fresh: boolean
  /** The first article (files from the OS, a reload) has been looked for. */
  readonly started: boolean
  readonly recoveries: readonly PendingRecovery[]
  dismissRecovery(id: string): void
  readonly conflictShown: boolean
  showConflict(shown: boolean): void
  readonly diskNotice: DiskNotice
  dismissDiskNotice(): void
  /** Ends a conflict: my version into the file (theirs to history), or theirs into the window (mine to history). */
  resolveConflict(keep: 'mine' | 'theirs'): Promise<void>
  /** Runs `task` on the open article with its saves held, one operation at a time. */
  withSession<T>(task: (session: HostSession) => Promise<T>): Promise<T | undefined>
  readonly windowState: WindowStateSync
}

export const DocumentsContext = createContext<DocumentsApi | null>(null)

/** The window's documents, for features such as the template picker and the library. */
export function useDocumentsApi(): DocumentsApi {
  const api = useContext(DocumentsContext)
  if (!api) throw new Error('Galley: documents missing (render inside <DocumentsContext.Provider>)')
  return api
}

export function samePath(a: string, b: string): boolean {
  return a === b
}

function messageOf(error: unknown, fallback: string): string {
  return isHostFailure(error) ? error.message : fallback
}

/**
 * `beforeShow` runs when another article replaces the one shown, before the window draws it: the
 * editor loads the new text there, so the window lays out and paints once.
 */
export function useDocuments(settings: Settings, notify: (message: string) => void, beforeShow?: (session: HostSession) => void): Documents {
  const [view, setView] = useState<{ session: HostSession | null; generation: number; fresh: boolean }>({ session: null, generation: 0, fresh: false })
  const [started, setStarted] = useState(false)
  const [recoveries, setRecoveries] = useState<readonly PendingRecovery[]>([])
  const [conflictShown, setConflictShown] = useState(false)
  const [diskNotice, setDiskNotice] = useState<DiskNotice>(null)
  const current = useRef<HostSession | null>(null)
  const operations = useRef<Promise<unknown>>(Promise.resolve())
  const windowState = useMemo(() => new WindowStateSync(), [])
  const timing = useRef({ autosave: settings.autosave, autosaveDelayMs: settings.autosaveDelayMs })
  const notifyRef = useRef(notify)
  const beforeShowRef = useRef(beforeShow)
  useEffect(() => {
    notifyRef.current = notify
    beforeShowRef.current = beforeShow
  })

  useEffect(() => {
    timing.current = { autosave: settings.autosave, autosaveDelayMs: settings.autosaveDelayMs }
    current.current?.configure(timing.current)
  }, [settings.autosave, settings.autosaveDelayMs])

  /** One operation on the window's article at a time. */
  const serialize = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const run = operations.current.then(task)
    operations.current = run.catch(() => undefined)
    return run
  }, [])

  const present = useCallback(
    (opened: OpenedArticle, fresh: boolean): void => {
      const previous = current.current
      const next = new HostSession(opened, sessionHost, timing.current)
      current.current = next
      if (previous) {
        previous.dispose()
        // Main stops tracking a file this window no longer shows.
        if (!samePath(previous.path, opened.path)) void host.library.close(previous.path).catch(() => undefined)
      }
      next.subscribeStatus(() => {
        if (current.current !== next) return
        const status = next.getStatus()
        rememberWindowArticle(status.path)
        void windowState.send({ articlePath: status.path })
        if (status.save.kind === 'conflict') setConflictShown(true)
      })
      rememberWindowArticle(opened.path)
      void windowState.send({ articlePath: opened.path, readOnly: opened.readOnly !== null })
      if (previous) beforeShowRef.current?.(next)
      const draw = (): void => {
        setDiskNotice(null)
        setConflictShown(false)
        setView((v) => ({ session: next, generation: v.generation + 1, fresh }))
      }
      // Drawn, with the effects that load the text (LoadPlugin), in this task: the article is editable
      // a frame sooner. A new article is drawn with the caller's next update instead, which closes the
      // template picker: while that modal is open the window is inert, and its first field could not
      // take the caret.
      if (fresh) draw()
      else flushSync(draw)
      if (opened.migratedFrom !== null && !opened.readOnly) notifyRef.current('This article was written by an older version of Galley. It is saved in the current format from now on.')
    },
    [windowState],
  )
  const show = useCallback((opened: OpenedArticle): void => present(opened, false), [present])

  /** Saves the open article before the window shows another; false (and the user told why) when it cannot be left. */
  const leave = useCallback(async (): Promise<boolean> => {
    const session = current.current
    if (!session) return true
    const outcome = await session.flush()
    if (outcome.status === 'failed') {
      notifyRef.current(`This article stays open because it could not be saved: ${outcome.message}`)
      return false
    }
    if (outcome.status === 'conflict') {
      setConflictShown(true)
      notifyRef.current('Decide which version of this article to keep before opening another one.')
      return false
    }
    return true
  }, [])

  /** After a refused switch, main learns again what the window really shows. */
  const reclaim = useCallback(() => void windowState.send({ articlePath: current.current?.path ?? null }, true), [windowState])

  const open = useCallback(
    (path: string): Promise<boolean> =>
      serialize(async () => {
        const session = current.current
        if (session && samePath(session.path, path)) return true
        if (!(await leave())) {
          reclaim()
          return false
        }
        try {
          const answer = await windowState.openArticle(path)
          if (answer.openElsewhere) {
            notifyRef.current('That article is already open in another window.')
            return false
          }
          show(answer.opened)
          return true
        } catch (error) {
          notifyRef.current(messageOf(error, 'This article could not be opened.'))
          reclaim()
          return false
        }
      }),
    [serialize, leave, show, reclaim, windowState],
  )

  const createFromTemplate = useCallback(
    (templateId: string, choice: NewArticleChoice = {}): Promise<boolean> =>
      serialize(async () => {
        if (!(await leave())) return false
        try {
          const opened = await host.library.create({
            templateId,
            ...(choice.folder ? { folder: choice.folder } : {}),
            ...(choice.language ? { meta: { language: choice.language } } : {}),
          })
          rememberTemplate(templateId)
          present(opened, true)
          return true
        } catch (error) {
          notifyRef.current(messageOf(error, 'The new article could not be created.'))
          return false
        }
      }),
    [serialize, leave, present],
  )

  const close = useCallback(
    (): Promise<boolean> =>
      serialize(async () => {
        const session = current.current
        if (!session) return true
        if (!(await leave())) return false
        current.current = null
        session.dispose()
        void host.library.close(session.path).catch(() => undefined)
        rememberWindowArticle(null)
        void windowState.send({ articlePath: null, title: '', readOnly: false })
        setDiskNotice(null)
        setView((v) => ({ session: null, generation: v.generation + 1, fresh: false }))
        return true
      }),
    [serialize, leave, windowState],
  )

  const withSession = useCallback(
    <T,>(task: (session: HostSession) => Promise<T>): Promise<T | undefined> =>
      serialize(async () => {
        const session = current.current
        if (!session) return undefined
        return session.hold(() => task(session))
      }),
    [serialize],
  )

  const resolveConflict = useCallback(
    async (keep: 'mine' | 'theirs'): Promise<void> => {
      const session = current.current
      if (!session) return
      // The copy gets the very latest words before it replaces the file.
      if (keep === 'mine') await session.saveNow()
      try {
        await withSession(async (s) => {
          const state = s.getStatus().save
          if (s !== session || state.kind !== 'conflict') return
          const opened = await host.library.resolveConflict(s.path, state.conflictPath, keep)
          if (keep === 'mine') s.adopt(opened)
          else show(opened)
        })
        setConflictShown(false)
        notifyRef.current(keep === 'mine' ? 'Your version is in the file now; the other one is kept in the history.' : 'The other version is open now; yours is kept in the history.')
      } catch (error) {
        notifyRef.current(messageOf(error, 'The conflict could not be resolved. Both versions are still on disk.'))
      }
    },
    [withSession, show],
  )

  const relocate = useCallback(
    async (path: string, move: () => Promise<ArticleSummary>): Promise<ArticleSummary> => {
      const session = current.current
      if (!session || !samePath(session.path, path)) return move()
      // Edits so far reach the file before it moves; later ones are saved at its new place.
      await session.saveNow()
      let moved: ArticleSummary | undefined
      await withSession(async (s) => {
        moved = await move()
        s.moved(moved.path)
      })
      return moved ?? move()
    },
    [withSession],
  )

  const release = useCallback(async (path: string): Promise<boolean> => {
    const session = current.current
    if (!session || !samePath(session.path, path)) return true
    return close()
  }, [close])

  const openFromDisk = useCallback(() => {
    void host.desktop.runCommand('file.open').catch((error: unknown) => notifyRef.current(messageOf(error, 'The Open dialog could not be shown.')))
  }, [])

  // Files from the OS, the flush handshake, and changes other programs make to the open file.
  useEffect(() => {
    const offOpen = onHostEvent('onOpenFile', ({ path }) => void open(path))
    const offFlush = onHostEvent('onFlushRequest', ({ requestId }) => {
      const session = current.current
      void (session ? session.flush() : Promise.resolve({ status: 'nothing' as const })).then((outcome) => {
        if (outcome.status === 'conflict') setConflictShown(true)
        return host.desktop.flushed(requestId, outcome)
      }).catch(() => undefined)
    })
    const offChanged = onHostEvent('onArticleChanged', ({ path, kind }) => {
      const session = current.current
      if (!session || !samePath(session.path, path)) return
      if (kind === 'deleted') {
        setDiskNotice({ kind: 'deleted', path })
        return
      }
      if (session.dirty || session.getStatus().save.kind === 'conflict') {
        // My edits against theirs: the save finds the conflict and the user chooses.
        void session.saveNow()
        return
      }
      // No edits here: take their version quietly.
      void serialize(async () => {
        if (current.current !== session) return
        try {
          const opened = await host.library.open(path)
          if (current.current === session && !session.dirty) show(opened)
          else void session.saveNow()
        } catch {
          // Unreadable right now (still being written): the next change event tries again.
        }
      })
    })
    return () => {
      offOpen()
      offFlush()
      offChanged()
    }
  }, [open, serialize, show])

  // At start: files the OS asked this window to open, or the article it showed before a reload; then
  // the words a crash left unsaved.
  const startedOnce = useRef(false)
  useEffect(() => {
    if (startedOnce.current) return
    startedOnce.current = true
    void (async () => {
      const pending = await host.desktop.takePendingFiles().catch(() => [] as readonly string[])
      const remembered = windowArticle()
      const first = pending[0] ?? remembered
      if (pending.length > 1) void host.desktop.openFiles(pending.slice(1)).catch(() => undefined)
      if (first && !(await open(first)) && first === remembered) rememberWindowArticle(null)
      setStarted(true)
      const found = await host.recovery.pending().catch(() => [] as readonly PendingRecovery[])
      if (found.length > 0) setRecoveries(found)
    })()
  }, [open])

  // Before the page goes away without main asking (a reload in a browser, a crash of the shell), a
  // last try; main's flush handshake is what makes closing safe.
  useEffect(() => {
    const onHide = (): void => void current.current?.flush()
    window.addEventListener('pagehide', onHide)
    return () => window.removeEventListener('pagehide', onHide)
  }, [])

  return {
    session: view.session,
    generation: view.generation,
    fresh: view.fresh,
    started,
    recoveries,
    dismissRecovery: useCallback((id: string) => setRecoveries((list) => list.filter((r) => r.id !== id)), []),
    conflictShown,
    showConflict: setConflictShown,
    diskNotice,
    dismissDiskNotice: useCallback(() => setDiskNotice(null), []),
    withSession,
    resolveConflict,
    windowState,
    open,
    createFromTemplate,
    defaultTemplate,
    close,
    openFromDisk,
    relocate,
    release,
    show,
  }
}
