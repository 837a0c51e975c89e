import { describe, expect, it } from 'vitest'
import { defaultLayout } from '../article/layout'
import { copyfitMessage, evaluateCopyfit, linesInDepth } from './copyfit'
import { MM_PER_PT, pageGeometry, PX_PER_MM } from './geometry'

const layout = { ...defaultLayout, columns: 3, leadingPt: 12 }
const geometry = pageGeometry(layout)
const lead = 12 * MM_PER_PT * PX_PER_MM // px per line

describe('copyfit', () => {
  it('counts lines of a depth at the leading', () => {
    expect(linesInDepth(12 * 10 * MM_PER_PT, 12)).toBe(10)
    expect(linesInDepth(12 * 10 * MM_PER_PT - 0.1, 12)).toBe(9)
  })

  it('says fits, overset or short by whole lines, head spanning every column', () => {
    const depthMm = 100 * 12 * MM_PER_PT // 100 lines a column, 300 in the hole
    const copyfit = { kind: 'depth' as const, depthMm }
    // 5 lines of head take 15 column-lines; 285 lines of copy fill the rest exactly.
    expect(evaluateCopyfit(copyfit, layout, geometry, { spanPx: 5 * lead, flowPx: 285 * lead, fullPx: 0 })).toMatchObject({ status: 'fits', lines: 0, message: 'fits', capacityLines: 300, usedLines: 300 })
    expect(evaluateCopyfit(copyfit, layout, geometry, { spanPx: 5 * lead, flowPx: 288 * lead, fullPx: 0 })).toMatchObject({ status: 'overset', lines: 3, message: 'overset by 3 lines' })
    expect(evaluateCopyfit(copyfit, layout, geometry, { spanPx: 5 * lead, flowPx: 284 * lead, fullPx: 0 })).toMatchObject({ status: 'short', lines: 1, message: 'short by 1 line' })
  })

  it('counts a full-width image in every column', () => {
    const copyfit = { kind: 'depth' as const, depthMm: 100 * 12 * MM_PER_PT }
    const r = evaluateCopyfit(copyfit, layout, geometry, { spanPx: 0, flowPx: 110 * lead, fullPx: 10 * lead })
    expect(r?.usedLines).toBe(100 + 3 * 10)
  })

  it('measures a page target against the text area of the page', () => {
    const perColumn = linesInDepth(geometry.content.heightMm, 12)
    const r = evaluateCopyfit({ kind: 'pages', pages: 2 }, layout, geometry, { spanPx: 0, flowPx: 0, fullPx: 0 })
    expect(r).toMatchObject({ status: 'short', capacityLines: 2 * 3 * perColumn, lines: 2 * 3 * perColumn })
    expect(evaluateCopyfit({ kind: 'none' }, layout, geometry, { spanPx: 0, flowPx: 0, fullPx: 0 })).toBeNull()
    expect(copyfitMessage('overset', 1)).toBe('overset by 1 line')
  })
})
