// Explicit wiring of the services: the Electron shell, the CLI and the e2e harness all build the app
// through `createContainer`, handing in what differs between them (paths, platform capabilities).
import * as fs from 'node:fs/promises'
import type { AppInfo } from '../shared/ipc/app'
import type { HostHandlers } from '../shared/ipc/contract'
import { createHandlers } from './handlers'
import { createDispatcher, type Dispatch, type Sender } from './ipc/dispatcher'
import { nullEventSink, type EventSink } from './services/EventSink'
import { QueuedFilePicker, type FilePicker } from './services/library/FilePicker'
import { LibraryService } from './services/library/LibraryService'
import type { LibraryPaths } from './services/library/LibraryPaths'
import type { TemplateSource } from './services/library/TemplateSource'
import type { Trash } from './services/library/Trash'
import { SettingsService } from './services/SettingsService'

export interface ContainerOptions {
  readonly appName: string
  readonly version: string
  readonly platform: string
  readonly userDataDir: string
  /** Used when the settings name no library folder (Documents/Galley in the app). */
  readonly defaultLibraryDir: string
  readonly events?: EventSink
  readonly isTrustedSender: (sender: Sender) => boolean
  readonly onUnexpectedError?: (channel: string, error: unknown) => void
  /** The system trash in the app; `.galley/trash/` in the library otherwise. */
  readonly trash?: (paths: () => LibraryPaths) => Trash
  /** The system open dialog in the app; a queue tests fill otherwise. */
  readonly picker?: FilePicker
  readonly templates?: TemplateSource
  /** Watch the library for changes by other programs (default on). */
  readonly watchLibrary?: boolean
}

export interface Services {
  readonly settings: SettingsService
  readonly library: LibraryService
  appInfo(): Promise<AppInfo>
  libraryDir(): Promise<string>
}

export interface Container {
  readonly services: Services
  readonly handlers: HostHandlers
  readonly dispatch: Dispatch
  /** Every host API channel, for registration with ipcMain. */
  readonly channels: readonly string[]
  /** Loads settings and prepares folders; call once before the first window. */
  start(): Promise<void>
  dispose(): Promise<void>
  /** Stops watchers and timers at once and writes nothing more: what a crash leaves behind (e2e harness). */
  halt(): Promise<void>
}

export function createContainer(options: ContainerOptions): Container {
  const events = options.events ?? nullEventSink
  let currentDir: string | null = null
  const settings = new SettingsService({
    userDataDir: options.userDataDir,
    onChange: (next) => {
      events.emit('onSettingsChanged', next)
      const dir = next.libraryDir ?? options.defaultLibraryDir
      if (currentDir !== null && dir !== currentDir) {
        currentDir = dir
        void library.switchTo().catch((error: unknown) => options.onUnexpectedError?.('library.switch', error))
      }
    },
  })

  const libraryDir = async (): Promise<string> => (await settings.get()).libraryDir ?? options.defaultLibraryDir
  const library: LibraryService = new LibraryService({
    dir: async () => (currentDir = await libraryDir()),
    userDataDir: options.userDataDir,
    events,
    picker: options.picker ?? new QueuedFilePicker(),
    ...(options.trash ? { trash: options.trash } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.watchLibrary === false ? { watch: false } : {}),
    defaults: async () => {
      const s = await settings.get()
      return { publication: s.publicationName, editorInChief: s.editorInChief, language: s.defaultLanguage }
    },
    onError: (what, error) => options.onUnexpectedError?.(what, error),
  })

  const services: Services = {
    settings,
    library,
    libraryDir,
    appInfo: async () => ({
      name: options.appName,
      version: options.version,
      platform: options.platform,
      libraryDir: await libraryDir(),
      userDataDir: options.userDataDir,
      notices: [...settings.notices],
    }),
  }
  const handlers = createHandlers(services)
  const { dispatch, channels } = createDispatcher({
    handlers,
    isTrustedSender: options.isTrustedSender,
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  })

  return {
    services,
    handlers,
    dispatch,
    channels,
    async start() {
      await settings.load()
      await fs.mkdir(await libraryDir(), { recursive: true })
      await library.start()
    },
    async dispose() {
      await library.dispose()
    },
    async halt() {
      await library.halt()
    },
  }
}
