// Stands in for the system print dialog in the e2e harness and unit tests: records each document it
// was asked to print and answers as the test scripted ("sent" unless told otherwise).
import type { PrintDialogOutcome, PrintJob, SystemPrintDialog } from '../PdfPrinter'

export class RecordingPrintDialog implements SystemPrintDialog {
  readonly jobs: (PrintJob & { readonly title: string })[] = []
  private readonly answers: (PrintDialogOutcome | Error)[] = []

  /** The next dialog ends this way (queued; `sent` when nothing is queued). */
  answer(outcome: PrintDialogOutcome | Error): this {
    this.answers.push(outcome)
    return this
  }

  async printDialog(job: PrintJob & { readonly title: string }): Promise<PrintDialogOutcome> {
    this.jobs.push(job)
    const answer = this.answers.shift() ?? 'sent'
    if (answer instanceof Error) throw answer
    return answer
  }
}
