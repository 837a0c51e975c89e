// The platform capability "print this HTML to PDF". Two implementations share everything else:
// ChromiumPdfPrinter (system Chromium via playwright-core: CLI, tests, benchmarks) and
// ElectronPdfPrinter (a hidden window's webContents.printToPDF, in the app).

export interface PrintJob {
  /** A self-contained print document (render/printDocument): page size and margins come from its @page rule. */
  readonly html: string
  /**
   * An expression evaluated in the page once fonts and images are ready, before printing; its
   * (JSON-serializable) value comes back as `measurement`.
   */
  readonly measure?: string
}

export interface PrintedPdf {
  readonly pdf: Uint8Array
  readonly measurement: unknown
}

export interface PdfPrinter {
  /**
   * How print documents refer to the bundled fonts on this printer (resources/fonts file name ->
   * URL). Loads the fonts first; fails with FONTS_MISSING when they are not installed.
   */
  fontUrls(): Promise<(file: string) => string>
  /** Prints one document. Jobs run one at a time on a warm page (or window) that is reused. */
  print(job: PrintJob): Promise<PrintedPdf>
  /** Frees the browser or window; a later `print` starts a new one. */
  close(): Promise<void>
}

/**
 * Options both printers pass to Chromium: the page size and margins of the document's @page rule,
 * backgrounds printed, a tagged PDF with an outline from the headings.
 */
export const CHROMIUM_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
} as const

/** How the system print dialog ended. */
export type PrintDialogOutcome = 'sent' | 'cancelled'

/**
 * The platform capability "print this document on a printer, asking the user first" (File › Print):
 * the hidden print window's system dialog in the app (ElectronPdfPrinter), a recorder in the e2e
 * harness and tests (testing/RecordingPrintDialog).
 */
export interface SystemPrintDialog {
  /** Loads the document (fonts and images ready), shows the system print dialog, resolves when it closes. */
  printDialog(job: PrintJob & { readonly title: string }): Promise<PrintDialogOutcome>
}
