// The rules every printed page obeys, checked on the PDF itself: no subhead ends a column or page,
// no image is parted from its caption, no page is blank.
import { normalizeText, type PdfImage, type PdfLine } from './pdfTools'

export interface ContentArea {
  /** Points from the top and bottom of the sheet that belong to the running head and folio. */
  readonly topPt: number
  readonly bottomPt: number
  readonly pageHeightPt: number
}

const letters = (s: string): string => [...normalizeText(s).replace(/[\s\p{P}]+/gu, '')].sort().join('')

const overlapsX = (a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 2

function inContent(line: PdfLine, area: ContentArea): boolean {
  return line.y0 >= area.topPt - 1 && line.y1 <= area.pageHeightPt - area.bottomPt + 1
}

/** Subheads whose last line has no text below it in the same column on the same page. */
export function strandedSubheads(lines: readonly PdfLine[], subheads: readonly string[], area: ContentArea): string[] {
  const body = lines.filter((l) => inContent(l, area))
  const stranded: string[] = []
  for (const subhead of subheads) {
    const want = letters(subhead)
    // A subhead may wrap: find the line where its text ends (in right-to-left lines the words may
    // come in visual order, so lines are compared by their letters).
    const last = body.find((_, i) => [1, 2, 3].some((n) => i + 1 >= n && letters(body.slice(i + 1 - n, i + 1).map((x) => x.text).join(' ')) === want))
    if (!last) {
      stranded.push(`${subhead} (not found)`)
      continue
    }
    const below = body.some((l) => l !== last && l.page === last.page && l.y0 > last.y1 - 0.5 && overlapsX(l, last))
    if (!below) stranded.push(subhead)
  }
  return stranded
}

/** Images whose caption does not follow right under them on the same page. */
export function imagesWithoutCaption(images: readonly PdfImage[], lines: readonly PdfLine[], captions: readonly string[]): string[] {
  const problems: string[] = []
  for (const caption of captions) {
    const start = normalizeText(caption).split(' ').slice(0, 3).join(' ')
    const line = lines.find((l) => normalizeText(l.text).startsWith(start))
    if (!line) {
      problems.push(`${caption} (caption not found)`)
      continue
    }
    const image = images.find((im) => im.page === line.page && overlapsX(im, line) && line.y0 >= im.y1 - 1 && line.y0 - im.y1 < 24)
    if (!image) problems.push(caption)
  }
  return problems
}

/** Pages with nothing on them but the running head and folio. */
export function blankPages(lines: readonly PdfLine[], pageCount: number, area: ContentArea): number[] {
  const blank: number[] = []
  for (let page = 1; page <= pageCount; page++) {
    if (!lines.some((l) => l.page === page && inContent(l, area) && l.text.trim())) blank.push(page)
  }
  return blank
}

/**
 * Is every needle found in `haystack`, each after the one before? Returns the first one out of
 * order or missing. Spaces and punctuation are ignored: extraction puts them in odd places (inside
 * ligatures, in Arabic words), and the order of the words is what is checked.
 */
export function firstOutOfOrder(haystack: string, needles: readonly string[]): string | null {
  // Punctuation too: in right-to-left lines it sits on the visual side of its word.
  const compact = (s: string): string => normalizeText(s).replace(/[\s\p{P}]+/gu, '')
  const text = compact(haystack)
  let at = 0
  for (const needle of needles) {
    const found = text.indexOf(compact(needle), at)
    if (found < 0) return needle
    at = found + 1
  }
  return null
}
