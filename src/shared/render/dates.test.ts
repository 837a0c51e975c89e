import { describe, expect, it } from 'vitest'
import { longDate, ordinal, parseIsoDate, persianDigits, solarHijri } from './dates'

describe('longDate', () => {
  it('prints the masthead date of each language', () => {
    expect(longDate('2020-07-08', 'en')).toBe('Wednesday, July 8th, 2020')
    expect(longDate('2020-07-08', 'en-GB')).toBe('Wednesday 8 July 2020')
    expect(longDate('2020-07-08', 'ru')).toBe('Среда, 8 июля 2020 года')
    expect(longDate('2020-07-08', 'kk')).toBe('2020 жылғы 8 шілде, сәрсенбі')
    expect(longDate('2020-07-08', 'fa-AF')).toBe('چهارشنبه ۱۸ سرطان ۱۳۹۹')
    expect(longDate('2020-07-08', 'ps')).toBe('چهارشنبه ۱۸ چنګاښ ۱۳۹۹')
  })

  it('uses the right ordinal suffixes', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st'])
    expect(longDate('2021-01-01', 'en')).toBe('Friday, January 1st, 2021')
  })

  it('converts to the solar hijri calendar across the Nowruz new year', () => {
    expect(solarHijri(2021, 3, 21)).toEqual({ year: 1400, month: 1, day: 1 })
    expect(solarHijri(2021, 3, 20)).toEqual({ year: 1399, month: 12, day: 30 })
    expect(longDate('2021-03-21', 'fa-AF')).toBe('یکشنبه ۱ حمل ۱۴۰۰')
  })

  it('leaves empty and invalid dates alone', () => {
    expect(longDate('', 'en')).toBe('')
    expect(longDate('2020-02-30', 'en')).toBe('2020-02-30')
    expect(longDate('soon', 'ru')).toBe('soon')
    expect(parseIsoDate('2020-13-01')).toBeNull()
    expect(persianDigits('2020-07')).toBe('۲۰۲۰-۰۷')
  })
})
