// The post-process of Chromium's PDF: document info, reading direction, TrimBox/BleedBox and crop
// marks. It only adds to what Chromium wrote: the tagged structure, the outline and the text stay
// as they are. Chromium's file is finished by an incremental update (a few objects appended, a
// millisecond for any length); a file it cannot append to is rewritten whole by pdf-lib.
import { ParseSpeeds, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, ReadingDirection, type PDFContext, type PDFObject } from 'pdf-lib'
import { AppendablePdf, NotIncremental } from './pdfIncremental'

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
  /** How the file was finished: an incremental update appended to Chromium's bytes, or rewritten by pdf-lib. */
  readonly method: 'appended' | 'rewritten'
}

/** How far outside the trim crop marks start (never inside the bleed) and how long they are, in mm. */
export function cropMarkGeometry(bleedMm: number): { offsetMm: number; lengthMm: number; slugMm: number } {
  const offsetMm = Math.max(bleedMm, 3)
  const lengthMm = 5
  // The sheet already reaches `bleedMm` beyond the trim; the slug adds the rest, plus 1 mm of air.
  return { offsetMm, lengthMm, slugMm: offsetMm + lengthMm + 1 - bleedMm }
}

const outlineKey = (s: string): string => s.replace(/[\s\u00ad]+/g, '')
// Right-to-left headings come back with each line's words in visual order: same letters, other order.
const letterKey = (s: string): string => [...outlineKey(s)].sort().join('')

/**
 * Chromium titles outline entries with the heading's laid-out text, losing the space where a
 * heading wrapped ("KeepsIts"), keeping soft hyphens, repeating a heading that opens a page after
 * a forced break and, in right-to-left text, giving the words in visual order. Given the titles in
 * outline order, returns the heading as written for each one recognised (undefined: leave it).
 */
export function restoredOutlineTitles(titles: readonly (string | undefined)[], headings: readonly string[]): (string | undefined)[] {
  const unused = [...headings]
  return titles.map((title) => {
    if (title === undefined) return undefined
    const key = outlineKey(title)
    // A heading that opens a page after a forced break comes back twice over.
    let at = unused.findIndex((h) => outlineKey(h) === key || outlineKey(h).repeat(2) === key)
    if (at < 0) at = unused.findIndex((h) => letterKey(h) === letterKey(key) || letterKey(h.repeat(2)) === letterKey(key))
    if (at < 0) return undefined
    return unused.splice(at, 1)[0]!
  })
}

/** Outline items depth first (an item, its children, then the next), each once, from the first. */
function outlineItems(first: PDFObject | undefined, dict: (obj: PDFObject | undefined) => PDFDict | undefined): { ref: PDFObject; item: PDFDict }[] {
  const items: { ref: PDFObject; item: PDFDict }[] = []
  const seen = new Set<string>()
  const walk = (start: PDFObject | undefined): void => {
    for (let ref = start; ref; ) {
      const key = ref.toString()
      if (seen.has(key) || seen.size > 100_000) return
      seen.add(key)
      const item = dict(ref)
      if (!item) return
      items.push({ ref, item })
      walk(item.get(PDFName.of('First')))
      ref = item.get(PDFName.of('Next'))
    }
  }
  walk(first)
  return items
}

const titleText = (title: PDFObject | undefined): string | undefined => (title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : undefined)

/** Document info entries as pdf-lib writes them (text as UTF-16 hex strings, dates as PDF dates). */
function infoEntries(options: FinishOptions, now: Date): [string, PDFObject][] {
  const entries: [string, PDFObject][] = [['Title', PDFHexString.fromText(options.title)]]
  if (options.author) entries.push(['Author', PDFHexString.fromText(options.author)])
  if (options.subject) entries.push(['Subject', PDFHexString.fromText(options.subject)])
  if (options.keywords.length) entries.push(['Keywords', PDFHexString.fromText(options.keywords.join(' '))])
  entries.push(['Creator', PDFHexString.fromText('Galley')], ['Producer', PDFHexString.fromText(options.producer)], ['CreationDate', PDFString.fromDate(now)], ['ModDate', PDFString.fromDate(now)])
  return entries
}

interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The boxes of one page from its MediaBox (Chromium's sheet: trim + bleed on every side). */
function pageBoxes(media: Rect, options: FinishOptions): { trim: Rect; bleed: Rect; sheet: Rect | null; marks: string | null } {
  const bleed = options.bleedMm * PT_PER_MM
  const trim = { x: media.x + bleed, y: media.y + bleed, width: options.trimMm.widthMm * PT_PER_MM, height: options.trimMm.heightMm * PT_PER_MM }
  const bleedBox = { x: media.x, y: media.y, width: trim.width + 2 * bleed, height: trim.height + 2 * bleed }
  if (!options.cropMarks) return { trim, bleed: bleedBox, sheet: null, marks: null }
  const geometry = cropMarkGeometry(options.bleedMm)
  const slug = geometry.slugMm * PT_PER_MM
  const sheet = { x: media.x - slug, y: media.y - slug, width: media.width + 2 * slug, height: media.height + 2 * slug }
  return { trim, bleed: bleedBox, sheet, marks: cropMarkOperators(trim, geometry.offsetMm * PT_PER_MM, geometry.lengthMm * PT_PER_MM) }
}

const num = (x: number): string => String(Math.round(x * 10_000) / 10_000)

/** Crop marks as content-stream operators, in registration colour (100 % on every plate) so each separation shows them. */
function cropMarkOperators(trim: Rect, offset: number, length: number): string {
  const ops = ['q', '1 1 1 1 K', '0.25 w']
  for (const x of [trim.x, trim.x + trim.width]) {
    for (const y of [trim.y, trim.y + trim.height]) {
      const dx = x === trim.x ? -1 : 1
      const dy = y === trim.y ? -1 : 1
      ops.push(`${num(x + dx * offset)} ${num(y)} m ${num(x + dx * (offset + length))} ${num(y)} l S`)
      ops.push(`${num(x)} ${num(y + dy * offset)} m ${num(x)} ${num(y + dy * (offset + length))} l S`)
    }
  }
  ops.push('Q')
  return ops.join('\n')
}

const rectArray = (context: PDFContext, r: Rect): PDFArray => context.obj([r.x, r.y, r.x + r.width, r.y + r.height])

/**
 * The post-process as an incremental update of Chromium's file: only the catalog, the info, the
 * pages and the outline items whose titles change are written again, after the original bytes.
 */
export function appendFinish(bytes: Uint8Array, options: FinishOptions): FinishedPdf {
  const pdf = new AppendablePdf(bytes)
  const { context } = pdf
  const now = options.now ?? new Date()
  const dict = (obj: PDFObject | undefined, what: string): PDFDict => pdf.dict(obj, what)

  const infoRef = pdf.trailer.get(PDFName.of('Info'))
  const info = infoRef instanceof PDFRef ? dict(infoRef, 'the document info').clone(context) : PDFDict.withContext(context)
  for (const [key, value] of infoEntries(options, now)) info.set(PDFName.of(key), value)
  let newInfo: PDFRef | undefined
  if (infoRef instanceof PDFRef) pdf.set(infoRef, info)
  else newInfo = pdf.add(info)

  const rootRef = pdf.trailer.get(PDFName.of('Root')) as PDFRef
  const catalog = dict(rootRef, 'the catalog').clone(context)
  const prefsValue = catalog.get(PDFName.of('ViewerPreferences'))
  const prefs = prefsValue ? dict(prefsValue, 'the viewer preferences').clone(context) : PDFDict.withContext(context)
  prefs.set(PDFName.of('DisplayDocTitle'), PDFBool.True)
  prefs.set(PDFName.of('Direction'), PDFName.of(options.rtl ? 'R2L' : 'L2R'))
  catalog.set(PDFName.of('ViewerPreferences'), prefs)
  catalog.set(PDFName.of('Lang'), PDFString.of(options.language))
  const outlines = catalog.get(PDFName.of('Outlines'))
  if (outlines) {
    catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
    if (options.headings?.length) {
      const items = outlineItems(dict(outlines, 'the outline').get(PDFName.of('First')), (o) => dict(o, 'an outline item'))
      const titles = restoredOutlineTitles(items.map(({ item }) => titleText(pdf.resolve(item.get(PDFName.of('Title'))))), options.headings)
      items.forEach(({ ref, item }, i) => {
        const title = titles[i]
        if (title === undefined) return
        if (!(ref instanceof PDFRef)) throw new NotIncremental('an outline item is not an indirect object')
        const changed = item.clone(context)
        changed.set(PDFName.of('Title'), PDFHexString.fromText(title))
        pdf.set(ref, changed)
      })
    }
  }
  pdf.set(rootRef, catalog)

  // Pages of one size share their marks: one stream each, not one per page.
  const streams = new Map<string, PDFRef>()
  const stream = (content: string): PDFRef => {
    let ref = streams.get(content)
    if (!ref) streams.set(content, (ref = pdf.addStream(content)))
    return ref
  }

  // The page tree, inherited MediaBox included; each node once (a cycle is a malformed file).
  let pages = 0
  const seen = new Set<number>()
  const visit = (ref: PDFObject | undefined, inheritedMedia: PDFObject | undefined): void => {
    if (!(ref instanceof PDFRef) || seen.has(ref.objectNumber)) throw new NotIncremental('the page tree is not a tree of indirect objects')
    seen.add(ref.objectNumber)
    const node = dict(ref, 'a page tree node')
    const media = node.get(PDFName.of('MediaBox')) ?? inheritedMedia
    const type = node.get(PDFName.of('Type'))
    if (type === PDFName.of('Pages')) {
      const kids = pdf.resolve(node.get(PDFName.of('Kids')))
      if (!(kids instanceof PDFArray)) throw new NotIncremental('a page tree node has no /Kids')
      for (const kid of kids.asArray()) visit(kid, media)
      return
    }
    if (type !== PDFName.of('Page')) throw new NotIncremental('a page tree node is neither /Pages nor /Page')
    pages++
    const box = pdf.resolve(media)
    const values = box instanceof PDFArray ? box.asArray().map((v) => pdf.resolve(v)) : []
    if (values.length !== 4 || !values.every((v) => v instanceof PDFNumber)) throw new NotIncremental('a page has no usable /MediaBox')
    const [x0, y0, x1, y1] = (values as PDFNumber[]).map((v) => v.asNumber()) as [number, number, number, number]
    const boxes = pageBoxes({ x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) }, options)
    const page = node.clone(context)
    page.set(PDFName.of('TrimBox'), rectArray(context, boxes.trim))
    page.set(PDFName.of('BleedBox'), rectArray(context, boxes.bleed))
    if (boxes.sheet && boxes.marks) {
      page.set(PDFName.of('MediaBox'), rectArray(context, boxes.sheet))
      page.set(PDFName.of('CropBox'), rectArray(context, boxes.sheet))
      // Chromium's content between q and Q, so no state it leaves set reaches the marks.
      const contents = page.get(PDFName.of('Contents'))
      const resolved = contents instanceof PDFRef ? contents : pdf.resolve(contents)
      const original = resolved instanceof PDFArray ? resolved.asArray() : resolved ? [resolved] : []
      if (!original.every((c) => c instanceof PDFRef)) throw new NotIncremental('page contents are not streams')
      page.set(PDFName.of('Contents'), context.obj([stream('q'), ...original, stream(`Q\n${boxes.marks}`)]))
    }
    pdf.set(ref, page)
  }
  visit(catalog.get(PDFName.of('Pages')), undefined)
  if (!pages) throw new NotIncremental('the document has no pages')
  return { pdf: pdf.save(newInfo ? { Info: newInfo } : {}), pages, method: 'appended' }
}

/** The post-process by loading the whole file into pdf-lib and writing it anew: for any PDF appendFinish declines. */
export async function rewriteFinish(bytes: Uint8Array, options: FinishOptions): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false })
  const now = options.now ?? new Date()
  const { trailerInfo } = doc.context
  const existing = trailerInfo.Info && doc.context.lookup(trailerInfo.Info)
  const info = existing instanceof PDFDict ? existing : doc.context.obj({})
  if (info !== existing) trailerInfo.Info = doc.context.register(info)
  for (const [key, value] of infoEntries(options, now)) info.set(PDFName.of(key), value)
  const prefs = doc.catalog.getOrCreateViewerPreferences()
  prefs.setDisplayDocTitle(true)
  prefs.setReadingDirection(options.rtl ? ReadingDirection.R2L : ReadingDirection.L2R)
  doc.setLanguage(options.language)
  const outlines = doc.catalog.get(PDFName.of('Outlines'))
  if (outlines) {
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
    if (options.headings?.length) {
      const items = outlineItems(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')), (o) => {
        const value = o instanceof PDFRef ? doc.context.lookup(o) : o
        return value instanceof PDFDict ? value : undefined
      })
      const titles = restoredOutlineTitles(items.map(({ item }) => titleText(item.lookup(PDFName.of('Title')))), options.headings)
      items.forEach(({ item }, i) => {
        if (titles[i] !== undefined) item.set(PDFName.of('Title'), PDFHexString.fromText(titles[i]))
      })
    }
  }
  for (const page of doc.getPages()) {
    const boxes = pageBoxes(page.getMediaBox(), options)
    page.node.set(PDFName.of('TrimBox'), rectArray(doc.context, boxes.trim))
    page.node.set(PDFName.of('BleedBox'), rectArray(doc.context, boxes.bleed))
    if (boxes.sheet && boxes.marks) {
      page.node.set(PDFName.of('MediaBox'), rectArray(doc.context, boxes.sheet))
      page.node.set(PDFName.of('CropBox'), rectArray(doc.context, boxes.sheet))
      const contents = page.node.get(PDFName.of('Contents'))
      const resolved = contents instanceof PDFRef ? contents : contents && doc.context.lookup(contents)
      const original = resolved instanceof PDFArray ? resolved.asArray() : resolved ? [resolved] : []
      const stream = (content: string): PDFRef => doc.context.register(doc.context.stream(content))
      page.node.set(PDFName.of('Contents'), doc.context.obj([stream('q'), ...original, stream(`Q\n${boxes.marks}`)]))
    }
  }
  const pdf = await doc.save({ useObjectStreams: false, updateFieldAppearances: false })
  return { pdf, pages: doc.getPageCount(), method: 'rewritten' }
}

/**
 * Finishes Chromium's PDF: appended as an incremental update when the file is as Chromium writes
 * it (a classic cross-reference table, not encrypted), else rewritten whole by pdf-lib. Both give
 * the same document info, catalog entries, boxes, crop marks and outline titles.
 */
export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<FinishedPdf> {
  try {
    return appendFinish(bytes, options)
  } catch {
    // Any surprise in the quick path (NotIncremental, or a parse error on a damaged object) sends
    // the file the thorough way; appendFinish builds its output only at the very end, so nothing
    // half-updated ever leaves it.
    return rewriteFinish(bytes, options)
  }
}
