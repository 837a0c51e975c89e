// The host API contract: one interface per concern, argument schemas per method, and the bridge type
// `window.galley` has. Main implements `HostApi`; the renderer sees `GalleyBridge`.
import type { z } from 'zod'
import { appArgs, type AppApi } from './app'
import type { Result } from './errors'
import { historyArgs, recoveryArgs, type HistoryApi, type RecoveryApi } from './history'
import { libraryArgs, type ArticleChangedEvent, type LibraryApi, type LibraryChangedEvent, type OpenRequestedEvent } from './library'
import { settingsArgs, type Settings, type SettingsApi } from './settings'

export interface HostApi {
  app: AppApi
  settings: SettingsApi
  library: LibraryApi
  history: HistoryApi
  recovery: RecoveryApi
}

/** Payload of each main -> renderer event. */
export interface HostEvents {
  onSettingsChanged: Settings
  onLibraryChanged: LibraryChangedEvent
  onArticleChanged: ArticleChangedEvent
  onOpenRequested: OpenRequestedEvent
}

type AsyncFn = (...args: never[]) => Promise<unknown>

/** Every method of the contract has an argument tuple schema; the dispatcher validates with it. */
export const argSchemas = {
  app: appArgs,
  settings: settingsArgs,
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
