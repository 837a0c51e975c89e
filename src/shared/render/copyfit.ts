// Copyfit: does the article fill its hole? Measured the way a desk measures copy: the text set in
// one column at the column width, in lines of the body leading, against columns × depth (or pages ×
// columns × the text area's depth); what spans the columns (masthead, headline, deck, lead and
// full-width images) takes its depth from every column.
import type { Copyfit, Layout } from '../article/layout'
import { MM_PER_PT, PX_PER_MM, type PageGeometry } from './geometry'

/** What the page script reports, in CSS px of the rendered print document. */
export interface CopyfitMeasurement {
  /** Height of everything above the columns (masthead, head), set at the text area's width. */
  readonly spanPx: number
  /** Height of the body set in one column at the column width (full-width images excluded). */
  readonly flowPx: number
  /** Height of the full-width images, set at the text area's width. */
  readonly fullPx: number
}

export type CopyfitStatus = 'fits' | 'overset' | 'short'

export interface CopyfitResult {
  readonly status: CopyfitStatus
  /** Lines over (overset) or missing (short); 0 when it fits. */
  readonly lines: number
  /** "fits", "overset by 3 lines", "short by 1 line". */
  readonly message: string
  /** Lines the hole holds and lines the copy takes, in body lines summed over the columns. */
  readonly capacityLines: number
  readonly usedLines: number
}

export function copyfitMessage(status: CopyfitStatus, lines: number): string {
  if (status === 'fits') return 'fits'
  return `${status} by ${lines} ${lines === 1 ? 'line' : 'lines'}`
}

/** Lines one column holds in `depthMm` at the layout's leading. */
export function linesInDepth(depthMm: number, leadingPt: number): number {
  // A hair of tolerance: 12pt leading in exactly 12 lines of depth is 12 lines, not 11.
  return Math.floor(depthMm / (leadingPt * MM_PER_PT) + 1e-6)
}

export function evaluateCopyfit(copyfit: Copyfit, layout: Pick<Layout, 'leadingPt'>, geometry: PageGeometry, m: CopyfitMeasurement): CopyfitResult | null {
  if (copyfit.kind === 'none') return null
  const leadPx = layout.leadingPt * MM_PER_PT * PX_PER_MM
  const columns = geometry.columns
  const spanLines = Math.ceil((m.spanPx + m.fullPx) / leadPx - 0.05)
  const flowLines = Math.ceil(Math.max(0, m.flowPx - m.fullPx) / leadPx - 0.05)
  const usedLines = flowLines + columns * spanLines
  const capacityLines =
    copyfit.kind === 'depth'
      ? columns * linesInDepth(copyfit.depthMm, layout.leadingPt)
      : Math.floor(copyfit.pages * columns * linesInDepth(geometry.content.heightMm, layout.leadingPt))
  const diff = usedLines - capacityLines
  const status: CopyfitStatus = diff > 0 ? 'overset' : diff < 0 ? 'short' : 'fits'
  const lines = Math.abs(diff)
  return { status, lines, message: copyfitMessage(status, lines), capacityLines, usedLines }
}

/**
 * Runs in the print page (a string, so Electron's executeJavaScript and Playwright's evaluate take
 * it alike): sets the copy in one column at the column width and reports a `CopyfitMeasurement`.
 */
export const COPYFIT_MEASURE_SCRIPT = `(() => {
  const root = document.documentElement;
  root.classList.add('galley-measure');
  try {
    const parts = Array.from(document.querySelectorAll('.story-body'));
    if (!parts.length) return { spanPx: 0, flowPx: 0, fullPx: 0 };
    const top = document.body.getBoundingClientRect().top;
    let flowPx = 0;
    let fullPx = 0;
    for (const part of parts) {
      flowPx += part.getBoundingClientRect().height;
      for (const el of part.querySelectorAll(':scope > .image--full')) {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        fullPx += r.height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
      }
    }
    return { spanPx: parts[0].getBoundingClientRect().top - top, flowPx, fullPx };
  } finally {
    root.classList.remove('galley-measure');
  }
})()`

/**
 * Runs in the print page before printing: every bundled face loaded (also those only the @page
 * margin boxes use, which the document itself never asks for) and every image decoded.
 */
export const PRINT_READY_SCRIPT = `(async () => {
  await Promise.all(Array.from(document.fonts, (f) => f.load().catch(() => null)));
  await document.fonts.ready;
  await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => null)));
  return document.fonts.status;
})()`
