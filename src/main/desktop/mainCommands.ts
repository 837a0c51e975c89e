// The commands of the catalog that run in the main process (`runsIn: 'main'`), one handler each.
// Typed by `MainCommandId`, so a main command without a handler does not compile.
import type { MainCommandId } from '../../shared/commands/catalog'
import type { Settings, SettingsPatch } from '../../shared/ipc/settings'

export interface CommandContext {
  /** The window the command is for (the focused one, or the caller), null when none is open. */
  readonly windowId: number | null
  /** For `file.openRecent`: the path chosen. */
  readonly arg?: string
}

export interface MainCommandPorts {
  getSettings(): Promise<Settings>
  setSettings(patch: SettingsPatch): Promise<unknown>
  /** The system's Open dialog for .galley files; [] when cancelled. */
  chooseArticles(windowId: number | null): Promise<readonly string[]>
  /** Opens an article through the router (focus, or a window of its own). */
  openArticle(path: string): Promise<unknown>
  /** The article the window shows, if any. */
  articleOf(windowId: number | null): string | null
  newWindow(): Promise<unknown>
  closeWindow(windowId: number): void
  quit(): void
  showInFolder(path: string): void
  /** The current log file. */
  logFile(): string
  clearRecent(): Promise<void>
}

/** The zoom steps of View › Zoom In/Out, as word processors have them. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const

export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 0.001) ?? ZOOM_STEPS[0]
}

export type MainCommandHandlers = { readonly [Id in MainCommandId]: (context: CommandContext) => Promise<void> }

export function createMainCommandHandlers(ports: MainCommandPorts): MainCommandHandlers {
  const zoom = async (to: (z: number) => number): Promise<void> => {
    const { editorZoom } = await ports.getSettings()
    const next = to(editorZoom)
    if (next !== editorZoom) await ports.setSettings({ editorZoom: next })
  }
  return {
    'app.quit': async () => ports.quit(),
    'file.quit': async () => ports.quit(),
    'file.newWindow': async () => {
      await ports.newWindow()
    },
    'file.open': async ({ windowId }) => {
      for (const p of await ports.chooseArticles(windowId)) await ports.openArticle(p)
    },
    'file.openRecent': async ({ arg }) => {
      if (arg) await ports.openArticle(arg)
    },
    'file.clearRecent': async () => ports.clearRecent(),
    'file.reveal': async ({ windowId, arg }) => {
      const p = arg ?? ports.articleOf(windowId)
      if (p) ports.showInFolder(p)
    },
    'file.close': async ({ windowId }) => {
      if (windowId !== null) ports.closeWindow(windowId)
    },
    'edit.spellCheck': async () => {
      const { spellCheck } = await ports.getSettings()
      await ports.setSettings({ spellCheck: !spellCheck })
    },
    'view.zoomIn': () => zoom((z) => nextZoom(z, 1)),
    'view.zoomOut': () => zoom((z) => nextZoom(z, -1)),
    'view.zoomReset': () => zoom(() => 1),
    'help.showLogs': async () => ports.showInFolder(ports.logFile()),
  }
}
