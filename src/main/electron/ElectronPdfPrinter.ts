// PdfPrinter in the app: a hidden, sandboxed window kept warm and reused, printing with
// webContents.printToPDF — the same Chromium code system Chromium runs in the CLI and the tests —
// and showing the system print dialog on the same document for File › Print.
import { BrowserWindow, session } from 'electron'
import { randomBytes } from 'node:crypto'
import { unlink, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PRINT_READY_SCRIPT } from '../../shared/render/copyfit'
import type { FontLibrary } from '../services/print/FontLibrary'
import { CHROMIUM_PDF_OPTIONS, type PdfPrinter, type PrintDialogOutcome, type PrintedPdf, type PrintJob, type SystemPrintDialog } from '../services/print/PdfPrinter'
import { SerialQueue } from '../services/util/SerialQueue'

/** An in-memory session of its own: nothing the print window does touches the app's session. */
export const PRINT_PARTITION = 'galley-print'

/** The print window may load its own document and the data: URLs inside it, nothing else. */
export function allowPrintRequest(url: string, documentUrl: string | undefined): boolean {
  return url.startsWith('data:') || (documentUrl !== undefined && url === documentUrl)
}

export function printWindowOptions(): Electron.BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1280,
    height: 900,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // The page has no script of its own; Galley runs the font wait and the copyfit measure in it.
      javascript: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  }
}

/**
 * The system dialog prints what the PDF prints: the document's own @page size and margins
 * (Chromium's "default" margins are the CSS ones), backgrounds and rules included.
 */
export function printDialogOptions(): Electron.WebContentsPrintOptions {
  return { silent: false, printBackground: true, margins: { marginType: 'default' } }
}

/** Electron reports a dismissed dialog as a failure whose reason says "cancelled". */
export function isCancel(failureReason: string): boolean {
  return /cancel/i.test(failureReason)
}

export interface ElectronPdfPrinterOptions {
  /** Folder for the transient print document (the app's temp folder). */
  readonly tempDir: string
  readonly fonts: FontLibrary
}

export class ElectronPdfPrinter implements PdfPrinter, SystemPrintDialog {
  private readonly queue = new SerialQueue()
  private window: BrowserWindow | undefined
  private documentUrl: string | undefined

  constructor(private readonly options: ElectronPdfPrinterOptions) {}

  /** Fonts travel inside the document as data: URLs: the window loads nothing but its own file. */
  async fontUrls(): Promise<(file: string) => string> {
    const urls = await this.options.fonts.dataUrls()
    return (file) => urls.get(file) ?? ''
  }

  print(job: PrintJob): Promise<PrintedPdf> {
    return this.queue.run(() =>
      this.withDocument(job.html, async (contents) => {
        const measurement: unknown = job.measure ? await contents.executeJavaScript(job.measure) : null
        const pdf = await contents.printToPDF({
          preferCSSPageSize: CHROMIUM_PDF_OPTIONS.preferCSSPageSize,
          printBackground: CHROMIUM_PDF_OPTIONS.printBackground,
          generateTaggedPDF: CHROMIUM_PDF_OPTIONS.tagged,
          generateDocumentOutline: CHROMIUM_PDF_OPTIONS.outline,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        })
        return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), measurement }
      }),
    )
  }

  /**
   * File › Print: the system print dialog of the hidden print window, on the same document. The
   * queue holds other jobs (preview refreshes) until the dialog closes, so none replaces the
   * document under it.
   */
  printDialog(job: PrintJob & { readonly title: string }): Promise<PrintDialogOutcome> {
    return this.queue.run(() =>
      this.withDocument(job.html, (contents) =>
        new Promise<PrintDialogOutcome>((resolve, reject) => {
          contents.print(printDialogOptions(), (success, failureReason) => {
            if (success) resolve('sent')
            else if (isCancel(failureReason)) resolve('cancelled')
            else reject(new Error(`print failed: ${failureReason}`))
          })
        }),
      ),
    )
  }

  /** Loads `html` into the warm window from a transient file, waits for fonts and images, runs `task`. */
  private async withDocument<T>(html: string, task: (contents: Electron.WebContents) => Promise<T>): Promise<T> {
    const win = this.warmWindow()
    // A file rather than a data: URL: documents with images pass Chromium's 2 MB URL limit.
    const file = path.join(this.options.tempDir, `galley-print-${randomBytes(8).toString('hex')}.html`)
    await writeFile(file, html, { mode: 0o600 })
    try {
      this.documentUrl = pathToFileURL(file).href
      await win.loadFile(file)
      const contents = win.webContents
      await contents.executeJavaScript(PRINT_READY_SCRIPT)
      return await task(contents)
    } finally {
      this.documentUrl = undefined
      await unlink(file).catch(() => undefined)
    }
  }

  close(): Promise<void> {
    return this.queue.run(async () => {
      if (this.window && !this.window.isDestroyed()) this.window.destroy()
      this.window = undefined
    })
  }

  private warmWindow(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) return this.window
    const ses = session.fromPartition(PRINT_PARTITION)
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowPrintRequest(details.url, this.documentUrl) }))
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    const options = printWindowOptions()
    const win = new BrowserWindow({
      ...options,
      webPreferences: {
        ...options.webPreferences,
        // Repeated at the construction site so the isolation is visible where the window is made.
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        disableBlinkFeatures: 'Auxclick',
      },
    })
    // A crashed renderer takes the window with it; the next job starts a new one.
    win.webContents.on('render-process-gone', () => {
      if (!win.isDestroyed()) win.destroy()
      if (this.window === win) this.window = undefined
    })
    this.window = win
    return win
  }
}
