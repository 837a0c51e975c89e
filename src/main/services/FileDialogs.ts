// The open and save dialogs services need, as a small interface: Electron's dialogs in the app
// (src/main/electron/ElectronFileDialogs.ts), scripted answers in tests and the e2e harness.
export interface FileFilter {
  readonly name: string
  readonly extensions: readonly string[]
}

export interface OpenDialogOptions {
  readonly title: string
  readonly filters: readonly FileFilter[]
  readonly defaultPath?: string
}

export interface SaveDialogOptions {
  readonly title: string
  readonly defaultPath: string
  readonly filters: readonly FileFilter[]
}

export interface FileDialogs {
  /** The chosen files, or null when the user cancelled. */
  openFiles(options: OpenDialogOptions): Promise<string[] | null>
  /** The chosen path, or null when the user cancelled. */
  saveFile(options: SaveDialogOptions): Promise<string | null>
}

/** Answers dialogs from a queue (null = the user cancels); with none queued, every dialog is cancelled. */
export class ScriptedFileDialogs implements FileDialogs {
  readonly asked: ({ kind: 'open' } & OpenDialogOptions | { kind: 'save' } & SaveDialogOptions)[] = []
  private readonly opens: (string[] | null)[] = []
  private readonly saves: (string | null)[] = []

  /** The save dialogs asked for so far, in order. */
  get saveRequests(): SaveDialogOptions[] {
    return this.asked.flatMap(({ kind, ...options }) => (kind === 'save' ? [options as SaveDialogOptions] : []))
  }

  answerOpen(paths: string[] | null): this {
    this.opens.push(paths)
    return this
  }

  answerSave(path: string | null): this {
    this.saves.push(path)
    return this
  }

  async openFiles(options: OpenDialogOptions): Promise<string[] | null> {
    this.asked.push({ kind: 'open', ...options })
    return this.opens.shift() ?? null
  }

  async saveFile(options: SaveDialogOptions): Promise<string | null> {
    this.asked.push({ kind: 'save', ...options })
    return this.saves.shift() ?? null
  }
}
