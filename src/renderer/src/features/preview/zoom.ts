// The preview's geometry as pure functions: how big a page is drawn for each zoom mode, how pages
// pair into spreads, and where the reader is in the document (so a refresh or a zoom keeps it).

export type ZoomMode = 'fit-width' | 'fit-page' | 'actual'

export const ZOOM_LABELS: Readonly<Record<ZoomMode, string>> = {
  'fit-width': 'Fit width',
  'fit-page': 'Fit page',
  actual: '100 %',
}

/** CSS pixels per PDF point at 100 %: a CSS pixel is 1/96 in, a point 1/72 in. */
export const PX_PER_PT = 96 / 72

/** Space around and between pages, in CSS pixels (the stylesheet uses the same numbers). */
export const PAGE_PAD_PX = 24
export const PAGE_GAP_PX = 16
/** The gap between the two pages of a spread (the gutter of a real spread is nil; a hairline shows the fold). */
export const SPREAD_GAP_PX = 2

export interface SizePt {
  readonly width: number
  readonly height: number
}
export interface Viewport {
  readonly width: number
  readonly height: number
}

/** Smallest and largest scale the preview draws at (CSS px per pt). */
const MIN_SCALE = 0.05
const MAX_SCALE = 8

/**
 * CSS pixels per PDF point for a zoom mode. Fit width fills the pane's width with a page (or a
 * spread, when facing); fit page shows a whole page (or spread) at once; 100 % is print size.
 */
export function scaleFor(mode: ZoomMode, page: SizePt, viewport: Viewport, facing: boolean): number {
  if (mode === 'actual') return PX_PER_PT
  if (page.width <= 0 || page.height <= 0) return PX_PER_PT
  const across = facing ? 2 * page.width : page.width
  const room = viewport.width - 2 * PAGE_PAD_PX - (facing ? SPREAD_GAP_PX : 0)
  const byWidth = room / across
  const scale = mode === 'fit-width' ? byWidth : Math.min(byWidth, (viewport.height - 2 * PAGE_PAD_PX) / page.height)
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/**
 * Pages (1-based) in rows. Facing pages read like a printed paper: page 1 alone (a right-hand
 * page), then 2–3, 4–5…; a last even page stands alone on the left.
 */
export function spreads(pageCount: number, facing: boolean): number[][] {
  const rows: number[][] = []
  if (pageCount <= 0) return rows
  if (!facing) {
    for (let p = 1; p <= pageCount; p++) rows.push([p])
    return rows
  }
  rows.push([1])
  for (let p = 2; p <= pageCount; p += 2) rows.push(p + 1 <= pageCount ? [p, p + 1] : [p])
  return rows
}

export interface Row {
  readonly top: number
  readonly height: number
}

/** Where each row sits in the scrolled content, pages `pageHeightPx` high. */
export function rowGeometry(rowCount: number, pageHeightPx: number): Row[] {
  const rows: Row[] = []
  let top = PAGE_PAD_PX
  for (let i = 0; i < rowCount; i++) {
    rows.push({ top, height: pageHeightPx })
    top += pageHeightPx + PAGE_GAP_PX
  }
  return rows
}

/** The reader's place: a row and how far down it the top of the view is (0–1). */
export interface Anchor {
  readonly row: number
  readonly fraction: number
}

export function anchorAt(scrollTop: number, rows: readonly Row[]): Anchor {
  if (rows.length === 0) return { row: 0, fraction: 0 }
  let row = 0
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.top <= scrollTop + 0.5) row = i
    else break
  }
  const r = rows[row]!
  const fraction = r.height > 0 ? Math.min(1, Math.max(0, (scrollTop - r.top) / r.height)) : 0
  return { row, fraction }
}

/** The scroll position that shows `anchor` in `rows` (the last row when the document got shorter). */
export function scrollTopFor(anchor: Anchor, rows: readonly Row[]): number {
  if (rows.length === 0) return 0
  const r = rows[Math.min(anchor.row, rows.length - 1)]!
  return anchor.row >= rows.length ? r.top : Math.max(0, r.top + anchor.fraction * r.height)
}

/** The page most of the view shows: the row with the most of it in view, its first page. */
export function currentPage(scrollTop: number, viewHeight: number, rows: readonly Row[], layout: readonly number[][]): number {
  if (layout.length === 0 || rows.length === 0) return 0
  const bottom = scrollTop + viewHeight
  let best = 0
  let bestShown = -1
  rows.forEach((r, i) => {
    const shown = Math.min(bottom, r.top + r.height) - Math.max(scrollTop, r.top)
    if (shown > bestShown + 0.5) {
      best = i
      bestShown = shown
    }
  })
  return layout[best]?.[0] ?? 1
}
