// The save dialog of the harness: a test says in advance what the "user" picks.
import type { SaveDialog, SaveDialogRequest } from '../../../src/main/services/SaveDialog'

export class ScriptedSaveDialog implements SaveDialog {
  /** Every dialog the app asked for, in order. */
  readonly requests: SaveDialogRequest[] = []
  private readonly answers: (string | null)[] = []

  /** The next dialog returns `choice` (an absolute path, or null for Cancel). Unscripted dialogs are cancelled. */
  answerNext(choice: string | null): void {
    this.answers.push(choice)
  }

  async showSave(request: SaveDialogRequest): Promise<string | null> {
    this.requests.push(request)
    return this.answers.length ? (this.answers.shift() ?? null) : null
  }
}
