// What the `desktop` host API needs from the window system. The Electron shell implements it with
// real windows and native menus; `HeadlessDesktop` serves the e2e harness and tests.
import type { MainCommandId } from '../../shared/commands/catalog'
import type { ContextMenuChoice, ContextMenuRequest, FlushOutcome, WindowStatePatch } from '../../shared/ipc/desktop'

export interface DesktopPort {
  setWindowState(windowId: number, patch: WindowStatePatch): Promise<{ readonly openElsewhere: boolean }>
  takePendingFiles(windowId: number): Promise<readonly string[]>
  flushed(windowId: number, requestId: string, outcome: FlushOutcome): Promise<void>
  showContextMenu(windowId: number, request: ContextMenuRequest): Promise<ContextMenuChoice | null>
  openFiles(windowId: number, paths: readonly string[]): Promise<void>
  runCommand(windowId: number, command: MainCommandId, arg?: string): Promise<void>
}
