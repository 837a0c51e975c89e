// Stands in for Chromium in unit tests: returns a one-page PDF (A4) and a fixed copyfit measurement,
// and records the jobs it was given.
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { FontLibrary } from '../FontLibrary'
import type { PdfPrinter, PrintJob } from '../PdfPrinter'

export const FONTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../resources/fonts')

export class FakePrinter implements PdfPrinter {
  readonly jobs: PrintJob[] = []
  closed = false
  fail: Error | null = null

  constructor(private readonly fonts = new FontLibrary(FONTS_DIR)) {}

  async fontUrls() {
    const urls = await this.fonts.dataUrls()
    return (file: string) => urls.get(file) ?? ''
  }

  async print(job: PrintJob) {
    this.jobs.push(job)
    if (this.fail) throw this.fail
    const doc = await PDFDocument.create()
    doc.addPage([595.28, 841.89])
    return { pdf: await doc.save(), measurement: job.measure ? { spanPx: 0, flowPx: 160, fullPx: 0 } : null }
  }

  async close() {
    this.closed = true
  }
}
