// The one CSS Custom Highlight all misspellings are drawn with (`::highlight(galley-spelling)`),
// apart from find-and-replace's: the browser paints the underline, the document is never touched.
export const SPELLING_HIGHLIGHT = 'galley-spelling'

let highlight: Highlight | null = null

function registry(): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null
  if (!highlight) {
    highlight = new Highlight()
    CSS.highlights.set(SPELLING_HIGHLIGHT, highlight)
  }
  return highlight
}

/** Replaces `old` ranges (of one paragraph or field) with `next` in the highlight. */
export function swapRanges(old: readonly Range[], next: readonly Range[]): void {
  const h = registry()
  if (!h) return
  for (const r of old) h.delete(r)
  for (const r of next) h.add(r)
}

/** Whether the pointer is on the range's text (a caret position at a line's end is not on a word). */
export function pointerOn(range: Range | null, x: number, y: number, slack = 2): boolean {
  if (!range) return false
  return [...range.getClientRects()].some((r) => x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack)
}
