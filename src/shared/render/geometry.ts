// Page geometry in millimetres: trim, bleed, the text area and its columns. Shared by the CSS, the
// copyfit figures and the PDF post-process, so the three can never disagree.
import { trimSizeMm, type Layout } from '../article/layout'

export interface PageGeometry {
  readonly trim: { readonly widthMm: number; readonly heightMm: number }
  readonly bleedMm: number
  /** The sheet Chromium prints: trim plus bleed on every side. */
  readonly sheet: { readonly widthMm: number; readonly heightMm: number }
  /** Text area inside the margins. */
  readonly content: { readonly widthMm: number; readonly heightMm: number }
  readonly columns: number
  readonly gutterMm: number
  readonly columnWidthMm: number
}

export const MM_PER_PT = 25.4 / 72
export const PX_PER_MM = 96 / 25.4

/** Narrowest text column Galley will set (mm): below it even a short word overflows. */
export const MIN_COLUMN_MM = 20

export function pageGeometry(layout: Layout): PageGeometry {
  const trim = trimSizeMm(layout)
  const bleedMm = layout.bleedMm
  const m = layout.marginsMm
  // Margins that leave no room for text are the user's mistake, not a crash: keep a minimal text area.
  const widthMm = Math.max(MIN_COLUMN_MM, trim.widthMm - m.left - m.right)
  const heightMm = Math.max(30, trim.heightMm - m.top - m.bottom)
  const columns = Math.max(1, Math.min(layout.columns, Math.floor((widthMm + layout.gutterMm) / (MIN_COLUMN_MM + layout.gutterMm)) || 1))
  const columnWidthMm = (widthMm - (columns - 1) * layout.gutterMm) / columns
  return {
    trim,
    bleedMm,
    sheet: { widthMm: trim.widthMm + 2 * bleedMm, heightMm: trim.heightMm + 2 * bleedMm },
    content: { widthMm, heightMm },
    columns,
    gutterMm: layout.gutterMm,
    columnWidthMm,
  }
}
