import { describe, expect, it } from 'vitest'
import { formatArticleDate, formatWhen, isoDay } from './format'

const now = new Date(2020, 6, 8, 14, 30).getTime()

describe('formatWhen', () => {
  it('says how long ago in words a journalist uses', () => {
    expect(formatWhen(now - 20_000, now)).toBe('just now')
    expect(formatWhen(now - 12 * 60_000, now)).toBe('12 min ago')
    expect(formatWhen(new Date(2020, 6, 8, 9, 5).getTime(), now)).toBe('today, 09:05')
    expect(formatWhen(new Date(2020, 6, 7, 18, 5).getTime(), now)).toBe('yesterday, 18:05')
    expect(formatWhen(new Date(2020, 2, 1, 8, 0).getTime(), now)).toBe('1 Mar')
    expect(formatWhen(new Date(2019, 11, 31, 8, 0).getTime(), now)).toBe('31 Dec 2019')
  })
})

describe('article dates', () => {
  it('reads an ISO date, and leaves an empty one empty', () => {
    expect(formatArticleDate('2020-07-08')).toBe('8 Jul 2020')
    expect(formatArticleDate('')).toBe('')
  })

  it('counts back whole local days for the date filters', () => {
    expect(isoDay(now)).toBe('2020-07-08')
    expect(isoDay(now, 6)).toBe('2020-07-02')
    expect(isoDay(now, 8)).toBe('2020-06-30')
  })
})
