import { describe, expect, it } from 'vitest'
import { copyfitMessage, type CopyfitResult } from '../../../../shared/render/copyfit'
import { copyfitLabel, targetLabel } from './copyfitLabel'

const result = (status: CopyfitResult['status'], lines: number, used = 100, capacity = 100): CopyfitResult => ({ status, lines, message: copyfitMessage(status, lines), usedLines: used, capacityLines: capacity })

describe('copyfit wording', () => {
  it('says nothing when the layout has no target', () => {
    expect(copyfitLabel({ kind: 'none' }, 3, null)).toBeNull()
  })

  it('says fits, overset by N lines or short by N lines, as a desk does', () => {
    expect(copyfitLabel({ kind: 'depth', depthMm: 200 }, 3, result('fits', 0))).toMatchObject({ text: 'Fits', tone: 'ok' })
    expect(copyfitLabel({ kind: 'depth', depthMm: 200 }, 3, result('overset', 4, 104, 100))).toMatchObject({ text: 'Overset by 4 lines', tone: 'warn' })
    expect(copyfitLabel({ kind: 'pages', pages: 2 }, 3, result('short', 1, 99, 100))).toMatchObject({ text: 'Short by 1 line', tone: 'warn' })
  })

  it('gives the figures behind the verdict, and says when it is being measured', () => {
    expect(copyfitLabel({ kind: 'depth', depthMm: 200.4 }, 3, result('overset', 1_204, 2_404, 1_200))!.detail).toBe('The copy takes 2,404 lines; the space (3 columns × 200 mm) holds 1,200 lines.')
    expect(copyfitLabel({ kind: 'pages', pages: 1 }, 1, null)).toEqual({ text: 'Measuring…', tone: 'muted', detail: 'Target: 1 page.' })
    expect(copyfitLabel({ kind: 'pages', pages: 2 }, 1, result('fits', 0), true)!.detail).toMatch(/Measuring the latest changes/)
    expect(targetLabel({ kind: 'depth', depthMm: 90 }, 1)).toBe('1 column × 90 mm')
  })
})
