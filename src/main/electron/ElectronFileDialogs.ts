// Electron's native open and save dialogs, attached to the focused window.
import { BrowserWindow, dialog } from 'electron'
import type { FileDialogs, OpenDialogOptions, SaveDialogOptions } from '../services/FileDialogs'

const filters = (list: OpenDialogOptions['filters']): Electron.FileFilter[] => list.map((f) => ({ name: f.name, extensions: [...f.extensions] }))

export class ElectronFileDialogs implements FileDialogs {
  async openFiles(options: OpenDialogOptions): Promise<string[] | null> {
    const win = BrowserWindow.getFocusedWindow()
    const props: Electron.OpenDialogOptions = { title: options.title, filters: filters(options.filters), properties: ['openFile', 'multiSelections'], ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}) }
    const result = win ? await dialog.showOpenDialog(win, props) : await dialog.showOpenDialog(props)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
  }

  async saveFile(options: SaveDialogOptions): Promise<string | null> {
    const win = BrowserWindow.getFocusedWindow()
    const props: Electron.SaveDialogOptions = { title: options.title, defaultPath: options.defaultPath, filters: filters(options.filters), properties: ['createDirectory', 'showOverwriteConfirmation'] }
    const result = win ? await dialog.showSaveDialog(win, props) : await dialog.showSaveDialog(props)
    return result.canceled || !result.filePath ? null : result.filePath
  }
}
