// The PDF layout checks of the print specs must be able to fail: fed lines that break each rule,
// they report it.
import { describe, expect, it } from 'vitest'
import { blankPages, firstOutOfOrder, imagesWithoutCaption, strandedSubheads } from '../e2e/print/layoutChecks'
import type { PdfLine } from '../e2e/print/pdfTools'

const area = { topPt: 50, bottomPt: 50, pageHeightPt: 800 }
const line = (page: number, text: string, x0: number, y0: number, width = 150): PdfLine => ({ page, text, x0, y0, x1: x0 + width, y1: y0 + 11 })

describe('print layout checks', () => {
  it('finds a subhead at the foot of a column, and accepts one with text under it', () => {
    const lines = [line(1, 'Body text', 50, 600), line(1, 'Stranded head', 50, 730), line(1, 'Good head', 220, 300), line(1, 'follows', 220, 312), line(1, 'Next column text', 220, 100)]
    expect(strandedSubheads(lines, ['Stranded head', 'Good head'], area)).toEqual(['Stranded head'])
    // The folio under the column does not count as text below it.
    expect(strandedSubheads([...lines, line(1, 'Page 1 of 2', 40, 770, 400)], ['Stranded head'], area)).toEqual(['Stranded head'])
    expect(strandedSubheads(lines, ['Missing'], area)).toEqual(['Missing (not found)'])
  })

  it('finds a wrapped right-to-left subhead whose words come in visual order', () => {
    const lines = [line(1, 'شدند کوتاه‌تر', 50, 300), line(1, 'صف‌ها', 50, 312), line(1, 'متن', 50, 324)]
    expect(strandedSubheads(lines, ['صف‌ها کوتاه‌تر شدند'], area)).toEqual([])
  })

  it('finds an image parted from its caption', () => {
    const image = { page: 1, x0: 50, y0: 100, x1: 200, y1: 200 }
    expect(imagesWithoutCaption([image], [line(1, 'Morning traffic heading south', 50, 204)], ['Morning traffic heading south on the bridge.'])).toEqual([])
    expect(imagesWithoutCaption([image], [line(2, 'Morning traffic heading south', 50, 60)], ['Morning traffic heading south on the bridge.'])).toEqual(['Morning traffic heading south on the bridge.'])
  })

  it('finds a page with only its running head and folio', () => {
    const lines = [line(1, 'Text', 50, 300), line(2, 'COURIER', 50, 20), line(2, 'Page 2 of 2', 50, 770)]
    expect(blankPages(lines, 2, area)).toEqual([2])
  })

  it('finds text out of reading order', () => {
    expect(firstOutOfOrder('Headline first para sub second', ['Headline', 'first', 'sub', 'second'])).toBeNull()
    expect(firstOutOfOrder('Headline sub first', ['Headline', 'first', 'sub'])).toBe('sub')
  })
})
