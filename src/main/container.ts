// Explicit wiring of the services: the Electron shell, the CLI and the e2e harness all build the app
// through `createContainer`, handing in what differs between them (paths, platform capabilities).
import * as fs from 'node:fs/promises'
import type { AppInfo } from '../shared/ipc/app'
import type { HostHandlers } from '../shared/ipc/contract'
import { createHandlers } from './handlers'
import { createDispatcher, type Dispatch, type Sender } from './ipc/dispatcher'
import { nullEventSink, type EventSink } from './services/EventSink'
import { ScriptedFileDialogs, type FileDialogs } from './services/FileDialogs'
import { ExportService } from './services/io/ExportService'
import { ImportService } from './services/io/ImportService'
import { IoService } from './services/io/IoService'
import { SettingsService } from './services/SettingsService'
import { TemplateService } from './services/TemplateService'

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
  /** Open/save dialogs: Electron's in the app; scripted (every dialog cancelled unless answered) otherwise. */
  readonly dialogs?: FileDialogs
}

export interface Services {
  readonly settings: SettingsService
  readonly templates: TemplateService
  readonly dialogs: FileDialogs
  readonly io: IoService
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
}

export function createContainer(options: ContainerOptions): Container {
  const events = options.events ?? nullEventSink
  const settings = new SettingsService({
    userDataDir: options.userDataDir,
    onChange: (next) => events.emit('onSettingsChanged', next),
  })

  const libraryDir = async (): Promise<string> => (await settings.get()).libraryDir ?? options.defaultLibraryDir

  const dialogs = options.dialogs ?? new ScriptedFileDialogs()
  const io = new IoService({ importer: new ImportService(), exporter: new ExportService(), dialogs, libraryDir, settings })

  const services: Services = {
    settings,
    templates: new TemplateService({ libraryDir }),
    dialogs,
    io,
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
    },
    async dispose() {
      // Services with open resources (watchers, queues) close here as they arrive.
    },
  }
}
