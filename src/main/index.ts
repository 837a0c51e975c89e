// Electron main process: lifecycle only. Services are wired in container.ts; windows, menus, files
// from the OS and the quit handshake in electron/DesktopShell.ts.
import { app, ipcMain, session } from 'electron'
import * as path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createContainer, type Container } from './container'
import { DesktopShell } from './electron/DesktopShell'
import { ElectronEventSink } from './electron/ElectronEventSink'
import { ElectronFileDialogs } from './electron/ElectronFileDialogs'
import { ElectronPdfPrinter } from './electron/ElectronPdfPrinter'
import { defaultParallelIndexing } from './services/library/parallelIndex'
import { FontLibrary } from './services/print/FontLibrary'
import { registerIpc } from './electron/ipc'
import { electronTrash } from './electron/platform'
import { APP_ENTRY_URL, isAppSender } from './electron/policy/appUrl'
import { decidePermission } from './electron/policy/security'
import { registerAppProtocol, registerAppScheme } from './electron/protocol'
import { guardWebContents } from './electron/windows'
import { FileLogger } from './services/log/FileLogger'
import { WindowStateStore } from './services/WindowStateStore'

const here = path.dirname(fileURLToPath(import.meta.url))
const rendererRoot = path.join(here, '../renderer')
const preloadPath = path.join(here, '../preload/index.cjs')
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

registerAppScheme()
// A separate profile and library for the e2e run against the real app, and for portable setups.
const userDataOverride = process.env['GALLEY_USER_DATA_DIR']
if (userDataOverride) app.setPath('userData', userDataOverride)

if (!app.requestSingleInstanceLock()) {
  // The running Galley receives our command line through `second-instance` and opens its files.
  app.quit()
} else {
  // macOS sends files opened from the Finder or the dock before `ready`: keep them until then.
  const early: string[] = []
  let shell: DesktopShell | undefined
  app.on('open-file', (event, filePath) => {
    event.preventDefault()
    if (shell) void shell.router.open(filePath)
    else early.push(filePath)
  })
  void main((s) => (shell = s), early)
}

async function main(setShell: (shell: DesktopShell) => void, early: readonly string[]): Promise<void> {
  const logDir = path.join(app.getPath('userData'), 'logs')
  const fileLogger = new FileLogger({ dir: logDir, echo: !app.isPackaged })
  const logger = fileLogger.logger
  process.on('uncaughtException', (error) => logger.error('uncaught exception in main', error))
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection in main', reason))

  await app.whenReady()
  logger.info('Galley starting', { version: app.getVersion(), platform: process.platform, electron: process.versions.electron })
  const userDataDir = app.getPath('userData')
  // Bundled fonts: next to the app in an installed copy (electron-builder extraResources), in the repo otherwise.
  const fontsDir = app.isPackaged ? path.join(process.resourcesPath, 'resources/fonts') : path.join(here, '../../resources/fonts')
  const trustedOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined
  const sink = new ElectronEventSink()
  // One hidden print window makes the PDFs and shows File › Print's system dialog.
  const printer = new ElectronPdfPrinter({ tempDir: app.getPath('temp'), fonts: new FontLibrary(fontsDir) })
  let shell: DesktopShell | undefined
  const container: Container = createContainer({
    appName: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    userDataDir,
    defaultLibraryDir: process.env['GALLEY_LIBRARY_DIR'] ?? path.join(app.getPath('documents'), 'Galley'),
    dialogs: new ElectronFileDialogs(),
    print: { printer, printDialog: printer },
    ...(app.isPackaged ? { dictionariesDir: path.join(process.resourcesPath, 'resources/dictionaries') } : {}),
    logger,
    logFile: fileLogger.file,
    events: {
      emit(name, payload) {
        sink.emit(name, payload)
        if (name === 'onSettingsChanged') shell?.settingsChanged(payload as { spellCheck: boolean; editorZoom: number })
      },
    },
    isTrustedSender: (sender) => isAppSender(sender, trustedOrigin),
    onUnexpectedError: (channel, error) => logger.error('host API call failed', error, { channel }),
    trash: () => electronTrash,
    // Built beside this bundle as its own entry (electron.vite.config.ts).
    parallelIndexing: defaultParallelIndexing(pathToFileURL(path.join(here, 'indexWorker.js'))),
    desktop: (services) =>
      (shell = new DesktopShell({
        platform: process.platform,
        url: devServerUrl ?? APP_ENTRY_URL,
        preloadPath,
        iconPath: path.join(here, '../../resources/icon.png'),
        windowState: new WindowStateStore(userDataDir),
        settings: services.settings,
        logger,
        logFile: fileLogger.file,
        userDataDir,
        libraryDir: services.libraryDir,
        isDevelopment: !app.isPackaged,
        disposeServices: () => container.dispose(),
        recent: {
          list: () => services.library.recentEntries(),
          admit: (file) => services.library.admit(file),
          clear: () => services.library.clearRecent(),
        },
      })),
  })
  await container.start()
  const desktop = shell as unknown as DesktopShell
  setShell(desktop)
  desktop.settingsChanged(await container.services.settings.get())

  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)))
  ses.setPermissionCheckHandler((_wc, permission) => decidePermission(permission))
  registerAppProtocol(ses, rendererRoot)
  registerIpc(ipcMain, container.channels, container.dispatch)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
  app.on('render-process-gone', (_event, _contents, details) => logger.error('a window’s page stopped', undefined, { reason: details.reason }))
  app.on('child-process-gone', (_event, details) => logger.warn('a helper process stopped', { type: details.type, reason: details.reason }))

  app.on('second-instance', (_event, argv, workingDirectory) => {
    void desktop.router.openFromArgv(argv, { cwd: workingDirectory, defaultApp: process.defaultApp === true }).then((opened) => {
      // Launched again without a file: bring Galley forward.
      if (opened.length === 0) desktop.focusAny()
    })
  })
  app.on('activate', () => {
    if (desktop.registry.list().length === 0) void desktop.openWindow(null)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('before-quit', (event) => {
    if (!desktop.quit.onBeforeQuit()) event.preventDefault()
  })
  // Linux logout and shutdown send SIGTERM: flush like Windows' session-end, then quit.
  process.on('SIGTERM', () => void desktop.quit.onSessionEnd())

  await desktop.router.markReady()
  for (const p of early) await desktop.router.open(p)
  await desktop.router.openFromArgv(process.argv, { cwd: process.cwd(), defaultApp: process.defaultApp === true })
  if (desktop.registry.list().length === 0) await desktop.openWindow(null)
}
