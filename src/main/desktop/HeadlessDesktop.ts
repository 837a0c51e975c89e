// The desktop port without Electron, for the e2e harness (one page = window 1) and the tests: the
// same registry, flush handshake and context menus as the app, with the native parts replaced by
// what a test scripts (which context-menu item to pick, what the Open dialog returns) and records.
import type { MainCommandId } from '../../shared/commands/catalog'
import type { ContextMenuChoice, ContextMenuRequest, FlushOutcome, FlushReason, WindowStatePatch } from '../../shared/ipc/desktop'
import type { EventSink } from '../services/EventSink'
import type { SettingsService } from '../services/SettingsService'
import { editorContextMenu, flattenContextMenu, libraryContextMenu, type ContextItem } from './contextMenus'
import type { DesktopPort } from './DesktopPort'
import { FlushBroker, type FlushResult } from './FlushBroker'
import { isArticlePath } from './openFiles'
import { createMainCommandHandlers, type MainCommandHandlers } from './mainCommands'
import { WindowRegistry } from './WindowRegistry'

export type HeadlessAction =
  | { readonly kind: 'showInFolder'; readonly path: string }
  | { readonly kind: 'openLink' | 'copyLink'; readonly url: string }
  | { readonly kind: 'newWindow' | 'quit' | 'clearRecent' }
  | { readonly kind: 'closeWindow'; readonly windowId: number }

export interface HeadlessDesktopOptions {
  readonly platform: string
  readonly events: EventSink
  readonly settings: SettingsService
  readonly logFile: () => string
  /**
   * Lets a file from outside the app through the library's path gate (its real path), as the Electron
   * shell's router does before handing a file to a window. Without it, paths go to the page as given.
   */
  readonly admit?: (file: string) => Promise<string>
}

export class HeadlessDesktop implements DesktopPort {
  readonly registry: WindowRegistry
  readonly broker: FlushBroker
  /** What main did that Electron would have shown (folders revealed, links opened…). */
  readonly actions: HeadlessAction[] = []
  /** Picks a context-menu item by id (see `contextMenus.ts`); null dismisses the menu. */
  chooseContextItem: (items: readonly ContextItem[]) => string | null = () => null
  /** What the Open dialog returns. */
  openDialogAnswer: readonly string[] = []
  private readonly commands: MainCommandHandlers

  constructor(private readonly options: HeadlessDesktopOptions) {
    this.registry = new WindowRegistry(options.platform)
    this.registry.add(1)
    this.broker = new FlushBroker((windowId, event) => {
      if (!this.registry.get(windowId)) return false
      options.events.emit('onFlushRequest', event)
      return true
    })
    this.commands = createMainCommandHandlers({
      getSettings: () => options.settings.get(),
      setSettings: (patch) => options.settings.set(patch),
      chooseArticles: async () => this.openDialogAnswer,
      openArticle: async (path) => this.open(1, await this.admitted(path)),
      articleOf: (id) => (id === null ? null : (this.registry.get(id)?.articlePath ?? null)),
      newWindow: async () => this.actions.push({ kind: 'newWindow' }),
      closeWindow: (windowId) => this.actions.push({ kind: 'closeWindow', windowId }),
      quit: () => this.actions.push({ kind: 'quit' }),
      showInFolder: (path) => this.actions.push({ kind: 'showInFolder', path }),
      logFile: options.logFile,
      clearRecent: async () => void this.actions.push({ kind: 'clearRecent' }),
    })
  }

  private admitted(path: string): Promise<string> {
    return this.options.admit ? this.options.admit(path) : Promise.resolve(path)
  }

  /** Routes a file to the page as the OS would (event if it listens, else queued). */
  open(windowId: number, path: string): void {
    if (this.registry.deliver(windowId, path) === 'emit') this.options.events.emit('onOpenFile', { path })
  }

  /** Asks the page to flush, as closing the window would. */
  requestFlush(reason: FlushReason, timeoutMs = 10_000): Promise<FlushResult> {
    return this.broker.request(1, reason, timeoutMs)
  }

  async setWindowState(windowId: number, patch: WindowStatePatch): Promise<{ openElsewhere: boolean }> {
    return { openElsewhere: this.registry.update(windowId, patch).openElsewhere !== undefined }
  }

  async takePendingFiles(windowId: number): Promise<readonly string[]> {
    return this.registry.takePending(windowId)
  }

  async flushed(windowId: number, requestId: string, outcome: FlushOutcome): Promise<void> {
    this.broker.acknowledge(requestId, outcome, windowId)
  }

  async showContextMenu(_windowId: number, request: ContextMenuRequest): Promise<ContextMenuChoice | null> {
    const items = request.kind === 'editor' ? editorContextMenu(request, this.options.platform) : libraryContextMenu(request, this.options.platform)
    const id = this.chooseContextItem(items)
    const item = flattenContextMenu(items).find((i) => i.type === 'item' && i.id === id)
    if (!item || item.type !== 'item' || !item.enabled) return null
    if (item.main?.kind === 'openLink' || item.main?.kind === 'copyLink') this.actions.push({ kind: item.main.kind, url: item.main.url })
    if (item.main?.kind === 'reveal') this.actions.push({ kind: 'showInFolder', path: item.main.path })
    return item.choice ?? null
  }

  async openFiles(windowId: number, paths: readonly string[]): Promise<void> {
    for (const p of paths) if (isArticlePath(p)) this.open(windowId, await this.admitted(p))
  }

  async runCommand(windowId: number, command: MainCommandId, arg?: string): Promise<void> {
    await this.commands[command](arg === undefined ? { windowId } : { windowId, arg })
  }
}
