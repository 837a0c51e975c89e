import { describe, expect, it } from 'vitest'
import { anchorAt, currentPage, PAGE_GAP_PX, PAGE_PAD_PX, PX_PER_PT, rowGeometry, scaleFor, scrollTopFor, SPREAD_GAP_PX, spreads } from './zoom'

const A4 = { width: 595.28, height: 841.89 }

describe('scaleFor', () => {
  it('draws 100 % at print size: 96 CSS pixels per inch', () => {
    expect(scaleFor('actual', A4, { width: 300, height: 300 }, false)).toBe(PX_PER_PT)
    expect(A4.width * PX_PER_PT).toBeCloseTo(793.7, 1)
  })

  it('fits the width of a page, or of a spread when facing', () => {
    const view = { width: 848, height: 600 }
    expect(scaleFor('fit-width', A4, view, false) * A4.width).toBeCloseTo(view.width - 2 * PAGE_PAD_PX, 6)
    const facing = scaleFor('fit-width', A4, view, true)
    expect(2 * facing * A4.width + SPREAD_GAP_PX).toBeCloseTo(view.width - 2 * PAGE_PAD_PX, 6)
  })

  it('fits a whole page: the smaller of width and height decides', () => {
    const tall = { width: 2000, height: 700 }
    expect(scaleFor('fit-page', A4, tall, false) * A4.height).toBeCloseTo(700 - 2 * PAGE_PAD_PX, 6)
    const narrow = { width: 400, height: 3000 }
    expect(scaleFor('fit-page', A4, narrow, false)).toBe(scaleFor('fit-width', A4, narrow, false))
  })

  it('never draws at zero or negative size in a collapsed pane', () => {
    expect(scaleFor('fit-width', A4, { width: 0, height: 0 }, true)).toBeGreaterThan(0)
    expect(scaleFor('fit-page', { width: 0, height: 0 }, { width: 500, height: 500 }, false)).toBe(PX_PER_PT)
  })
})

describe('spreads', () => {
  it('puts page 1 alone, then pairs 2–3, 4–5 like a printed paper', () => {
    expect(spreads(1, true)).toEqual([[1]])
    expect(spreads(4, true)).toEqual([[1], [2, 3], [4]])
    expect(spreads(5, true)).toEqual([[1], [2, 3], [4, 5]])
    expect(spreads(3, false)).toEqual([[1], [2], [3]])
    expect(spreads(0, true)).toEqual([])
  })
})

describe('keeping the reader’s place', () => {
  const rows = rowGeometry(3, 1000)

  it('lays rows out with padding and gaps', () => {
    expect(rows).toEqual([
      { top: PAGE_PAD_PX, height: 1000 },
      { top: PAGE_PAD_PX + 1000 + PAGE_GAP_PX, height: 1000 },
      { top: PAGE_PAD_PX + 2 * (1000 + PAGE_GAP_PX), height: 1000 },
    ])
  })

  it('finds the same place again at the same zoom, and at another zoom', () => {
    const top = rows[1]!.top + 250
    const anchor = anchorAt(top, rows)
    expect(anchor).toEqual({ row: 1, fraction: 0.25 })
    expect(scrollTopFor(anchor, rows)).toBe(top)
    const zoomed = rowGeometry(3, 2000)
    expect(scrollTopFor(anchor, zoomed)).toBe(zoomed[1]!.top + 500)
  })

  it('goes to the last page when the document got shorter, and to the top when it is empty', () => {
    expect(scrollTopFor({ row: 5, fraction: 0.5 }, rows)).toBe(rows[2]!.top)
    expect(scrollTopFor({ row: 1, fraction: 0.5 }, [])).toBe(0)
    expect(anchorAt(0, rows)).toEqual({ row: 0, fraction: 0 })
  })

  it('names the page that fills most of the view', () => {
    const layout = spreads(5, true)
    const facingRows = rowGeometry(layout.length, 1000)
    expect(currentPage(0, 800, facingRows, layout)).toBe(1)
    expect(currentPage(facingRows[1]!.top, 800, facingRows, layout)).toBe(2)
    // 40 % into page 2's spread with a view as tall as a page: still that spread, not the next.
    expect(currentPage(facingRows[1]!.top + 400, 1000, facingRows, layout)).toBe(2)
    expect(currentPage(facingRows[1]!.top + 600, 1000, facingRows, layout)).toBe(4)
    expect(currentPage(0, 800, [], [])).toBe(0)
  })
})
