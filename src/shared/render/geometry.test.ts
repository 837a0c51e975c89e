import { describe, expect, it } from 'vitest'
import { defaultLayout } from '../article/layout'
import { pageGeometry } from './geometry'

describe('pageGeometry', () => {
  it('derives sheet, text area and column width from the layout', () => {
    const g = pageGeometry({ ...defaultLayout, pageSize: 'A4', bleedMm: 3, columns: 3, gutterMm: 5, marginsMm: { top: 18, right: 15, bottom: 18, left: 15 } })
    expect(g.sheet).toEqual({ widthMm: 216, heightMm: 303 })
    expect(g.content).toEqual({ widthMm: 180, heightMm: 261 })
    expect(g.columnWidthMm).toBeCloseTo((180 - 10) / 3)
  })

  it('never sets columns narrower than 20 mm, whatever the layout asks', () => {
    const g = pageGeometry({ ...defaultLayout, pageSize: 'custom', customWidthMm: 100, customHeightMm: 150, columns: 6, gutterMm: 5, marginsMm: { top: 10, right: 10, bottom: 10, left: 10 } })
    expect(g.columns).toBe(3)
    expect(g.columnWidthMm).toBeGreaterThanOrEqual(20)
    const silly = pageGeometry({ ...defaultLayout, marginsMm: { top: 100, right: 100, bottom: 100, left: 100 } })
    expect(silly.content.widthMm).toBeGreaterThanOrEqual(20)
    expect(silly.columns).toBe(1)
  })
})
