import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, ReadingDirection } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { appendFinish, cropMarkGeometry, finishPdf, rewriteFinish } from './finishPdf'
import { NotIncremental } from './pdfIncremental'

const PT = 72 / 25.4

/** A PDF shaped like Chromium's: a sheet of trim + bleed, an outline titled like Chromium titles it. */
async function chromiumLike(widthMm: number, heightMm: number, pages = 2, outlineTitles: string[] = [], classic = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) doc.addPage([widthMm * PT, heightMm * PT]).drawText(`Page ${i + 1}`, { x: 50, y: 50 })
  if (outlineTitles.length) {
    const ctx = doc.context
    const outlines = ctx.obj({ Type: 'Outlines' })
    const outlinesRef = ctx.register(outlines)
    const refs = outlineTitles.map((t) => ctx.register(ctx.obj({ Title: PDFHexString.fromText(t), Parent: outlinesRef })))
    refs.forEach((ref, i) => {
      const item = ctx.lookup(ref, PDFDict)
      if (refs[i + 1]) item.set(PDFName.of('Next'), refs[i + 1]!)
    })
    outlines.set(PDFName.of('First'), refs[0]!)
    outlines.set(PDFName.of('Last'), refs[refs.length - 1]!)
    doc.catalog.set(PDFName.of('Outlines'), outlinesRef)
  }
  // Chromium writes a classic cross-reference table; pdf-lib's default is a cross-reference stream.
  return doc.save({ useObjectStreams: !classic })
}

const base = { title: 'A City That Keeps Its Promises', author: 'Daniel Okafor', subject: 'The deck', keywords: ['city', 'housing'], language: 'en-US', rtl: false, producer: 'Galley 1.0', trimMm: { widthMm: 210, heightMm: 297 }, bleedMm: 0, cropMarks: false }

describe('finishPdf', () => {
  it('sets the document info, language and display title', async () => {
    const out = await finishPdf(await chromiumLike(210, 297), { ...base, now: new Date('2020-07-08T10:00:00Z') })
    expect(out.pages).toBe(2)
    const doc = await PDFDocument.load(out.pdf, { updateMetadata: false })
    expect(doc.getTitle()).toBe(base.title)
    expect(doc.getAuthor()).toBe('Daniel Okafor')
    expect(doc.getSubject()).toBe('The deck')
    expect(doc.getKeywords()).toBe('city housing')
    expect(doc.getCreator()).toBe('Galley')
    expect(doc.getProducer()).toBe('Galley 1.0')
    expect(doc.getCreationDate()?.toISOString()).toBe('2020-07-08T10:00:00.000Z')
    expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true)
    expect(doc.catalog.getViewerPreferences()?.getReadingDirection()).toBe(ReadingDirection.L2R)
  })

  it('sets TrimBox inside the bleed and BleedBox to the sheet', async () => {
    const out = await finishPdf(await chromiumLike(216, 303), { ...base, bleedMm: 3 })
    const page = (await PDFDocument.load(out.pdf)).getPage(0)
    const trim = page.getTrimBox()
    const bleed = page.getBleedBox()
    expect(trim.x).toBeCloseTo(3 * PT)
    expect(trim.width).toBeCloseTo(210 * PT)
    expect(trim.height).toBeCloseTo(297 * PT)
    expect(bleed.width).toBeCloseTo(216 * PT)
    expect(page.getMediaBox().width).toBeCloseTo(216 * PT)
  })

  it('adds a slug with crop marks outside the bleed', async () => {
    const out = await finishPdf(await chromiumLike(216, 303), { ...base, bleedMm: 3, cropMarks: true })
    const page = (await PDFDocument.load(out.pdf)).getPage(0)
    const { slugMm, offsetMm, lengthMm } = cropMarkGeometry(3)
    expect(offsetMm).toBe(3)
    expect(slugMm).toBe(3 + 5 + 1 - 3)
    const media = page.getMediaBox()
    expect(media.x).toBeCloseTo(-slugMm * PT)
    expect(media.width).toBeCloseTo((216 + 2 * slugMm) * PT)
    expect(offsetMm + lengthMm).toBeLessThanOrEqual(3 + slugMm)
    // The marks are drawn in content streams of their own around Chromium's (a page without marks has one).
    const contents = page.node.Contents()
    expect(contents instanceof PDFArray ? contents.size() : 1).toBeGreaterThan(1)
  })

  it('reads right to left for RTL articles', async () => {
    const out = await finishPdf(await chromiumLike(210, 297, 1), { ...base, rtl: true, language: 'fa-AF' })
    const doc = await PDFDocument.load(out.pdf)
    expect(doc.catalog.getViewerPreferences()?.getReadingDirection()).toBe(ReadingDirection.R2L)
  })

  it('restores outline titles Chromium mangles (lost wrap spaces, soft hyphens, RTL word order)', async () => {
    const bytes = await chromiumLike(210, 297, 1, ['A City That KeepsIts Promises', 'Hous\u00ading next', 'نخست هفتهٔ در جدید پلداد عبور', 'Что даль\u00adшеЧто даль\u00adше'])
    const out = await finishPdf(bytes, { ...base, headings: ['A City That Keeps Its Promises', 'Housing next', 'پل جدید در هفتهٔ نخست داد عبور', 'Что дальше'] })
    const doc = await PDFDocument.load(out.pdf)
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
    const titles: string[] = []
    for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) titles.push((item.lookup(PDFName.of('Title')) as PDFHexString).decodeText())
    expect(titles).toEqual(['A City That Keeps Its Promises', 'Housing next', 'پل جدید در هفتهٔ نخست داد عبور', 'Что дальше'])
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'))
  })
})

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1')

/** pdfinfo -box of a PDF (poppler reads the update's trailer chain like any viewer). */
function pdfinfoBox(pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-finish-'))
  try {
    writeFileSync(path.join(dir, 'x.pdf'), pdf)
    return execFileSync('pdfinfo', ['-box', path.join(dir, 'x.pdf')], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('finishPdf as an incremental update', () => {
  const now = new Date('2020-07-08T10:00:00Z')

  it('appends to a file with a classic cross-reference table, leaving the original bytes as they were', async () => {
    const raw = await chromiumLike(216, 303, 3, ['A City That KeepsIts Promises'], true)
    const out = await finishPdf(raw, { ...base, bleedMm: 3, cropMarks: true, headings: ['A City That Keeps Its Promises'], now })
    expect(out.method).toBe('appended')
    expect(out.pages).toBe(3)
    expect(Buffer.from(out.pdf.subarray(0, raw.length)).equals(Buffer.from(raw))).toBe(true)
    const tail = latin1(out.pdf.subarray(raw.length))
    expect(tail).toMatch(/trailer\s*<<[\s\S]*\/Prev \d+[\s\S]*>>\s*startxref\s+\d+\s+%%EOF\s*$/)
    const info = pdfinfoBox(out.pdf)
    expect(info).toMatch(/Title:\s+A City That Keeps Its Promises/)
    expect(info).toMatch(/Creator:\s+Galley/)
    expect(info).toMatch(/Pages:\s+3/)
    expect(info).toMatch(/TrimBox:\s+8\.50\s+8\.50\s+603\.78\s+850\.39/)
    expect(info).not.toMatch(/Syntax (Error|Warning)/i)
  })

  it('gives what the pdf-lib rewrite gives: info, catalog, boxes, crop marks and outline titles', async () => {
    const raw = await chromiumLike(216, 303, 2, ['A City That KeepsIts Promises', 'Hous\u00ading next'], true)
    const options = { ...base, bleedMm: 3, cropMarks: true, rtl: true, headings: ['A City That Keeps Its Promises', 'Housing next'], now }
    const appended = await PDFDocument.load(appendFinish(raw, options).pdf, { updateMetadata: false })
    const rewritten = await PDFDocument.load((await rewriteFinish(raw, options)).pdf, { updateMetadata: false })
    for (const doc of [appended, rewritten]) {
      expect(doc.getTitle()).toBe(base.title)
      expect(doc.getAuthor()).toBe(base.author)
      expect(doc.getKeywords()).toBe('city housing')
      expect(doc.getProducer()).toBe('Galley 1.0')
      expect(doc.getCreationDate()?.toISOString()).toBe('2020-07-08T10:00:00.000Z')
      expect(doc.catalog.getViewerPreferences()?.getReadingDirection()).toBe(ReadingDirection.R2L)
      expect(doc.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true)
      expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'))
    }
    const titles = (doc: PDFDocument): string[] => {
      const out: string[] = []
      const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
      for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) out.push((item.lookup(PDFName.of('Title')) as PDFHexString).decodeText())
      return out
    }
    expect(titles(appended)).toEqual(['A City That Keeps Its Promises', 'Housing next'])
    expect(titles(rewritten)).toEqual(titles(appended))
    const pageFacts = (doc: PDFDocument) =>
      doc.getPages().map((p) => ({ media: p.getMediaBox(), crop: p.getCropBox(), trim: p.getTrimBox(), bleed: p.getBleedBox(), contents: (p.node.Contents() as PDFArray).size() }))
    expect(pageFacts(appended)).toEqual(pageFacts(rewritten))
    expect(pageFacts(appended)[0]!.contents).toBe(3)
  })

  it('takes a MediaBox inherited from the page tree', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([216 * PT, 303 * PT])
    const page = doc.getPage(0)
    const media = page.node.get(PDFName.of('MediaBox'))!
    page.node.delete(PDFName.of('MediaBox'))
    doc.catalog.Pages().set(PDFName.of('MediaBox'), media)
    const out = appendFinish(await doc.save({ useObjectStreams: false }), { ...base, bleedMm: 3 })
    expect(out.method).toBe('appended')
    expect(pdfinfoBox(out.pdf)).toMatch(/BleedBox:\s+0\.00\s+0\.00\s+612\.28\s+858\.90/)
  })

  it('declines what it does not handle, and finishPdf then rewrites the file with pdf-lib', async () => {
    // A cross-reference stream (what pdf-lib and many tools write).
    const xrefStream = await chromiumLike(210, 297, 1)
    expect(() => appendFinish(xrefStream, base)).toThrow(NotIncremental)
    const out = await finishPdf(xrefStream, base)
    expect(out.method).toBe('rewritten')
    expect((await PDFDocument.load(out.pdf)).getTitle()).toBe(base.title)

    // Offsets that do not point at their objects (a file edited by hand): pdf-lib rescans it.
    const classic = latin1(await chromiumLike(210, 297, 1, [], true))
    const shifted = Buffer.from(classic.replace(/(\d{10})( 00000 n)/g, (_m, offset: string, rest: string) => String(Number(offset) + 3).padStart(10, '0') + rest), 'latin1')
    expect(() => appendFinish(shifted, base)).toThrow(/not where the table says/)
    const repaired = await finishPdf(shifted, base)
    expect(repaired.method).toBe('rewritten')
    expect(repaired.pages).toBe(1)

    // An update already appended (/Prev): finishing twice goes the thorough way.
    const once = appendFinish(Buffer.from(classic, 'latin1'), base).pdf
    expect(() => appendFinish(once, base)).toThrow(/\/Prev/)
    expect((await finishPdf(once, { ...base, title: 'Second' })).method).toBe('rewritten')

    // A truncated file.
    expect(() => appendFinish(Buffer.from(classic.slice(0, classic.length - 200), 'latin1'), base)).toThrow(NotIncremental)
  })

  it('never appends to an encrypted file, and never returns a broken one', async () => {
    const classic = latin1(await chromiumLike(210, 297, 1, [], true))
    const encrypted = Buffer.from(classic.replace(/trailer\s*<</, (m) => `${m}\n/Encrypt 1 0 R`), 'latin1')
    expect(() => appendFinish(encrypted, base)).toThrow(/Encrypt/)
    await expect(finishPdf(encrypted, base)).rejects.toThrow(/encrypt/i)
    await expect(finishPdf(new TextEncoder().encode('not a pdf at all'), base)).rejects.toThrow()
  })

  it('refuses a page tree that loops back on itself', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([100, 100])
    const pagesRef = doc.catalog.get(PDFName.of('Pages'))!
    doc.catalog.Pages().lookup(PDFName.of('Kids'), PDFArray).push(pagesRef)
    const looped = await doc.save({ useObjectStreams: false })
    expect(() => appendFinish(looped, base)).toThrow(/page tree/)
  })
})
