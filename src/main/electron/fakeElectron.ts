// A stand-in for the parts of `electron` the shell uses, for unit tests (`vi.mock('electron', …)`):
// windows that emit events like Electron's, a recorded menu, scripted dialogs. No Electron binary
// is needed, and what the shell does can be read back in order from `fake.log`.
import { EventEmitter } from 'node:events'

export interface FakeEvent {
  defaultPrevented: boolean
  preventDefault(): void
}

export function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
  }
}

export function createFakeElectron() {
  const log: string[] = []
  let nextId = 1
  // The focused window, held in an object so the classes below can set it.
  const state: { focused: FakeWindow | undefined } = { focused: undefined }
  const windows: FakeWindow[] = []

  class FakeWebContents extends EventEmitter {
    readonly id: number
    readonly sent: { channel: string; payload: unknown }[] = []
    crashed = false
    constructor(id: number) {
      super()
      this.id = id
    }
    send(channel: string, payload: unknown): void {
      this.sent.push({ channel, payload })
      log.push(`send ${this.id} ${channel}`)
    }
    isCrashed(): boolean {
      return this.crashed
    }
    setWindowOpenHandler(): void {}
  }

  class FakeWindow extends EventEmitter {
    readonly webContents: FakeWebContents
    readonly options: Record<string, unknown>
    destroyed = false
    title = ''
    url = ''
    constructor(options: Record<string, unknown>) {
      super()
      this.options = options
      this.webContents = new FakeWebContents(nextId++)
      windows.push(this)
      state.focused = this
      log.push(`window ${this.webContents.id}`)
    }
    static getAllWindows(): FakeWindow[] {
      return windows.filter((w) => !w.destroyed)
    }
    static getFocusedWindow(): FakeWindow | undefined {
      return state.focused && !state.focused.destroyed ? state.focused : undefined
    }
    async loadURL(url: string): Promise<void> {
      this.url = url
    }
    /** Like Electron: `close` may be prevented; otherwise the window goes and `closed` follows. */
    close(): void {
      if (this.destroyed) return
      const event = fakeEvent()
      this.emit('close', event)
      if (event.defaultPrevented) {
        log.push(`close ${this.webContents.id} prevented`)
        return
      }
      this.destroyed = true
      log.push(`close ${this.webContents.id}`)
      if (state.focused === this) state.focused = undefined
      this.emit('closed')
    }
    isDestroyed(): boolean {
      return this.destroyed
    }
    show(): void {}
    focus(): void {
      state.focused = this
      log.push(`focus ${this.webContents.id}`)
    }
    isMinimized(): boolean {
      return false
    }
    restore(): void {}
    maximize(): void {}
    isMaximized(): boolean {
      return false
    }
    isFullScreen(): boolean {
      return false
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 }
    }
    getBounds() {
      return this.getNormalBounds()
    }
    setTitle(title: string): void {
      this.title = title
    }
    setRepresentedFilename(): void {}
  }

  const app = Object.assign(new EventEmitter(), {
    recentDocuments: [] as string[],
    quit: () => log.push('app.quit'),
    addRecentDocument: (p: string) => app.recentDocuments.push(p),
    clearRecentDocuments: () => (app.recentDocuments = []),
  })

  const menus: unknown[] = []
  const dialogAnswers = { open: [] as string[], messageBox: 0 }
  const shown: unknown[] = []

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({
        template,
        popup: (options: { callback?: () => void }) => {
          menus.push({ popup: template })
          log.push('popup')
          popupCallback = options.callback
        },
      }),
      setApplicationMenu: (menu: { template: unknown }) => menus.push(menu.template),
    },
    dialog: {
      showOpenDialog: async (..._args: unknown[]) => ({ canceled: dialogAnswers.open.length === 0, filePaths: dialogAnswers.open }),
      showMessageBox: async (...args: unknown[]) => {
        shown.push(args.at(-1))
        log.push(`dialog ${(args.at(-1) as { message: string }).message}`)
        return { response: dialogAnswers.messageBox }
      },
    },
    shell: {
      showItemInFolder: (p: string) => log.push(`reveal ${p}`),
      openExternal: async (url: string) => void log.push(`external ${url}`),
    },
    clipboard: { writeText: (t: string) => log.push(`clipboard ${t}`) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  }
  let popupCallback: (() => void) | undefined

  return {
    electron,
    log,
    windows,
    menus,
    shown,
    dialogAnswers,
    closePopup: () => popupCallback?.(),
    focus: (w: FakeWindow) => (state.focused = w),
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
