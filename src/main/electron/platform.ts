// The library's platform capabilities in the app: the system trash and the system open dialog.
import { BrowserWindow, dialog, shell } from 'electron'
import type { FilePicker } from '../services/library/FilePicker'
import type { Trash } from '../services/library/Trash'

/** Trashed articles go to the system trash, where the user restores them as with any file. */
export const electronTrash: Trash = {
  restorable: false,
  async trash(real) {
    await shell.trashItem(real)
    return null
  },
  async list() {
    return []
  },
  async restore() {
    throw new Error('articles in the system trash are restored from there')
  },
}

export const electronFilePicker: FilePicker = {
  async pickArticle() {
    const owner = BrowserWindow.getFocusedWindow()
    const options: Electron.OpenDialogOptions = {
      title: 'Open Article',
      properties: ['openFile'],
      filters: [{ name: 'Galley articles', extensions: ['galley'] }],
    }
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
}

/** `.galley` files named on the command line (double-click on Windows and Linux, "Open with"). */
export function articlesInArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.galley'))
}
