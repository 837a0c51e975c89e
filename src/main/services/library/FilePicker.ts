// Asking the user for a file to open. The app shows the system dialog (main/electron); tests and the
// CLI answer from a queue they fill.

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
