// Asking the user for an article to open: the system open dialog (FileDialogs) in the app and the
// harness; tests of the library alone answer from a queue.
import type { FileDialogs } from '../FileDialogs'

export interface FilePicker {
  /** The absolute path of the .galley file the user chose, or null when they cancelled. */
  pickArticle(): Promise<string | null>
}

/** Answers with the paths it was given, in order; null (cancelled) when it has none left. */
export class QueuedFilePicker implements FilePicker {
  private readonly answers: (string | null)[] = []

  answer(...paths: (string | null)[]): void {
    this.answers.push(...paths)
  }

  async pickArticle(): Promise<string | null> {
    return this.answers.shift() ?? null
  }
}

/** The open dialog of `FileDialogs`, limited to one .galley file. */
export function articlePicker(dialogs: Pick<FileDialogs, 'openFiles'>): FilePicker {
  return {
    async pickArticle() {
      const chosen = await dialogs.openFiles({ title: 'Open article', filters: [{ name: 'Galley article', extensions: ['galley'] }] })
      return chosen?.[0] ?? null
    },
  }
}
