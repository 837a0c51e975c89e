import { describe, expect, it } from 'vitest'
import { DAY, HOUR, snapshotsToPrune, type Prunable } from './prune'

const now = Date.UTC(2020, 6, 8, 12)
const snap = (id: string, ageMs: number, label: string | null = null): Prunable => ({ id, at: now - ageMs, label })

describe('snapshotsToPrune', () => {
  it('keeps everything from the last 24 hours', () => {
    const list = Array.from({ length: 50 }, (_, i) => snap(`s${i}`, i * 20 * 60_000))
    expect(snapshotsToPrune(list, now)).toEqual([])
  })

  it('keeps the newest of each hour for 7 days', () => {
    const hourStart = Math.floor((now - 2 * DAY) / HOUR) * HOUR
    const list = [snap('newer', now - hourStart - 50 * 60_000), snap('older', now - hourStart - 10 * 60_000), snap('next-hour', now - hourStart - 70 * 60_000)]
    expect(snapshotsToPrune(list, now)).toEqual(['older'])
  })

  it('keeps the newest of each day for 90 days, and nothing older', () => {
    const dayStart = Math.floor((now - 30 * DAY) / DAY) * DAY
    const list = [snap('d-late', now - dayStart - 20 * HOUR), snap('d-early', now - dayStart - 2 * HOUR), snap('ancient', 91 * DAY)]
    expect(snapshotsToPrune(list, now).sort()).toEqual(['ancient', 'd-early'])
  })

  it('never drops a labelled snapshot', () => {
    const list = [snap('a', 200 * DAY, 'Sent to print'), snap('b', 30 * DAY + HOUR, 'Legal check'), snap('c', 30 * DAY + 2 * HOUR)]
    expect(snapshotsToPrune(list, now)).toEqual([])
  })
})
