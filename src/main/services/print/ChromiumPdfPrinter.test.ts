// The Chromium printer against Debian's Chromium: fonts served by the printer, nothing else loaded,
// documents swapped on the warm page, and a fresh page after the old one died.
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChromiumPdfPrinter, FONT_ORIGIN } from './ChromiumPdfPrinter'
import { appendFinish } from './finishPdf'
import { FontLibrary } from './FontLibrary'

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../resources/fonts')
const FACE = 'source-serif-4-latin-400-normal.woff2'

function doc(title: string, body: string, fontUrl: string): string {
  return (
    `<!doctype html><html lang="en"><head><title>${title}</title>` +
    `<style data-galley-fonts>@font-face{font-family:'Test Serif';src:url(${fontUrl}) format('woff2')}</style>` +
    `<style data-galley-layout>@page{size:100mm 100mm;margin:10mm}body{font-family:'Test Serif'}</style></head><body>${body}</body></html>`
  )
}

const titleOf = async (pdf: Uint8Array): Promise<string | undefined> => (await PDFDocument.load(pdf, { updateMetadata: false })).getTitle()

describe('ChromiumPdfPrinter', () => {
  let printer: ChromiumPdfPrinter
  let fontUrl: (file: string) => string
  beforeAll(async () => {
    printer = new ChromiumPdfPrinter({ fonts: new FontLibrary(FONTS) })
    fontUrl = await printer.fontUrls()
  })
  afterAll(async () => {
    await printer.close()
  })

  it('serves the bundled fonts itself, so the PDF embeds them', async () => {
    expect(fontUrl(FACE)).toBe(`${FONT_ORIGIN}/${FACE}`)
    const out = await printer.print({ html: doc('One', '<p>Printed in Source Serif.</p>', fontUrl(FACE)), measure: 'document.fonts.check("12px \'Test Serif\'")' })
    expect(out.measurement).toBe(true)
    expect(Buffer.from(out.pdf).toString('latin1')).toContain('SourceSerif4')
    expect(await titleOf(out.pdf)).toBe('One')
  }, 30_000)

  it('swaps a document with the same fonts onto the warm page, with its own title and text', async () => {
    const out = await printer.print({ html: doc('Two', '<p id="x">Second document.</p>', fontUrl(FACE)), measure: 'document.getElementById("x").textContent + "|" + document.querySelectorAll("style").length' })
    expect(out.measurement).toBe('Second document.|2')
    expect(await titleOf(out.pdf)).toBe('Two')
  }, 30_000)

  it('loads nothing from the network', async () => {
    const measure = `fetch('https://example.com/').then(() => 'fetched', () => 'blocked')`
    const out = await printer.print({ html: doc('Three', '<img src="https://example.com/x.png">', fontUrl(FACE)), measure })
    expect(out.measurement).toBe('blocked')
  }, 30_000)

  it('starts a new page when the old one went away', async () => {
    // Simulate a renderer crash by closing the page behind the printer's back.
    await (printer as unknown as { page: { close(): Promise<void> } }).page.close()
    const out = await printer.print({ html: doc('Four', '<p>After the crash.</p>', fontUrl(FACE)) })
    expect(await titleOf(out.pdf)).toBe('Four')
  }, 30_000)
})

describe("Chromium's PDF and the post-process", () => {
  it('is finished by an incremental update (a classic cross-reference table, nothing encrypted)', async () => {
    const printer = new ChromiumPdfPrinter({ fonts: new FontLibrary(FONTS) })
    try {
      const fontUrl = await printer.fontUrls()
      const { pdf } = await printer.print({ html: doc('Five', '<h1>Heading</h1><p>Body text.</p>', fontUrl(FACE)) })
      const out = appendFinish(pdf, { title: 'Five', author: '', subject: '', keywords: [], language: 'en-US', rtl: false, trimMm: { widthMm: 94, heightMm: 94 }, bleedMm: 3, cropMarks: true, producer: 'Galley test', headings: ['Heading'] })
      expect(out.method).toBe('appended')
      expect(out.pages).toBe(1)
      const finished = await PDFDocument.load(out.pdf, { updateMetadata: false })
      expect(finished.getTitle()).toBe('Five')
      expect(finished.getPage(0).getTrimBox().width).toBeCloseTo((94 * 72) / 25.4, 1)
    } finally {
      await printer.close()
    }
  }, 30_000)
})
