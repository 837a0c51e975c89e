// The pdf-lib post-process of Chromium's PDF: document info, reading direction, TrimBox/BleedBox
// and crop marks. It only adds to what Chromium wrote: the tagged structure, the outline and the
// text stay as they are.
import { cmyk, ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, ReadingDirection, type PDFPage } from 'pdf-lib'

const PT_PER_MM = 72 / 25.4

export interface FinishOptions {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: readonly string[]
  /** BCP 47 tag of the article's language. */
  readonly language: string
  readonly rtl: boolean
  readonly trimMm: { readonly widthMm: number; readonly heightMm: number }
  readonly bleedMm: number
  readonly cropMarks: boolean
  readonly producer: string
  /** Headline and subheads as written: the outline's titles are restored from them. */
  readonly headings?: readonly string[]
  readonly now?: Date
}

export interface FinishedPdf {
  readonly pdf: Uint8Array
  readonly pages: number
}

/** How far outside the trim crop marks start (never inside the bleed) and how long they are, in mm. */
export function cropMarkGeometry(bleedMm: number): { offsetMm: number; lengthMm: number; slugMm: number } {
  const offsetMm = Math.max(bleedMm, 3)
  const lengthMm = 5
  // The sheet already reaches `bleedMm` beyond the trim; the slug adds the rest, plus 1 mm of air.
  return { offsetMm, lengthMm, slugMm: offsetMm + lengthMm + 1 - bleedMm }
}

function drawCropMarks(page: PDFPage, x0: number, y0: number, x1: number, y1: number, offset: number, length: number): void {
  // Registration colour (100 % on every plate) so the marks appear on each separation.
  const style = { thickness: 0.25, color: cmyk(1, 1, 1, 1) }
  for (const x of [x0, x1]) {
    for (const y of [y0, y1]) {
      const dx = x === x0 ? -1 : 1
      const dy = y === y0 ? -1 : 1
      page.drawLine({ start: { x: x + dx * offset, y }, end: { x: x + dx * (offset + length), y }, ...style })
      page.drawLine({ start: { x, y: y + dy * offset }, end: { x, y: y + dy * (offset + length) }, ...style })
    }
  }
}

const outlineKey = (s: string): string => s.replace(/[\s\u00ad]+/g, '')
// Right-to-left headings come back with each line's words in visual order: same letters, other order.
const letterKey = (s: string): string => [...outlineKey(s)].sort().join('')

/**
 * Chromium titles outline entries with the heading's laid-out text, losing the space where a
 * heading wrapped ("KeepsIts"), keeping soft hyphens, repeating a heading that opens a page after
 * a forced break and, in right-to-left text, giving the words in visual order; put back the
 * headings as written.
 */
function restoreOutlineTitles(doc: PDFDocument, headings: readonly string[]): void {
  const unused = [...headings]
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const key = outlineKey(title.decodeText())
        // A heading that opens a page after a forced break comes back twice over.
        let at = unused.findIndex((h) => outlineKey(h) === key || outlineKey(h).repeat(2) === key)
        if (at < 0) at = unused.findIndex((h) => letterKey(h) === letterKey(key) || letterKey(h.repeat(2)) === letterKey(key))
        if (at >= 0) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(unused[at]!))
          unused.splice(at, 1)
        }
      }
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
}

export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false })
  const now = options.now ?? new Date()
  doc.setTitle(options.title, { showInWindowTitleBar: true })
  if (options.author) doc.setAuthor(options.author)
  if (options.subject) doc.setSubject(options.subject)
  if (options.keywords.length) doc.setKeywords([...options.keywords])
  doc.setCreator('Galley')
  doc.setProducer(options.producer)
  doc.setLanguage(options.language)
  doc.setCreationDate(now)
  doc.setModificationDate(now)
  const prefs = doc.catalog.getOrCreateViewerPreferences()
  prefs.setReadingDirection(options.rtl ? ReadingDirection.R2L : ReadingDirection.L2R)
  if (doc.catalog.get(PDFName.of('Outlines'))) {
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
    if (options.headings?.length) restoreOutlineTitles(doc, options.headings)
  }

  const bleed = options.bleedMm * PT_PER_MM
  const trimW = options.trimMm.widthMm * PT_PER_MM
  const trimH = options.trimMm.heightMm * PT_PER_MM
  const marks = cropMarkGeometry(options.bleedMm)
  for (const page of doc.getPages()) {
    const box = page.getMediaBox()
    // Chromium's sheet is trim + bleed on every side; the trim sits `bleed` in from its edges.
    const x0 = box.x + bleed
    const y0 = box.y + bleed
    page.setTrimBox(x0, y0, trimW, trimH)
    page.setBleedBox(box.x, box.y, trimW + 2 * bleed, trimH + 2 * bleed)
    if (options.cropMarks) {
      const slug = marks.slugMm * PT_PER_MM
      page.setMediaBox(box.x - slug, box.y - slug, box.width + 2 * slug, box.height + 2 * slug)
      page.setCropBox(box.x - slug, box.y - slug, box.width + 2 * slug, box.height + 2 * slug)
      drawCropMarks(page, x0, y0, x0 + trimW, y0 + trimH, marks.offsetMm * PT_PER_MM, marks.lengthMm * PT_PER_MM)
    }
  }
  const pdf = await doc.save({ useObjectStreams: false, updateFieldAppearances: false })
  return { pdf, pages: doc.getPageCount() }
}
