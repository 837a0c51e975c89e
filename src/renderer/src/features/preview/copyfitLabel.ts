// What the preview and the inspector say about copyfit, in a desk's words.
import type { Copyfit } from '../../../../shared/article/layout'
import type { CopyfitResult } from '../../../../shared/render/copyfit'

export type CopyfitTone = 'ok' | 'warn' | 'muted'

export interface CopyfitLabel {
  /** "Fits", "Overset by 3 lines", "Short by 1 line", "Measuring…". */
  readonly text: string
  readonly tone: CopyfitTone
  /** The figures behind it, for a tooltip. */
  readonly detail: string
}

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** What the space is: "3 columns × 120 mm", "2 pages". */
export function targetLabel(copyfit: Copyfit, columns: number): string {
  switch (copyfit.kind) {
    case 'none':
      return 'no target'
    case 'depth':
      return `${columns} ${columns === 1 ? 'column' : 'columns'} × ${Math.round(copyfit.depthMm)} mm`
    case 'pages':
      return `${copyfit.pages} ${copyfit.pages === 1 ? 'page' : 'pages'}`
  }
}

/**
 * The copyfit verdict to show, or null when the layout has no target. `result` is the last
 * measure (null while none has come back); `stale` when the text changed since it was measured.
 */
export function copyfitLabel(copyfit: Copyfit, columns: number, result: CopyfitResult | null, stale = false): CopyfitLabel | null {
  if (copyfit.kind === 'none') return null
  const space = targetLabel(copyfit, columns)
  if (!result) return { text: 'Measuring…', tone: 'muted', detail: `Target: ${space}.` }
  const lines = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'line' : 'lines'}`
  const detail = `The copy takes ${lines(result.usedLines)}; the space (${space}) holds ${lines(result.capacityLines)}.${stale ? ' Measuring the latest changes…' : ''}`
  return { text: capitalized(result.message), tone: result.status === 'fits' ? 'ok' : 'warn', detail }
}
