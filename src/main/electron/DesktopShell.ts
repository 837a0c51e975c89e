// The desktop as Electron shows it: Galley's windows (one per article at most), the application
// menu rebuilt from the focused window's state, native context menus and dialogs, files from the OS,
// and the close/quit handshake. Decisions live in ../desktop/ (pure, tested); this file wires them.
import { BrowserWindow, Menu, app, dialog, shell } from 'electron'
import { commandById, defaultAppState, type AppState, type CommandId, type MainCommandId } from '../../shared/commands/catalog'
import { eventChannels } from '../../shared/ipc/channels'
import type { HostEvents } from '../../shared/ipc/contract'
import type { ContextMenuChoice, ContextMenuRequest, FlushOutcome, WindowStatePatch } from '../../shared/ipc/desktop'
import { editorContextMenu, libraryContextMenu } from '../desktop/contextMenus'
import type { DesktopPort } from '../desktop/DesktopPort'
import { FlushBroker } from '../desktop/FlushBroker'
import { createMainCommandHandlers, type MainCommandHandlers } from '../desktop/mainCommands'
import { OpenFileRouter } from '../desktop/openFiles'
import { QuitCoordinator, type CloseQuestion } from '../desktop/QuitCoordinator'
import { WindowRegistry } from '../desktop/WindowRegistry'
import type { Logger } from '../services/log/Logger'
import type { SettingsService } from '../services/SettingsService'
import type { WindowStateStore } from '../services/WindowStateStore'
import { popupContextMenu } from './contextMenu'
import { buildMenuTemplate } from './policy/menuTemplate'
import { createMainWindow } from './windows'

/** How long a window may take to save before the user is asked (a slow network drive, a big image). */
export const FLUSH_TIMEOUT_MS = 15_000
/** At logout or shutdown the OS waits only briefly. */
export const SESSION_END_TIMEOUT_MS = 4_000

export interface DesktopShellOptions {
  readonly platform: string
  readonly url: string
  readonly preloadPath: string
  readonly iconPath?: string
  readonly windowState: WindowStateStore
  readonly settings: SettingsService
  readonly logger: Logger
  readonly logFile: string
  readonly userDataDir: string
  readonly libraryDir: () => Promise<string>
  readonly isDevelopment: boolean
  /** Shuts the container's services down (after every window has flushed). */
  readonly disposeServices: () => Promise<void>
  /** The library's recent articles; `admit` lets a file from the OS through the library's path gate. */
  readonly recent: RecentArticles
}

/** What the shell needs of the library's recent list (LibraryService in the app). */
export interface RecentArticles {
  list(): Promise<readonly { readonly path: string; readonly title: string }[]>
  /** The file's real path, now allowed to open and first in the recent list; rejects when it cannot be read. */
  admit(file: string): Promise<string>
  clear(): Promise<void>
}

export class DesktopShell implements DesktopPort {
  readonly registry: WindowRegistry
  readonly broker: FlushBroker
  readonly router: OpenFileRouter
  readonly quit: QuitCoordinator
  private readonly windows = new Map<number, BrowserWindow>()
  private readonly commands: MainCommandHandlers
  private readonly logger: Logger
  private menuQueued = false
  private spellCheck = true
  private zoom = 1

  constructor(private readonly options: DesktopShellOptions) {
    const platform = options.platform
    this.logger = options.logger.child('desktop')
    this.registry = new WindowRegistry(platform)
    this.broker = new FlushBroker((id, event) => this.send(id, 'onFlushRequest', event))
    this.router = new OpenFileRouter(
      {
        realpath: (p) => options.recent.admit(p),
        windows: () => this.registry.list(),
        focusedWindowId: () => this.focusedId(),
        focus: (id) => this.focus(id),
        sendOpen: (id, p) => this.deliver(id, p),
        openWindowFor: (p) => this.openWindow(p),
        addRecent: (p) => this.addRecent(p),
        reportProblem: (message, p) => void this.tell(this.focusedId(), message, p),
      },
      platform,
    )
    this.quit = new QuitCoordinator({
      windows: () => {
        const focused = this.focusedId()
        const ids = [...this.windows.keys()]
        return focused === null ? ids : [focused, ...ids.filter((id) => id !== focused)]
      },
      title: (id) => this.registry.get(id)?.title ?? '',
      flush: (id, reason) => this.broker.request(id, reason, reason === 'session-end' ? SESSION_END_TIMEOUT_MS : FLUSH_TIMEOUT_MS),
      ask: (id, question) => this.ask(id, question),
      closeWindow: (id) => this.windows.get(id)?.close(),
      disposeServices: () => options.disposeServices(),
      exit: () => app.quit(),
      logger: this.logger,
    })
    this.commands = createMainCommandHandlers({
      getSettings: () => options.settings.get(),
      setSettings: (patch) => options.settings.set(patch),
      chooseArticles: (id) => this.chooseArticles(id),
      openArticle: (p) => this.router.open(p),
      articleOf: (id) => (id === null ? null : (this.registry.get(id)?.articlePath ?? null)),
      newWindow: () => this.openWindow(null),
      closeWindow: (id) => this.windows.get(id)?.close(),
      quit: () => app.quit(),
      showInFolder: (p) => shell.showItemInFolder(p),
      logFile: () => options.logFile,
      clearRecent: async () => {
        app.clearRecentDocuments()
        await options.recent.clear()
        this.refreshMenu()
      },
    })
  }

  /** Keeps the menu's checkmarks in step with the settings (spell check, zoom). */
  settingsChanged(settings: { spellCheck: boolean; editorZoom: number }): void {
    this.spellCheck = settings.spellCheck
    this.zoom = settings.editorZoom
    this.refreshMenu()
  }

  /** A new window, showing `articlePath` once loaded, or the library. Returns its id. */
  async openWindow(articlePath: string | null): Promise<number> {
    const last = this.windows.size > 0 ? [...this.windows.values()].at(-1) : undefined
    const cascade = last && !last.isDestroyed() ? last.getBounds() : undefined
    let id = -1
    await createMainWindow({
      url: this.options.url,
      preloadPath: this.options.preloadPath,
      ...(this.options.iconPath ? { iconPath: this.options.iconPath } : {}),
      windowState: this.options.windowState,
      ...(cascade ? { cascadeFrom: cascade } : {}),
      onCreated: (win) => {
        id = win.webContents.id
        this.track(win, articlePath)
      },
    })
    return id
  }

  private track(win: BrowserWindow, articlePath: string | null): void {
    const id = win.webContents.id
    this.windows.set(id, win)
    this.registry.add(id, articlePath)
    win.on('close', (event) => {
      if (!this.quit.onWindowClose(id)) event.preventDefault()
    })
    win.on('closed', () => {
      this.windows.delete(id)
      this.registry.remove(id)
      this.broker.windowGone(id)
      this.refreshMenu()
    })
    // Windows only: logout, restart or shutdown. The session will not wait for questions.
    win.on('session-end', () => void this.quit.onSessionEnd())
    win.on('focus', () => this.refreshMenu())
    win.on('enter-full-screen', () => this.refreshMenu())
    win.on('leave-full-screen', () => this.refreshMenu())
    win.webContents.on('render-process-gone', (_event, details) => {
      this.logger.error('window content stopped', undefined, { window: id, reason: details.reason, exitCode: details.exitCode })
      this.broker.windowGone(id)
    })
    this.refreshMenu()
  }

  // ── DesktopPort (the `desktop` host API) ─────────────────────────────────────────────────────
  async setWindowState(windowId: number, patch: WindowStatePatch): Promise<{ openElsewhere: boolean }> {
    const { openElsewhere } = this.registry.update(windowId, patch)
    if (openElsewhere) {
      this.focus(openElsewhere.id)
      return { openElsewhere: true }
    }
    const record = this.registry.get(windowId)
    const win = this.windows.get(windowId)
    if (record && win && !win.isDestroyed()) {
      win.setTitle(record.title ? `${record.title} — Galley` : 'Galley')
      if (this.options.platform === 'darwin') win.setRepresentedFilename(record.articlePath ?? '')
      if (record.articlePath && (patch.articlePath !== undefined || patch.title !== undefined)) {
        // The library put it first in its recent list when it opened it; tell the OS too.
        app.addRecentDocument(record.articlePath)
      }
    }
    this.refreshMenu()
    return { openElsewhere: false }
  }

  async takePendingFiles(windowId: number): Promise<readonly string[]> {
    return this.registry.takePending(windowId)
  }

  async flushed(windowId: number, requestId: string, outcome: FlushOutcome): Promise<void> {
    this.broker.acknowledge(requestId, outcome, windowId)
  }

  async showContextMenu(windowId: number, request: ContextMenuRequest): Promise<ContextMenuChoice | null> {
    const win = this.windows.get(windowId)
    if (!win || win.isDestroyed()) return null
    const items = request.kind === 'editor' ? editorContextMenu(request, this.options.platform) : libraryContextMenu(request, this.options.platform)
    return popupContextMenu(win, items)
  }

  async openFiles(windowId: number, paths: readonly string[]): Promise<void> {
    for (const p of paths) await this.router.open(p, { preferWindow: windowId })
  }

  async runCommand(windowId: number, command: MainCommandId, arg?: string): Promise<void> {
    await this.commands[command](arg === undefined ? { windowId } : { windowId, arg })
  }

  // ── Menus ────────────────────────────────────────────────────────────────────────────────────
  /** Runs a menu command: main-side ones here, the rest go to the focused window. */
  run(command: CommandId, arg?: string): void {
    const def = commandById(command)
    if (!def) return
    const windowId = this.focusedId()
    if (def.runsIn === 'main') {
      const handler = this.commands[command as MainCommandId]
      void handler(arg === undefined ? { windowId } : { windowId, arg }).catch((error: unknown) => this.logger.error('menu command failed', error, { command }))
      return
    }
    if (windowId !== null) {
      this.send(windowId, 'onMenuCommand', arg === undefined ? { command } : { command, arg })
    } else {
      // No window (macOS after the last one closed): open one; the command needs a window to act in.
      void this.openWindow(null)
    }
  }

  appState(): AppState {
    const id = this.focusedId()
    const record = id === null ? undefined : this.registry.get(id)
    const win = id === null ? undefined : this.windows.get(id)
    return {
      ...defaultAppState,
      platform: this.options.platform,
      hasArticle: record?.articlePath != null,
      readOnly: record?.readOnly ?? false,
      previewShown: record?.previewShown ?? false,
      focusMode: record?.focusMode ?? false,
      inspectorShown: record?.inspectorShown ?? true,
      sidebarShown: record?.sidebarShown ?? true,
      fullScreen: win?.isFullScreen() ?? false,
      spellCheck: this.spellCheck,
      zoom: this.zoom,
      recent: this.recentCache,
      isDevelopment: this.options.isDevelopment,
    }
  }

  private recentCache: AppState['recent'] = []

  /** Rebuilds the application menu once per tick, however many changes arrive. */
  refreshMenu(): void {
    if (this.menuQueued) return
    this.menuQueued = true
    setImmediate(() => {
      this.menuQueued = false
      void this.options.recent
        .list()
        .then((list) => {
          this.recentCache = list
          Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(this.appState(), (c, a) => this.run(c, a))))
        })
        .catch((error: unknown) => this.logger.error('menu not built', error))
    })
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────
  private focusedId(): number | null {
    const focused = BrowserWindow.getFocusedWindow()
    if (focused && this.windows.has(focused.webContents.id)) return focused.webContents.id
    const any = [...this.windows.keys()].at(-1)
    return any ?? null
  }

  /** Brings Galley forward: the focused or last window, or a new one. */
  focusAny(): void {
    const id = this.focusedId()
    if (id === null) void this.openWindow(null)
    else this.focus(id)
  }

  private focus(id: number): void {
    const win = this.windows.get(id)
    if (!win || win.isDestroyed()) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
  }

  private deliver(id: number, p: string): void {
    if (this.registry.deliver(id, p) === 'emit') this.send(id, 'onOpenFile', { path: p })
  }

  private send<E extends keyof HostEvents>(id: number, name: E, payload: HostEvents[E]): boolean {
    const win = this.windows.get(id)
    if (!win || win.isDestroyed() || win.webContents.isCrashed()) return false
    win.webContents.send(eventChannels[name], payload)
    return true
  }

  private addRecent(p: string): void {
    app.addRecentDocument(p)
    this.refreshMenu()
  }

  private async chooseArticles(windowId: number | null): Promise<readonly string[]> {
    const win = windowId === null ? undefined : this.windows.get(windowId)
    const options: Electron.OpenDialogOptions = {
      title: 'Open Article',
      defaultPath: await this.options.libraryDir(),
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Galley articles', extensions: ['galley'] }],
    }
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  }

  private async ask(id: number, question: CloseQuestion): Promise<boolean> {
    const win = this.windows.get(id)
    if (!win || win.isDestroyed()) return true
    this.focus(id)
    const { response } = await dialog.showMessageBox(win, {
      type: 'warning',
      message: question.message,
      detail: question.detail,
      buttons: [...question.buttons],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    })
    return response === 1
  }

  private async tell(id: number | null, message: string, detail: string): Promise<void> {
    const win = id === null ? undefined : this.windows.get(id)
    const options: Electron.MessageBoxOptions = { type: 'info', message, detail, buttons: ['OK'] }
    if (win && !win.isDestroyed()) await dialog.showMessageBox(win, options)
    else await dialog.showMessageBox(options)
  }
}
