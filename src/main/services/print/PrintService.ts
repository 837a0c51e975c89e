// Article -> print-ready PDF: render the print document, print it on the warm printer, finish it
// with pdf-lib. The preview pane, File → Export PDF and the CLI all come through here, so they
// cannot differ.
import * as path from 'node:path'
import { LANGUAGES } from '../../../shared/article/languages'
import { outline } from '../../../shared/article/text'
import { GalleyError } from '../../../shared/ipc/errors'
import type { ExportPdfOptions, ExportPdfResult, PdfOutput, SystemPrintResult } from '../../../shared/ipc/print'
import { defaultSettings, type Settings, type SettingsPatch } from '../../../shared/ipc/settings'
import { COPYFIT_MEASURE_SCRIPT, evaluateCopyfit, type CopyfitMeasurement } from '../../../shared/render/copyfit'
import { printDocument, type PrintableArticle } from '../../../shared/render/printDocument'
import { writeFileAtomic } from '../fs/atomicWrite'
import { fileNameFor, isFolder } from '../fs/names'
import type { PdfExporter } from '../io/ExportService'
import type { FileDialogs } from '../FileDialogs'
import { finishPdf } from './finishPdf'
import type { PdfPrinter, SystemPrintDialog } from './PdfPrinter'

export interface PrintServiceOptions {
  readonly printer: PdfPrinter
  readonly settings: { get(): Promise<Settings>; set(patch: SettingsPatch): Promise<Settings> }
  /** Where Export PDF asks for a file name; absent where there is no UI (CLI): exportPdf then refuses. */
  readonly dialogs?: Pick<FileDialogs, 'saveFile'>
  /** Where the first export is offered (the library folder). */
  readonly defaultExportDir: () => Promise<string>
  /** Written as the PDF's Producer, e.g. "Galley 0.1.0". */
  readonly producer: string
  /** File › Print's system dialog; absent where there is no printer to ask (CLI). */
  readonly printDialog?: SystemPrintDialog
}

export interface WrittenPdf {
  readonly path: string
  readonly pages: number
  readonly copyfit: PdfOutput['copyfit']
}

/** A file name for the PDF from the headline (or `Article.pdf`), as every export names its file. */
export function pdfFileName(headline: string): string {
  return `${fileNameFor(headline, 'Article')}.pdf`
}

const isMeasurement = (m: unknown): m is CopyfitMeasurement =>
  typeof m === 'object' && m !== null && ['spanPx', 'flowPx', 'fullPx'].every((k) => typeof (m as Record<string, unknown>)[k] === 'number')

export class PrintService {
  constructor(private readonly options: PrintServiceOptions) {}

  /** The print document of an article, as every output of this service starts from it. */
  private async document(article: PrintableArticle) {
    const fontUrl = await this.options.printer.fontUrls()
    const settings = await this.options.settings.get()
    return printDocument(article, {
      fontUrl,
      defaults: { publication: settings.publicationName, editorInChief: settings.editorInChief, dateFormat: settings.dateFormat },
    })
  }

  /** The finished PDF of an article, its page count and copyfit. */
  async pdf(article: PrintableArticle): Promise<PdfOutput> {
    const doc = await this.document(article)
    const wantCopyfit = article.layout.copyfit.kind !== 'none'
    let printed
    try {
      printed = await this.options.printer.print({ html: doc.html, ...(wantCopyfit ? { measure: COPYFIT_MEASURE_SCRIPT } : {}) })
    } catch (error) {
      if (error instanceof GalleyError) throw error
      throw new GalleyError('PRINT_FAILED', 'Galley could not make the PDF. Your article is unchanged; try again, and restart Galley if it keeps failing.', errorText(error))
    }
    const { meta, layout } = article
    const finished = await finishPdf(printed.pdf, {
      title: doc.title || 'Untitled article',
      author: meta.byline.replace(/^\s*by\s+/i, ''),
      subject: meta.deck,
      keywords: meta.tags,
      language: LANGUAGES[meta.language].tag,
      rtl: doc.rtl,
      trimMm: doc.geometry.trim,
      bleedMm: doc.geometry.bleedMm,
      cropMarks: layout.cropMarks,
      producer: this.options.producer,
      headings: [meta.headline, ...outline(article.body).map((h) => h.text)].filter(Boolean),
    })
    const copyfit = wantCopyfit && isMeasurement(printed.measurement) ? evaluateCopyfit(layout.copyfit, layout, doc.geometry, printed.measurement) : null
    return { pdf: finished.pdf, pages: finished.pages, copyfit, sheet: doc.geometry.sheet }
  }

  /** Prints the article to `target` (atomically: an existing file is replaced whole or not at all). */
  async writePdf(article: PrintableArticle, target: string): Promise<WrittenPdf> {
    const out = await this.pdf(article)
    try {
      await writeFileAtomic(target, out.pdf)
    } catch (error) {
      throw new GalleyError('EXPORT_WRITE_FAILED', 'Galley could not save the PDF there (the folder may be read-only or full). Choose another place; your article is unchanged.', `${target}: ${errorText(error)}`)
    }
    return { path: target, pages: out.pages, copyfit: out.copyfit }
  }

  /** File → Export PDF: asks where, starting in the last export folder, then writes and remembers the folder. */
  async exportPdf(article: PrintableArticle, options: ExportPdfOptions = {}): Promise<ExportPdfResult> {
    const dialogs = this.options.dialogs
    if (!dialogs) throw new GalleyError('NO_DIALOG', 'Export needs a window to ask where to save the PDF.')
    const { lastExportDir } = await this.options.settings.get()
    const dir = lastExportDir && (await isFolder(lastExportDir)) ? lastExportDir : await this.options.defaultExportDir()
    const name = options.suggestedName ? pdfFileName(options.suggestedName.replace(/\.pdf$/i, '')) : pdfFileName(article.meta.headline)
    const chosen = await dialogs.saveFile({ title: 'Export PDF', defaultPath: path.join(dir, name), filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
    if (!chosen) return { status: 'cancelled' }
    const target = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`
    const written = await this.writePdf(article, target)
    await this.options.settings.set({ lastExportDir: path.dirname(target) }).catch(() => undefined)
    return { status: 'saved', ...written }
  }

  /**
   * File › Print: the system print dialog on the very document the PDF is printed from (so paper
   * and PDF agree). Resolves once the dialog is closed.
   */
  async printDialog(article: PrintableArticle): Promise<SystemPrintResult> {
    const dialog = this.options.printDialog
    if (!dialog) throw new GalleyError('NO_PRINTER_DIALOG', 'Printing on paper is not available in this copy of Galley. Export a PDF and print that instead.')
    const doc = await this.document(article)
    let outcome
    try {
      outcome = await dialog.printDialog({ html: doc.html, title: doc.title || 'Untitled article' })
    } catch (error) {
      if (error instanceof GalleyError) throw error
      throw new GalleyError('PRINT_FAILED', 'The article could not be sent to the printer. Check that the printer is on and connected, then try again; your article is unchanged.', errorText(error))
    }
    return { status: outcome }
  }

  async dispose(): Promise<void> {
    await this.options.printer.close()
  }
}

/**
 * PDF as an export format (ExportService, `io.exportArticle(…, 'pdf')`, `galley export`): the
 * print engine's PDF, with the copyfit verdict as a warning when the copy does not fit its space.
 */
export function pdfExporter(print: PrintService): PdfExporter {
  return async (article) => {
    const out = await print.pdf(article)
    const warnings = out.copyfit && out.copyfit.status !== 'fits' ? [`The copy does not fit its space: ${out.copyfit.message}.`] : []
    return { bytes: out.pdf, warnings }
  }
}

/**
 * A PrintService for tools without an app around them (CLI, benchmarks, scripts): preferences kept
 * in memory (the defaults, or those `settings` gives, such as the app's own read by the CLI), no
 * save dialog, exports offered in `exportDir`.
 */
export function standalonePrintService(options: { printer: PdfPrinter; exportDir?: string; producer?: string; settings?: Partial<Settings> }): PrintService {
  let settings: Settings = { ...defaultSettings, ...options.settings }
  return new PrintService({
    printer: options.printer,
    settings: { get: async () => settings, set: async (patch) => (settings = { ...settings, ...patch }) },
    defaultExportDir: async () => options.exportDir ?? process.cwd(),
    producer: options.producer ?? 'Galley',
  })
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error).slice(0, 300)
}
