// Electron main process: lifecycle only. Everything else is wired in container.ts.
import { app, ipcMain, session } from 'electron'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContainer } from './container'
import { ElectronEventSink } from './electron/ElectronEventSink'
import { registerIpc } from './electron/ipc'
import { articlesInArgv, electronFilePicker, electronTrash } from './electron/platform'
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
  const trustedOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined
  const container = createContainer({
    appName: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    userDataDir,
    defaultLibraryDir: process.env['GALLEY_LIBRARY_DIR'] ?? path.join(app.getPath('documents'), 'Galley'),
    events: new ElectronEventSink(),
    isTrustedSender: (sender) => isAppSender(sender, trustedOrigin),
    onUnexpectedError: (channel, error) => console.error(`[galley] ${channel} failed`, error),
    trash: () => electronTrash,
    picker: electronFilePicker,
  })
  await container.start()
  const openRequested = (files: readonly string[]): void => {
    for (const file of files) void container.services.library.openExternal(file).catch((error: unknown) => console.error('[galley] open', error))
  }

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

  // Files named at launch are announced once the page has loaded (they are also first in Recent).
  const launchFiles = articlesInArgv(process.argv)
  ;(mainWindow as Electron.BrowserWindow).webContents.once('did-finish-load', () => openRequested(launchFiles))
  app.on('open-file', (event, file) => {
    event.preventDefault()
    openRequested([file])
  })
  app.on('second-instance', (_event, argv) => {
    openRequested(articlesInArgv(argv))
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
