// Electron main process: lifecycle only. Everything else is wired in container.ts.
import { app, ipcMain, session } from 'electron'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContainer } from './container'
import { ElectronEventSink } from './electron/ElectronEventSink'
import { ElectronFileDialogs } from './electron/ElectronFileDialogs'
import { ElectronPdfPrinter } from './electron/ElectronPdfPrinter'
import { FontLibrary } from './services/print/FontLibrary'
import { registerIpc } from './electron/ipc'
import { APP_ENTRY_URL, isAppSender } from './electron/policy/appUrl'
import { decidePermission } from './electron/policy/security'
import { registerAppProtocol, registerAppScheme } from './electron/protocol'
import { createMainWindow, guardWebContents } from './electron/windows'
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
  app.quit()
} else {
  void main()
}

async function main(): Promise<void> {
  await app.whenReady()
  const userDataDir = app.getPath('userData')
  // Bundled fonts: next to the app in an installed copy (electron-builder extraResources), in the repo otherwise.
  const fontsDir = app.isPackaged ? path.join(process.resourcesPath, 'resources/fonts') : path.join(here, '../../resources/fonts')
  const trustedOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined
  const container = createContainer({
    appName: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    userDataDir,
    defaultLibraryDir: process.env['GALLEY_LIBRARY_DIR'] ?? path.join(app.getPath('documents'), 'Galley'),
    events: new ElectronEventSink(),
    dialogs: new ElectronFileDialogs(),
    isTrustedSender: (sender) => isAppSender(sender, trustedOrigin),
    onUnexpectedError: (channel, error) => console.error(`[galley] ${channel} failed`, error),
    print: { printer: new ElectronPdfPrinter({ tempDir: app.getPath('temp'), fonts: new FontLibrary(fontsDir) }) },
  })
  await container.start()

  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(decidePermission(permission)))
  ses.setPermissionCheckHandler((_wc, permission) => decidePermission(permission))
  registerAppProtocol(ses, rendererRoot)
  registerIpc(ipcMain, container.channels, container.dispatch)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))

  const windowState = new WindowStateStore(userDataDir)
  const openWindow = (): Promise<unknown> =>
    createMainWindow({
      url: devServerUrl ?? APP_ENTRY_URL,
      preloadPath,
      iconPath: path.join(here, '../../resources/icon.png'),
      windowState,
    })
  let mainWindow = await openWindow()

  app.on('second-instance', () => {
    const win = mainWindow as Electron.BrowserWindow
    if (win.isDestroyed()) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('activate', () => {
    if ((mainWindow as Electron.BrowserWindow).isDestroyed()) void openWindow().then((w) => (mainWindow = w))
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => void container.dispose())
}
