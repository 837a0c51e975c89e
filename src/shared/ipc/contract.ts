// The host API contract: one interface per concern, argument schemas per method, and the bridge type
// `window.galley` has. Main implements `HostApi`; the renderer sees `GalleyBridge`.
import type { z } from 'zod'
import { appArgs, type AppApi } from './app'
import { desktopArgs, type DesktopApi, type FlushRequestEvent, type MenuCommandEvent, type OpenFileEvent } from './desktop'
import type { Result } from './errors'
import { ioArgs, type IoApi } from './io'
import { printArgs, type PrintApi } from './print'
import { historyArgs, recoveryArgs, type HistoryApi, type RecoveryApi } from './history'
import { libraryArgs, type ArticleChangedEvent, type LibraryApi, type LibraryChangedEvent } from './library'
import { settingsArgs, type Settings, type SettingsApi } from './settings'
import { spellingArgs, type SpellingApi } from './spelling'
import { templatesArgs, type TemplatesApi } from './templates'

export interface HostApi {
  app: AppApi
  settings: SettingsApi
  templates: TemplatesApi
  io: IoApi
  print: PrintApi
  desktop: DesktopApi
  spelling: SpellingApi
  library: LibraryApi
  history: HistoryApi
  recovery: RecoveryApi
}

/** Payload of each main -> renderer event. */
export interface HostEvents {
  onSettingsChanged: Settings
  /** A menu item or shortcut for the focused window (`runsIn: 'renderer'` commands of the catalog). */
  onMenuCommand: MenuCommandEvent
  /** The OS asked this window to open a file (double-click, command line, drop, Open…). */
  onOpenFile: OpenFileEvent
  /** The window is closing or the app quitting: flush pending saves, then call `desktop.flushed`. */
  onFlushRequest: FlushRequestEvent
  onLibraryChanged: LibraryChangedEvent
  onArticleChanged: ArticleChangedEvent
}

type AsyncFn = (...args: never[]) => Promise<unknown>

/** Every method of the contract has an argument tuple schema; the dispatcher validates with it. */
export const argSchemas = {
  app: appArgs,
  settings: settingsArgs,
  templates: templatesArgs,
  io: ioArgs,
  print: printArgs,
  desktop: desktopArgs,
  spelling: spellingArgs,
  library: libraryArgs,
  history: historyArgs,
  recovery: recoveryArgs,
} satisfies { [C in keyof HostApi]: { [M in keyof HostApi[C]]: z.ZodType } }

type Bridged<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<Result<R>> : never

/** The shape of `window.galley`: every method resolves to a result envelope, never throws across the bridge. */
export type GalleyBridge = {
  readonly [C in keyof HostApi]: { readonly [M in keyof HostApi[C]]: Bridged<HostApi[C][M]> }
} & {
  readonly events: { readonly [E in keyof HostEvents]: (listener: (payload: HostEvents[E]) => void) => () => void }
}

/** What main implements: the same methods, plain promises; thrown `GalleyError`s become envelopes. */
export type HostHandlers = { [C in keyof HostApi]: { [M in keyof HostApi[C]]: HostApi[C][M] & AsyncFn } }
