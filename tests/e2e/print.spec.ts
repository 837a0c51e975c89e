// Print-ready PDFs, checked with poppler on real Chromium output: page size (trim + bleed), page
// count, embedded subset fonts (never Type 3), text in reading order (RTL too), boxes, document
// info, outline, the layout rules, and reviewed reference renderings of every page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Article } from '../../src/shared/article/file'
import { body, pageBreak, paragraph } from '../../src/shared/article/body'
import { inlineText, textBlocks } from '../../src/shared/article/text'
import { cropMarkGeometry } from '../../src/main/services/print/finishPdf'
import { ChromiumPdfPrinter } from '../../src/main/services/print/ChromiumPdfPrinter'
import { FontLibrary } from '../../src/main/services/print/FontLibrary'
import { type PrintService, standalonePrintService } from '../../src/main/services/print/PrintService'
import { pageGeometry } from '../../src/shared/render/geometry'
import { FONTS_DIR } from './harness'
import { expect, test } from './harness/fixtures'
import { blankPages, firstOutOfOrder, imagesWithoutCaption, strandedSubheads } from './print/layoutChecks'
import { comparePngs } from './print/pngCompare'
import { boxMm, normalizeText, pdffonts, pdfFile, pdfImages, pdfinfo, pdfLines, pdfReadingText, pdftotext, pdfToPngs } from './print/pdfTools'
import { outlineTitles } from './print/pdfOutline'
import { DARI_SUBHEADS, dariStory, EDITORIAL_SUBHEADS, englishEditorial, NEWS_SUBHEADS, newsStory, RUSSIAN_SUBHEADS, russianStory } from './print/samples'

const REFERENCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/print')
/** `GALLEY_UPDATE_REFERENCES=1 npx playwright test tests/e2e/print.spec.ts --project chromium` rewrites them (review the PNGs before committing). */
const UPDATE = process.env['GALLEY_UPDATE_REFERENCES'] === '1'
const REFERENCE_DPI = 40
/** Share of a page's pixels allowed to differ from its reference (anti-aliasing noise stays far below). */
const REFERENCE_TOLERANCE = 0.002

const PT_PER_MM = 72 / 25.4

interface Case {
  readonly slug: string
  readonly name: string
  readonly article: () => Article
  readonly pages: number
  readonly subheads: readonly string[]
}

const CASES: readonly Case[] = [
  { slug: 'editorial-a4-3col', name: 'English editorial, A4, 3 columns, masthead', article: () => englishEditorial(), pages: 2, subheads: EDITORIAL_SUBHEADS },
  {
    slug: 'editorial-tabloid-6col-bleed',
    name: 'English editorial, Tabloid, 6 columns, 3 mm bleed and crop marks',
    article: () => englishEditorial({ pageSize: 'Tabloid', columns: 6, bleedMm: 3, cropMarks: true, headlineSizePt: 64, columnRule: true }),
    pages: 1,
    subheads: EDITORIAL_SUBHEADS,
  },
  {
    slug: 'news-berliner-3col-bleed',
    name: 'news story with images, Berliner, 3 columns, 5 mm bleed',
    article: () => newsStory({ pageSize: 'Berliner', bleedMm: 5, headlineSizePt: 54, bodySizePt: 10, leadingPt: 12.5 }),
    pages: 1,
    subheads: NEWS_SUBHEADS,
  },
  { slug: 'news-a4-1col', name: 'news story with images, A4, 1 column, grayscale', article: () => newsStory({ columns: 1, grayscaleImages: true, marginsMm: { top: 20, right: 35, bottom: 20, left: 35 } }), pages: 2, subheads: NEWS_SUBHEADS },
  { slug: 'russian-a4-3col', name: 'Russian news story, A4, 3 columns', article: () => russianStory(), pages: 1, subheads: RUSSIAN_SUBHEADS },
  {
    slug: 'russian-a4-page-break',
    name: 'Russian story with a page break, and a trailing one that must not add a blank page',
    article: () => {
      const a = russianStory()
      const blocks = [...a.body.root.children]
      blocks.splice(blocks.findIndex((b) => b.type === 'heading' && inlineText(b.children) === RUSSIAN_SUBHEADS[1]), 0, pageBreak())
      blocks.push(pageBreak(), paragraph(''))
      return { ...a, body: body(blocks) }
    },
    pages: 2,
    subheads: RUSSIAN_SUBHEADS,
  },
  { slug: 'dari-a4-3col', name: 'Dari (right-to-left) story, A4, 3 columns, masthead', article: () => dariStory(), pages: 1, subheads: DARI_SUBHEADS },
]

/** What a reader should find, in order: the headline, then each subhead and the start of each paragraph. */
function readingOrder(article: Article): string[] {
  const needles = [article.meta.headline]
  for (const block of textBlocks(article.body)) {
    if (block.role === 'subhead') needles.push(block.text)
    if (block.role === 'paragraph') needles.push(block.text.split(/\s+/).slice(0, 4).join(' '))
  }
  return needles
}

test.describe('print-ready PDF', () => {
  test.describe.configure({ mode: 'serial' })
  let printer: ChromiumPdfPrinter
  let service: PrintService

  // Playwright reads a hook's fixtures from this destructuring; this hook needs none.
  // eslint-disable-next-line no-empty-pattern
  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'The PDF checks print with system Chromium; they run once, in the chromium project.')
    printer = new ChromiumPdfPrinter({ fonts: new FontLibrary(FONTS_DIR) })
    service = standalonePrintService({ printer, exportDir: tmpdir(), producer: 'Galley test' })
  })
  test.afterAll(async () => {
    await printer?.close()
  })

  for (const c of CASES) {
    test(c.name, async () => {
      const article = c.article()
      const out = await service.pdf(article)
      const { file, dispose } = pdfFile(out.pdf)
      try {
        const info = pdfinfo(file)
        const g = pageGeometry(article.layout)
        const bleed = article.layout.bleedMm

        // Sheet = trim + bleed on each side; crop marks add a slug outside it.
        const slug = article.layout.cropMarks ? cropMarkGeometry(bleed).slugMm : 0
        expect(Math.abs(info.pageMm.width - (g.trim.widthMm + 2 * bleed + 2 * slug))).toBeLessThan(0.5)
        expect(Math.abs(info.pageMm.height - (g.trim.heightMm + 2 * bleed + 2 * slug))).toBeLessThan(0.5)
        const trim = boxMm(info.boxes.TrimBox)
        expect(Math.abs(trim.width - g.trim.widthMm)).toBeLessThan(0.5)
        expect(Math.abs(trim.height - g.trim.heightMm)).toBeLessThan(0.5)
        if (bleed > 0) {
          const bleedBox = boxMm(info.boxes.BleedBox)
          expect(Math.abs(bleedBox.width - (g.trim.widthMm + 2 * bleed))).toBeLessThan(0.5)
          expect(Math.abs(bleedBox.height - (g.trim.heightMm + 2 * bleed))).toBeLessThan(0.5)
          expect(Math.abs(info.boxes.TrimBox.x0 - info.boxes.BleedBox.x0 - bleed * PT_PER_MM)).toBeLessThan(1.5)
          expect(Math.abs(info.boxes.BleedBox.y1 - info.boxes.TrimBox.y1 - bleed * PT_PER_MM)).toBeLessThan(1.5)
        }
        expect(info.pages).toBe(c.pages)
        expect(out.pages).toBe(c.pages)

        // Document info, tagged PDF and an outline from the headline and subheads.
        expect(info.fields['Title']).toBe(article.meta.headline)
        expect(info.fields['Author']).toBe(article.meta.byline.replace(/^By /, '') || undefined)
        expect(info.fields['Subject']).toBe(article.meta.deck)
        expect(info.fields['Keywords']).toBe(article.meta.tags.join(' '))
        expect(info.fields['Creator']).toBe('Galley')
        expect(info.tagged).toBe(true)
        const outline = await outlineTitles(out.pdf)
        expect(outline[0]).toBe(article.meta.headline)
        for (const s of c.subheads) expect(outline).toContain(s)

        // Every font embedded and subset, none Type 3.
        const fonts = pdffonts(file)
        expect(fonts.length).toBeGreaterThan(0)
        for (const f of fonts) {
          expect(f.embedded, f.name).toBe(true)
          expect(f.subset, f.name).toBe(true)
          expect(f.type, f.name).not.toMatch(/Type 3/)
        }
        if (article.meta.direction === 'rtl') expect(fonts.some((f) => /Vazirmatn/.test(f.name))).toBe(true)

        // Headline, subheads and body in reading order.
        expect(firstOutOfOrder(pdfReadingText(file), readingOrder(article))).toBeNull()
        expect(normalizeText(pdftotext(file))).toContain(normalizeText(article.meta.headline))

        // Layout rules, on the printed pages.
        const mediaTop = info.boxes.MediaBox.y1
        const area = {
          topPt: mediaTop - info.boxes.TrimBox.y1 + article.layout.marginsMm.top * PT_PER_MM,
          bottomPt: info.boxes.TrimBox.y0 - info.boxes.MediaBox.y0 + article.layout.marginsMm.bottom * PT_PER_MM,
          pageHeightPt: info.boxes.MediaBox.y1 - info.boxes.MediaBox.y0,
        }
        const { lines } = pdfLines(file)
        expect(strandedSubheads(lines, c.subheads, area)).toEqual([])
        expect(blankPages(lines, info.pages, area)).toEqual([])
        const captions = article.body.root.children.flatMap((b) => (b.type === 'image' && b.caption ? [b.caption] : []))
        expect(imagesWithoutCaption(pdfImages(file), lines, captions)).toEqual([])

        // Reviewed reference renderings.
        const pngs = pdfToPngs(file, REFERENCE_DPI)
        mkdirSync(REFERENCES, { recursive: true })
        pngs.forEach((png, i) => {
          const ref = path.join(REFERENCES, `${c.slug}-${i + 1}.png`)
          if (UPDATE || !existsSync(ref)) {
            writeFileSync(ref, png)
            if (!UPDATE) throw new Error(`No reference for ${c.slug} page ${i + 1}: wrote ${ref}; review it and commit it.`)
            return
          }
          const diff = comparePngs(png, readFileSync(ref))
          expect(diff.sameSize, `${c.slug} page ${i + 1} size`).toBe(true)
          expect(diff.ratio, `${c.slug} page ${i + 1}: ${diff.differing} pixels differ from ${ref}`).toBeLessThan(REFERENCE_TOLERANCE)
        })
      } finally {
        dispose()
      }
    })
  }
})

test.describe('print host API', () => {
  test('print.pdf returns the PDF, its pages and copyfit, which follow the text', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the in-process harness')
    const base = englishEditorial({ masthead: 'none', copyfit: { kind: 'depth', depthMm: 200 } })
    const content = { meta: base.meta, layout: base.layout, body: base.body, assets: base.assets }
    const call = (c: typeof content) =>
      galley.page.evaluate(async (arg) => {
        const r = await (window as unknown as { galley: { print: { pdf: (c: unknown) => Promise<{ ok: boolean; value?: { pdf: Uint8Array; pages: number; copyfit: { status: string; lines: number; message: string } | null }; error?: unknown }> } } }).galley.print.pdf(arg)
        if (!r.ok || !r.value) return { error: r.error }
        return { head: String.fromCharCode(...r.value.pdf.slice(0, 5)), isBytes: r.value.pdf instanceof Uint8Array, size: r.value.pdf.length, pages: r.value.pages, copyfit: r.value.copyfit }
      }, c)

    const full = await call(content)
    expect(full).toMatchObject({ head: '%PDF-', isBytes: true, pages: 1 })
    expect((full as { copyfit: { status: string } }).copyfit.status).toBe('overset')

    const short = { ...content, body: { root: { ...content.body.root, children: content.body.root.children.slice(0, 3) } } }
    const shortOut = await call(short)
    expect((shortOut as { copyfit: { status: string; message: string } }).copyfit).toMatchObject({ status: 'short' })
    expect((shortOut as { copyfit: { message: string } }).copyfit.message).toMatch(/^short by \d+ lines?$/)

    const long = { ...content, layout: { ...content.layout, copyfit: { kind: 'none' as const } }, body: { root: { ...content.body.root, children: [...content.body.root.children, ...content.body.root.children, ...content.body.root.children] } } }
    const longOut = await call(long)
    expect((longOut as { pages: number }).pages).toBeGreaterThan(1)
    expect((longOut as { copyfit: unknown }).copyfit).toBeNull()
  })

  test('print.pdf refuses malformed content with a clear error', async ({ galley }) => {
    const result = await galley.page.evaluate(() => (window as unknown as { galley: { print: { pdf: (c: unknown) => Promise<unknown> } } }).galley.print.pdf({ meta: {}, layout: {} }))
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  test('print.exportPdf asks where to save, writes the PDF and remembers the folder', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the scripted dialogs of the harness')
    const harness = galley.harness!
    const article = russianStory()
    const content = { meta: article.meta, layout: article.layout, body: article.body, assets: article.assets }
    const exportPdf = (c: unknown) => galley.page.evaluate((arg) => (window as unknown as { galley: { print: { exportPdf: (c: unknown) => Promise<unknown> } } }).galley.print.exportPdf(arg), c)

    // Cancelled: nothing written, nothing remembered.
    harness.dialogs.answerSave(null)
    expect(await exportPdf(content)).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(harness.dialogs.saveRequests[0]!.defaultPath).toBe(path.join(harness.libraryDir, `${article.meta.headline}.pdf`))

    const dir = await mkdtemp(path.join(tmpdir(), 'galley-export-'))
    try {
      harness.dialogs.answerSave(path.join(dir, 'front page'))
      const saved = await exportPdf(content)
      expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path: path.join(dir, 'front page.pdf'), pages: 1 } })
      const bytes = await readFile(path.join(dir, 'front page.pdf'))
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect((await harness.container.services.settings.get()).lastExportDir).toBe(dir)

      // The next export starts in that folder.
      harness.dialogs.answerSave(null)
      await exportPdf(content)
      expect(path.dirname(harness.dialogs.saveRequests[2]!.defaultPath)).toBe(dir)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
