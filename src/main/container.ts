// Explicit wiring of the services: the Electron shell, the CLI and the e2e harness all build the app
// through `createContainer`, handing in what differs between them (paths, platform capabilities).
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AppInfo } from '../shared/ipc/app'
import type { HostHandlers } from '../shared/ipc/contract'
import { GalleyError } from '../shared/ipc/errors'
import { createHandlers } from './handlers'
import { createDispatcher, type Dispatch, type Sender } from './ipc/dispatcher'
import { nullEventSink, type EventSink } from './services/EventSink'
import { ScriptedFileDialogs, type FileDialogs } from './services/FileDialogs'
import { ExportService } from './services/io/ExportService'
import { ImportService } from './services/io/ImportService'
import { IoService } from './services/io/IoService'
import type { PdfPrinter, SystemPrintDialog } from './services/print/PdfPrinter'
import { pdfExporter, PrintService } from './services/print/PrintService'
import type { DesktopPort } from './desktop/DesktopPort'
import { HeadlessDesktop } from './desktop/HeadlessDesktop'
import { nullLogger, type Logger } from './services/log/Logger'
import { articlePicker, type FilePicker } from './services/library/FilePicker'
import { LibraryService } from './services/library/LibraryService'
import type { ParallelIndexing } from './services/library/parallelIndex'
import type { LibraryPaths } from './services/library/LibraryPaths'
import { templateSkeletons, type TemplateSource } from './services/library/TemplateSource'
import type { Trash } from './services/library/Trash'
import { SettingsService } from './services/SettingsService'
import { SpellCheckService } from './services/spelling/SpellCheckService'
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
  /**
   * The platform's PDF printer: a hidden Electron window, or system Chromium (harness). Export PDF
   * asks through `dialogs`; File › Print through `printDialog` (the print window's system dialog).
   */
  readonly print?: { readonly printer: PdfPrinter; readonly printDialog?: SystemPrintDialog }
  /** The bundled Hunspell dictionaries; resources/dictionaries of the repository when omitted. */
  readonly dictionariesDir?: string
  readonly logger?: Logger
  /** The log file Help › Show Logs reveals. */
  readonly logFile?: string
  /** Windows, menus and dialogs; the headless desktop (harness, tests) when omitted. */
  readonly desktop?: (services: Omit<Services, 'desktop'>) => DesktopPort
  /** The system trash in the app; `.galley/trash/` in the library otherwise. */
  readonly trash?: (paths: () => LibraryPaths) => Trash
  /** The system open dialog in the app; a queue tests fill otherwise. */
  readonly picker?: FilePicker
  readonly templates?: TemplateSource
  /** Watch the library for changes by other programs (default on). */
  readonly watchLibrary?: boolean
  /** Worker threads for building a large library index (the app passes its built worker module). */
  readonly parallelIndexing?: ParallelIndexing | false
}

/** resources/ of the repository: two folders up from src/main/ and from the built out/main/. */
const defaultDictionariesDir = (): string =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/dictionaries')

export interface Services {
  readonly settings: SettingsService
  readonly templates: TemplateService
  readonly dialogs: FileDialogs
  readonly io: IoService
  readonly spelling: SpellCheckService
  readonly desktop: DesktopPort
  readonly logger: Logger
  readonly library: LibraryService
  appInfo(): Promise<AppInfo>
  libraryDir(): Promise<string>
  /** The print service; throws PRINTER_UNAVAILABLE where this container was built without a printer. */
  print(): PrintService
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
  const dialogs = options.dialogs ?? new ScriptedFileDialogs()
  const templates = new TemplateService({ libraryDir, dialogs })
  const library: LibraryService = new LibraryService({
    dir: async () => (currentDir = await libraryDir()),
    userDataDir: options.userDataDir,
    events,
    picker: options.picker ?? articlePicker(dialogs),
    ...(options.trash ? { trash: options.trash } : {}),
    templates: options.templates ?? templateSkeletons(templates, () => settings.get()),
    ...(options.watchLibrary === false ? { watch: false } : {}),
    ...(options.parallelIndexing !== undefined ? { parallelIndexing: options.parallelIndexing } : {}),
    defaults: async () => {
      const s = await settings.get()
      return { publication: s.publicationName, editorInChief: s.editorInChief, language: s.defaultLanguage }
    },
    onError: (what, error) => options.onUnexpectedError?.(what, error),
  })

  const printOptions = options.print
  const printService = printOptions
    ? new PrintService({
        printer: printOptions.printer,
        settings,
        dialogs,
        defaultExportDir: libraryDir,
        producer: `${options.appName} ${options.version}`,
        ...(printOptions.printDialog ? { printDialog: printOptions.printDialog } : {}),
      })
    : undefined
  // PDF is one more export format where there is a printer: the same PrintService as Export PDF.
  const exporter = new ExportService(printService ? pdfExporter(printService) : null)
  const io = new IoService({ importer: new ImportService(), exporter, dialogs, libraryDir, settings, templates })

  const logger = options.logger ?? nullLogger
  const base: Omit<Services, 'desktop'> = {
    settings,
    templates,
    dialogs,
    io,
    spelling: new SpellCheckService({
      dictionariesDir: options.dictionariesDir ?? defaultDictionariesDir(),
      userDataDir: options.userDataDir,
      logger,
    }),
    logger,
    library,
    libraryDir,
    print: () => {
      if (!printService) throw new GalleyError('PRINTER_UNAVAILABLE', 'PDF printing is not available in this copy of Galley.')
      return printService
    },
    appInfo: async () => ({
      name: options.appName,
      version: options.version,
      platform: options.platform,
      libraryDir: await libraryDir(),
      userDataDir: options.userDataDir,
      notices: [...settings.notices],
    }),
  }
  const desktop =
    options.desktop?.(base) ??
    new HeadlessDesktop({
      platform: options.platform,
      events,
      settings,
      logFile: () => options.logFile ?? path.join(options.userDataDir, 'logs', 'galley.log'),
      admit: (file) => library.admit(file),
    })
  const services: Services = { ...base, desktop }
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
      // Services with open resources (watchers, queues) close here as they arrive; each waits for
      // its queued writes so that quitting never cuts one short.
      await services.spelling.dispose()
      await printService?.dispose()
      await library.dispose()
    },
    async halt() {
      await library.halt()
    },
  }
}
