// SaveDialog in the app: the native save sheet, attached to the focused window.
import { BrowserWindow, dialog } from 'electron'
import type { SaveDialog, SaveDialogRequest } from '../services/SaveDialog'

export class ElectronSaveDialog implements SaveDialog {
  async showSave(request: SaveDialogRequest): Promise<string | null> {
    const options: Electron.SaveDialogOptions = {
      title: request.title,
      defaultPath: request.defaultPath,
      filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }
    const parent = BrowserWindow.getFocusedWindow()
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
}
