import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { body, paragraph, subhead } from '../../../shared/article/body'
import { createArticle } from '../../../shared/article/file'
import type { Layout } from '../../../shared/article/layout'
import { GalleyError } from '../../../shared/ipc/errors'
import { defaultSettings, type Settings } from '../../../shared/ipc/settings'
import { COPYFIT_MEASURE_SCRIPT } from '../../../shared/render/copyfit'
import { ScriptedFileDialogs } from '../FileDialogs'
import { FontLibrary } from './FontLibrary'
import type { PdfPrinter } from './PdfPrinter'
import { pdfExporter, pdfFileName, PrintService } from './PrintService'
import { FakePrinter } from './testing/FakePrinter'
import { RecordingPrintDialog } from './testing/RecordingPrintDialog'

/** A save dialog the "user" answers with `answer` (null = Cancel). */
const saveDialog = (answer: string | null): ScriptedFileDialogs => new ScriptedFileDialogs().answerSave(answer)

function article(layout: Partial<Layout> = {}) {
  return createArticle({ id: '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10', now: new Date('2020-07-08T10:00:00Z'), meta: { headline: 'Bridge: 40,000 cars?', byline: 'By Ana Smith', deck: 'Deck', tags: ['a', 'b'] }, layout, body: body([paragraph('Text.'), subhead('Next')]) })
}

let dir: string
let settings: Settings
const settingsStore = { get: async () => settings, set: async (patch: Partial<Settings>) => (settings = { ...settings, ...patch }) }

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-print-'))
  settings = { ...defaultSettings, publicationName: 'Pref Daily', editorInChief: 'Pref Editor' }
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function service(printer: PdfPrinter, dialogs?: ScriptedFileDialogs) {
  return new PrintService({ printer, settings: settingsStore, ...(dialogs ? { dialogs } : {}), defaultExportDir: async () => dir, producer: 'Galley 9.9' })
}

describe('PrintService', () => {
  it('prints the print document with embedded fonts and finishes the PDF', async () => {
    const printer = new FakePrinter()
    const out = await service(printer).pdf(article({ masthead: 'editorial' }))
    expect(out.pages).toBe(1)
    expect(out.copyfit).toBeNull()
    expect(out.sheet).toEqual({ widthMm: 210, heightMm: 297 })
    const job = printer.jobs[0]!
    expect(job.measure).toBeUndefined()
    expect(job.html).toContain('src:url(data:font/woff2;base64,')
    // Preferences fill what the article leaves empty.
    expect(job.html).toContain('Pref Daily')
    expect(job.html).toContain('Editor in Chief: Pref Editor')
    const doc = await PDFDocument.load(out.pdf, { updateMetadata: false })
    expect(doc.getTitle()).toBe('Bridge: 40,000 cars?')
    expect(doc.getAuthor()).toBe('Ana Smith')
    expect(doc.getProducer()).toBe('Galley 9.9')
  })

  it('measures copyfit only when the article has a target', async () => {
    const printer = new FakePrinter()
    const out = await service(printer).pdf(article({ copyfit: { kind: 'depth', depthMm: 100 } }))
    expect(printer.jobs[0]!.measure).toBe(COPYFIT_MEASURE_SCRIPT)
    expect(out.copyfit?.status).toBe('short')
    expect(out.copyfit?.message).toMatch(/^short by \d+ lines$/)
  })

  it('is the PDF export format: the finished PDF, with the copyfit verdict as a warning', async () => {
    const exporter = pdfExporter(service(new FakePrinter()))
    const plain = await exporter(article(), {})
    expect(Buffer.from(plain.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(plain.warnings).toEqual([])
    const short = await exporter(article({ copyfit: { kind: 'depth', depthMm: 100 } }), {})
    expect(short.warnings).toEqual([expect.stringMatching(/^The copy does not fit its space: short by \d+ lines\.$/)])
  })

  it('turns a printer failure into a sentence a journalist understands', async () => {
    const printer = new FakePrinter()
    printer.fail = new Error('Target page, context or browser has been closed\n  at stack')
    const error = await service(printer).pdf(article()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GalleyError)
    expect(error).toMatchObject({ code: 'PRINT_FAILED', detail: 'Target page, context or browser has been closed' })
  })

  it('says the fonts are missing rather than printing with others', async () => {
    const error = await service(new FakePrinter(new FontLibrary(path.join(dir, 'nowhere')))).pdf(article()).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'FONTS_MISSING' })
  })

  it('exports where the user chooses, adds .pdf and remembers the folder', async () => {
    const out = path.join(dir, 'out')
    await mkdir(out)
    const dialog = saveDialog(path.join(out, 'front'))
    const result = await service(new FakePrinter(), dialog).exportPdf(article())
    expect(result).toMatchObject({ status: 'saved', path: path.join(out, 'front.pdf'), pages: 1 })
    expect((await readFile(path.join(out, 'front.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
    expect(dialog.saveRequests[0]).toMatchObject({ title: 'Export PDF', defaultPath: path.join(dir, 'Bridge 40,000 cars.pdf'), filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
    expect(settings.lastExportDir).toBe(out)

    const again = saveDialog(null)
    expect(await service(new FakePrinter(), again).exportPdf(article(), { suggestedName: 'Page one.pdf' })).toEqual({ status: 'cancelled' })
    expect(again.saveRequests[0]!.defaultPath).toBe(path.join(out, 'Page one.pdf'))
  })

  it('offers the library when the last export folder is gone', async () => {
    settings = { ...settings, lastExportDir: path.join(dir, 'deleted') }
    const dialog = saveDialog(null)
    await service(new FakePrinter(), dialog).exportPdf(article())
    expect(path.dirname(dialog.saveRequests[0]!.defaultPath)).toBe(dir)
  })

  it('says so, and changes nothing there, when the PDF cannot be written', async () => {
    // A folder where the file should go: the atomic rename fails even for root.
    const taken = path.join(dir, 'taken.pdf')
    await mkdir(taken)
    await writeFile(path.join(taken, 'keep.txt'), 'keep')
    const error = await service(new FakePrinter(), saveDialog(taken)).exportPdf(article()).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'EXPORT_WRITE_FAILED', detail: expect.stringContaining(taken) })
    expect(await readFile(path.join(taken, 'keep.txt'), 'utf8')).toBe('keep')
    expect(settings.lastExportDir).toBeNull()
  })

  it('refuses to export without a dialog and closes the printer on dispose', async () => {
    const printer = new FakePrinter()
    const s = service(printer)
    await expect(s.exportPdf(article())).rejects.toMatchObject({ code: 'NO_DIALOG' })
    await s.dispose()
    expect(printer.closed).toBe(true)
  })

  it('sends the very print document of the PDF to the system print dialog and says how it ended', async () => {
    const printer = new FakePrinter()
    const dialog = new RecordingPrintDialog().answer('cancelled').answer(new Error('CUPS is not running'))
    const s = new PrintService({ printer, settings: settingsStore, defaultExportDir: async () => dir, producer: 'Galley 9.9', printDialog: dialog })
    expect(await s.printDialog(article({ pageSize: 'Tabloid' }))).toEqual({ status: 'cancelled' })
    await s.pdf(article({ pageSize: 'Tabloid' }))
    // Paper and PDF come from the same document.
    expect(dialog.jobs[0]!.html).toBe(printer.jobs[0]!.html)
    expect(dialog.jobs[0]!.title).toBe('Bridge: 40,000 cars?')
    await expect(s.printDialog(article())).rejects.toMatchObject({ code: 'PRINT_FAILED', message: expect.stringMatching(/printer/) })
    expect(await s.printDialog(article())).toEqual({ status: 'sent' })
    // Without a dialog (the CLI), a clear refusal.
    await expect(service(printer).printDialog(article())).rejects.toMatchObject({ code: 'NO_PRINTER_DIALOG' })
  })
})

describe('pdfFileName', () => {
  it('makes a file name from any headline', () => {
    expect(pdfFileName('Bridge: 40,000 cars?')).toBe('Bridge 40,000 cars.pdf')
    expect(pdfFileName('a/b\\c*d')).toBe('a b c d.pdf')
    expect(pdfFileName('   ')).toBe('Article.pdf')
    expect(pdfFileName('..hidden')).toBe('hidden.pdf')
    expect(pdfFileName('پل جدید')).toBe('پل جدید.pdf')
    expect(pdfFileName('x'.repeat(300))).toHaveLength(84)
  })
})
