// poppler-utils as test instruments: page boxes, fonts, text in reading order, word positions,
// image positions, page rasters. Every PDF claim in the print specs is checked with these.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const PT_TO_MM = 25.4 / 72

function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** Writes the bytes to a temporary file for the poppler tools; returns its path and a cleanup. */
export function pdfFile(bytes: Uint8Array): { file: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-pdf-'))
  const file = path.join(dir, 'out.pdf')
  writeFileSync(file, bytes)
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface Box {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

export interface PdfInfo {
  readonly fields: Readonly<Record<string, string>>
  readonly pages: number
  /** Size of page 1 in mm (its MediaBox). */
  readonly pageMm: { readonly width: number; readonly height: number }
  /** Boxes of page 1 in points. */
  readonly boxes: Readonly<Record<'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox', Box>>
  readonly tagged: boolean
}

export function pdfinfo(file: string): PdfInfo {
  const out = run('pdfinfo', ['-box', '-enc', 'UTF-8', file])
  const fields: Record<string, string> = {}
  for (const line of out.split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line)
    if (m) fields[m[1]!.trim()] = m[2]!.trim()
  }
  const box = (name: string): Box => {
    const [x0, y0, x1, y1] = (fields[name] ?? '').split(/\s+/).map(Number)
    return { x0: x0!, y0: y0!, x1: x1!, y1: y1! }
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '')
  return {
    fields,
    pages: Number(fields['Pages']),
    pageMm: { width: Number(size?.[1]) * PT_TO_MM, height: Number(size?.[2]) * PT_TO_MM },
    boxes: { MediaBox: box('MediaBox'), CropBox: box('CropBox'), BleedBox: box('BleedBox'), TrimBox: box('TrimBox') },
    tagged: fields['Tagged'] === 'yes',
  }
}

export const boxMm = (b: Box): { width: number; height: number } => ({ width: (b.x1 - b.x0) * PT_TO_MM, height: (b.y1 - b.y0) * PT_TO_MM })

export interface PdfFont {
  readonly name: string
  readonly type: string
  readonly embedded: boolean
  readonly subset: boolean
}

export function pdffonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim())
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, id
    const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line)
    if (!m) throw new Error(`Unparsed pdffonts line: ${line}`)
    return { name: m[1]!, type: m[2]!.trim(), embedded: m[4] === 'yes', subset: m[5] === 'yes' }
  })
}

/** Text as pdftotext reads it with its own layout analysis. */
export function pdftotext(file: string, page?: number): string {
  return run('pdftotext', ['-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'])
}

const ARABIC_LETTER = /[\u0600-\u06ff]/

/**
 * The text in the order the PDF holds it (`pdftotext -raw`: content-stream order, which is the
 * order Chromium lays out and tags the document in). Raw mode leaves each right-to-left line in
 * visual order, so those lines' words are put back in reading order.
 */
export function pdfReadingText(file: string): string {
  const raw = run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])
  return raw
    .split('\n')
    .map((line) => (ARABIC_LETTER.test(line) ? line.split(/\s+/).reverse().join(' ') : line))
    .join('\n')
}

/**
 * Text normalised for comparisons: soft hyphens (Chromium keeps them in the text layer, marking
 * where a line was hyphenated) and bidi controls dropped, line ends joined, spaces collapsed.
 * Poppler writes a lam-alef ligature of RTL text back as alef-lam, and moves zero-width non-joiners
 * and combining marks; all are canonicalised the same way on every side of a comparison.
 */
export function normalizeText(text: string): string {
  return text
    // Where a line was hyphenated the text has a soft hyphen, and in Cyrillic also the hyphen glyph
    // (drawn from the Latin face, as the Cyrillic subset has none).
    .replace(/\u00ad-?\s*/g, '')
    .replace(/[\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/لا/g, 'ال')
    // Combining marks (the hamza of هٔ) come out before their letter in visual-order text.
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface PdfLine {
  readonly page: number
  readonly text: string
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

const decodeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&')

/** Lines of text with their boxes (points, origin top-left), from `pdftotext -bbox-layout`. */
export function pdfLines(file: string): { pages: { width: number; height: number }[]; lines: PdfLine[] } {
  const xml = run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'])
  const pages: { width: number; height: number }[] = []
  const lines: PdfLine[] = []
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g
  for (const pm of xml.matchAll(pageRe)) {
    pages.push({ width: Number(pm[1]), height: Number(pm[2]) })
    const page = pages.length
    for (const lm of pm[3]!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...lm[5]!.matchAll(/<word [^>]*>([\s\S]*?)<\/word>/g)].map((w) => decodeXml(w[1]!))
      lines.push({ page, text: words.join(' '), x0: Number(lm[1]), y0: Number(lm[2]), x1: Number(lm[3]), y1: Number(lm[4]) })
    }
  }
  return { pages, lines }
}

export interface PdfImage {
  readonly page: number
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

/** Placed images with their boxes (points, origin top-left), from `pdftohtml -xml`. */
export function pdfImages(file: string): PdfImage[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-xml-'))
  try {
    run('pdftohtml', ['-xml', '-q', '-zoom', '1', file, path.join(dir, 'out')])
    const xml = readFileSync(path.join(dir, 'out.xml'), 'utf8')
    const images: PdfImage[] = []
    for (const pm of xml.matchAll(/<page number="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)) {
      for (const im of pm[2]!.matchAll(/<image top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
        const [top, left, width, height] = [Number(im[1]), Number(im[2]), Number(im[3]), Number(im[4])]
        images.push({ page: Number(pm[1]), x0: left, y0: top, x1: left + width, y1: top + height })
      }
    }
    return images
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Renders pages to PNG at `dpi`; returns the PNG files' bytes in page order. */
export function pdfToPngs(file: string, dpi: number): Buffer[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-png-'))
  try {
    run('pdftoppm', ['-png', '-r', String(dpi), '-aa', 'yes', '-aaVector', 'yes', file, path.join(dir, 'page')])
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))
      .map((f) => readFileSync(path.join(dir, f)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
