// The platform capability "ask the user where to save a file": a native dialog in the app
// (electron/ElectronSaveDialog), a scripted one in the e2e harness.

export interface SaveDialogRequest {
  readonly title: string
  /** Folder and file name the dialog opens with. */
  readonly defaultPath: string
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[]
}

export interface SaveDialog {
  /** The chosen absolute path, or null when the user cancelled. */
  showSave(request: SaveDialogRequest): Promise<string | null>
}
