// Creates the main window with the secure options, the navigation guards and remembered bounds.
import { BrowserWindow, screen, shell } from 'electron'
import type { WindowStateStore } from '../services/WindowStateStore'
import { externalUrlToOpen, shouldPreventNavigation } from './policy/security'
import { fitBoundsToDisplays, mainWindowOptions } from './policy/windowOptions'

export interface CreateWindowInput {
  readonly url: string
  readonly preloadPath: string
  readonly iconPath?: string
  readonly windowState: WindowStateStore
}

export async function createMainWindow(input: CreateWindowInput): Promise<BrowserWindow> {
  const saved = await input.windowState.load().catch(() => undefined)
  const bounds = fitBoundsToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const win = new BrowserWindow(
    mainWindowOptions({
      bounds,
      preloadPath: input.preloadPath,
      platform: process.platform,
      ...(input.iconPath ? { iconPath: input.iconPath } : {}),
    }),
  )
  if (bounds.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  let saveTimer: NodeJS.Timeout | undefined
  const remember = (): void => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      if (win.isDestroyed()) return
      const b = win.getNormalBounds()
      void input.windowState.save({ ...b, maximized: win.isMaximized() }).catch(() => undefined)
    }, 400)
  }
  win.on('resize', remember)
  win.on('move', remember)
  win.on('maximize', remember)
  win.on('unmaximize', remember)
  win.on('close', () => {
    clearTimeout(saveTimer)
    const b = win.getNormalBounds()
    void input.windowState.save({ ...b, maximized: win.isMaximized() }).catch(() => undefined)
  })

  await win.loadURL(input.url)
  return win
}

/** Applied to every webContents (from `web-contents-created`): no navigation away, no new windows, external links to the OS. */
export function guardWebContents(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (shouldPreventNavigation(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url)
    if (external) void shell.openExternal(external)
    return { action: 'deny' }
  })
}
