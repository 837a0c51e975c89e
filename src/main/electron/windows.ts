// Creates the main window with the secure options, the navigation guards and remembered bounds.
import { BrowserWindow, screen } from 'electron'
import type { WindowStateStore } from '../services/WindowStateStore'
import { openExternalUrl } from './external'
import { shouldPreventNavigation } from './policy/security'
import { fitBoundsToDisplays, mainWindowOptions } from './policy/windowOptions'

export interface CreateWindowInput {
  readonly url: string
  readonly preloadPath: string
  readonly iconPath?: string
  readonly windowState: WindowStateStore
  /** Called once the window exists, before its page loads (to register it and its close guard). */
  readonly onCreated?: (win: BrowserWindow) => void
  /** Cascade a further window from the last one instead of reusing the remembered position. */
  readonly cascadeFrom?: { readonly x: number; readonly y: number }
}

export async function createMainWindow(input: CreateWindowInput): Promise<BrowserWindow> {
  const saved = await input.windowState.load().catch(() => undefined)
  const bounds = fitBoundsToDisplays(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const options = mainWindowOptions({
    bounds: input.cascadeFrom ? { width: bounds.width, height: bounds.height, x: input.cascadeFrom.x + 28, y: input.cascadeFrom.y + 28 } : bounds,
    preloadPath: input.preloadPath,
    platform: process.platform,
    ...(input.iconPath ? { iconPath: input.iconPath } : {}),
  })
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      // Repeated at the construction site on purpose: whoever reads this call (and Electronegativity)
      // sees that the page is isolated, sandboxed, without Node and without middle-click windows.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  input.onCreated?.(win)
  if (bounds.maximized && !input.cascadeFrom) win.maximize()
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
    openExternalUrl(url)
    return { action: 'deny' }
  })
}
