import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, ReadingDirection } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { cropMarkGeometry, finishPdf } from './finishPdf'

const PT = 72 / 25.4

/** A PDF shaped like Chromium's: a sheet of trim + bleed, an outline titled like Chromium titles it. */
async function chromiumLike(widthMm: number, heightMm: number, pages = 2, outlineTitles: string[] = []): Promise<Uint8Array> {
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
  return doc.save()
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
