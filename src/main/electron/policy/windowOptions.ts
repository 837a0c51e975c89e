// BrowserWindow options and remembered window bounds, as pure functions.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'

export interface WindowBounds {
  readonly x?: number
  readonly y?: number
  readonly width: number
  readonly height: number
  readonly maximized?: boolean
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1360, height: 880 }
export const MIN_WIDTH = 720
export const MIN_HEIGHT = 480

export interface MainWindowInput {
  readonly bounds: WindowBounds
  readonly preloadPath: string
  readonly platform: string
  readonly iconPath?: string
  readonly backgroundColor?: string
}

export function mainWindowOptions(input: MainWindowInput): BrowserWindowConstructorOptions {
  const { bounds } = input
  return {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Galley',
    show: false,
    backgroundColor: input.backgroundColor ?? '#f6f4ef',
    ...(input.platform === 'linux' && input.iconPath ? { icon: input.iconPath } : {}),
    ...(input.platform === 'darwin' ? { titleBarStyle: 'hiddenInset' as const } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Electron's spell checker downloads dictionaries on Linux and Windows; Galley checks offline itself.
      spellcheck: false,
      // Middle-click would open links in new windows (`auxclick`); Galley has no use for it.
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    },
  }
}

/**
 * Remembered bounds are used only if the window would still be visible on one of the current displays
 * (a monitor may have been unplugged); otherwise the size is kept and the window centred.
 */
export function fitBoundsToDisplays(saved: WindowBounds | undefined, workAreas: readonly Rectangle[]): WindowBounds {
  if (!saved || !Number.isFinite(saved.width) || !Number.isFinite(saved.height)) return DEFAULT_BOUNDS
  const largest = workAreas.reduce<Rectangle | undefined>((a, b) => (!a || b.width * b.height > a.width * a.height ? b : a), undefined)
  const maxW = largest?.width ?? DEFAULT_BOUNDS.width
  const maxH = largest?.height ?? DEFAULT_BOUNDS.height
  const width = clamp(Math.round(saved.width), MIN_WIDTH, Math.max(MIN_WIDTH, maxW))
  const height = clamp(Math.round(saved.height), MIN_HEIGHT, Math.max(MIN_HEIGHT, maxH))
  const maximized = saved.maximized === true
  if (saved.x === undefined || saved.y === undefined || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) {
    return { width, height, maximized }
  }
  const x = Math.round(saved.x)
  const y = Math.round(saved.y)
  // Visible enough: at least 100×50 px of the title bar area on some display.
  const visible = workAreas.some((area) => overlap(x, width, area.x, area.width) >= 100 && overlap(y, 50, area.y, area.height) >= 50)
  return visible ? { x, y, width, height, maximized } : { width, height, maximized }
}

function overlap(a: number, aLen: number, b: number, bLen: number): number {
  return Math.max(0, Math.min(a + aLen, b + bLen) - Math.max(a, b))
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v))
}
