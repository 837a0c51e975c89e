import { describe, expect, it } from 'vitest'
import {
  englishOrdinal,
  formatDateline,
  formatDatelineDate,
  formatEditorInChief,
  formatLongDate,
  formatMastheadDate,
  localIsoDate,
  parseIsoDate,
  solarHijriToIso,
  toIsoDate,
  toPersianDigits,
  toSolarHijri,
} from './dates'

// Every expected value below was checked by hand against a printed calendar (weekday) and, for the
// solar hijri dates, by counting days from Nowruz (1 Hamal = 20 or 21 March; Hamal–Sonbola have 31
// days, Mizan–Dalw 30, Hut 29 or 30 in a leap year).

describe('English long date', () => {
  it.each([
    ['2020-07-08', 'Wednesday, July 8th, 2020'],
    ['2020-07-01', 'Wednesday, July 1st, 2020'],
    ['2020-07-02', 'Thursday, July 2nd, 2020'],
    ['2020-07-03', 'Friday, July 3rd, 2020'],
    ['2020-07-11', 'Saturday, July 11th, 2020'],
    ['2020-07-12', 'Sunday, July 12th, 2020'],
    ['2020-07-13', 'Monday, July 13th, 2020'],
    ['2020-07-21', 'Tuesday, July 21st, 2020'],
    ['2020-07-22', 'Wednesday, July 22nd, 2020'],
    ['2020-07-23', 'Thursday, July 23rd, 2020'],
    ['2020-07-31', 'Friday, July 31st, 2020'],
    ['2024-02-29', 'Thursday, February 29th, 2024'],
    ['2000-01-01', 'Saturday, January 1st, 2000'],
  ])('%s → %s', (iso, expected) => {
    expect(formatLongDate(iso, 'en')).toBe(expected)
  })

  it('writes British dates day first, without ordinal or commas', () => {
    expect(formatLongDate('2020-07-08', 'en-GB')).toBe('Wednesday 8 July 2020')
  })

  it('ordinals for the teens and the hundreds', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 101, 111, 112, 122].map(englishOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '101st', '111th', '112th', '122nd'])
  })
})

describe('Russian long date', () => {
  it.each([
    ['2020-07-08', 'среда, 8 июля 2020 года'],
    ['2021-01-01', 'пятница, 1 января 2021 года'],
    ['2020-03-15', 'воскресенье, 15 марта 2020 года'],
    ['2019-12-31', 'вторник, 31 декабря 2019 года'],
  ])('%s → %s', (iso, expected) => {
    expect(formatLongDate(iso, 'ru')).toBe(expected)
  })

  it('capitalises at the start of a line', () => {
    expect(formatLongDate('2020-07-08', 'ru', { capitalize: true })).toBe('Среда, 8 июля 2020 года')
    expect(formatMastheadDate('2020-07-08', 'ru', 'long')).toBe('Среда, 8 июля 2020 года')
  })
})

describe('Kazakh long date', () => {
  it('puts the year first, as Kazakh papers and documents do', () => {
    expect(formatLongDate('2020-07-08', 'kk')).toBe('2020 жылғы 8 шілде, сәрсенбі')
    expect(formatLongDate('2021-03-22', 'kk')).toBe('2021 жылғы 22 наурыз, дүйсенбі')
  })
})

describe('solar hijri calendar', () => {
  it.each([
    ['2020-07-08', { year: 1399, month: 4, day: 18 }],
    ['2020-03-20', { year: 1399, month: 1, day: 1 }],
    ['2021-03-20', { year: 1399, month: 12, day: 30 }],
    ['2021-03-21', { year: 1400, month: 1, day: 1 }],
    ['2024-03-19', { year: 1402, month: 12, day: 29 }],
    ['2024-03-20', { year: 1403, month: 1, day: 1 }],
    ['2023-12-31', { year: 1402, month: 10, day: 10 }],
    ['2021-08-15', { year: 1400, month: 5, day: 24 }],
  ])('%s is %o', (iso, expected) => {
    expect(toSolarHijri(parseIsoDate(iso)!)).toEqual(expected)
  })
})

describe('Dari (Persian of Afghanistan) long date', () => {
  it('prints the solar hijri date with the Afghan month names and Persian digits, then the Gregorian', () => {
    expect(formatLongDate('2020-07-08', 'fa-AF')).toBe('چهارشنبه ۱۸ سرطان ۱۳۹۹ (۸ جولای ۲۰۲۰)')
  })

  it.each([
    ['2021-03-21', 'یکشنبه ۱ حمل ۱۴۰۰'],
    ['2021-08-15', 'یکشنبه ۲۴ اسد ۱۴۰۰'],
    ['2020-09-01', 'سه\u200cشنبه ۱۱ سنبله ۱۳۹۹'],
    ['2023-12-31', 'یکشنبه ۱۰ جدی ۱۴۰۲'],
    ['2024-03-19', 'سه\u200cشنبه ۲۹ حوت ۱۴۰۲'],
  ])('%s → %s (solar hijri only)', (iso, expected) => {
    expect(formatLongDate(iso, 'fa-AF', { withGregorian: false })).toBe(expected)
  })

  it('uses Afghan, not Iranian, month names', () => {
    const text = formatLongDate('2020-07-08', 'fa-AF')
    expect(text).not.toContain('تیر')
    expect(text).not.toContain('July')
  })
})

describe('Pashto long date', () => {
  it('prints the solar hijri date with the Pashto month names', () => {
    expect(formatLongDate('2020-07-08', 'ps')).toBe('چهارشنبه، د چنګاښ ۱۸، ۱۳۹۹ (د جولای ۸، ۲۰۲۰)')
    expect(formatLongDate('2023-11-19', 'ps', { withGregorian: false })).toBe('یکشنبه، د لړم ۲۸، ۱۴۰۲')
  })
})

describe('datelines', () => {
  it.each([
    ['KABUL', '2020-07-08', 'en', 'KABUL, July 8 —'],
    ['Kabul', '2020-09-08', 'en', 'KABUL, Sept. 8 —'],
    ['Washington', '2020-03-02', 'en', 'WASHINGTON, March 2 —'],
    ['London', '2020-07-08', 'en-GB', 'LONDON, 8 July —'],
    ['Кабул', '2020-07-08', 'ru', 'КАБУЛ, 8 июля —'],
    ['Астана', '2020-07-08', 'kk', 'АСТАНА, 8 шілде —'],
    ['کابل', '2020-07-08', 'fa-AF', 'کابل، ۱۸ سرطان —'],
    ['کابل', '2020-07-08', 'ps', 'کابل، د چنګاښ ۱۸ —'],
  ] as const)('%s on %s in %s → %s', (place, iso, language, expected) => {
    expect(formatDateline(place, iso, language)).toBe(expected)
  })

  it('is empty without a place, and dateless without a date', () => {
    expect(formatDateline('  ', '2020-07-08', 'en')).toBe('')
    expect(formatDateline('Kabul,', '', 'en')).toBe('KABUL —')
  })

  it('abbreviates months the AP way', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDatelineDate(`2020-${String(i + 1).padStart(2, '0')}-01`, 'en').replace(' 1', ''))
    expect(months).toEqual(['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'])
  })
})

describe('masthead', () => {
  it('prints the long date each language’s papers print under the masthead (as the print engine sets it)', () => {
    expect(formatMastheadDate('2020-07-08', 'en')).toBe('Wednesday, July 8th, 2020')
    expect(formatMastheadDate('2020-07-08', 'en-GB')).toBe('Wednesday 8 July 2020')
    expect(formatMastheadDate('2020-07-08', 'ru')).toBe('Среда, 8 июля 2020 года')
    expect(formatMastheadDate('2020-07-08', 'kk')).toBe('2020 жылғы 8 шілде, сәрсенбі')
    expect(formatMastheadDate('2020-07-08', 'fa-AF')).toBe('چهارشنبه ۱۸ سرطان ۱۳۹۹ (۸ جولای ۲۰۲۰)')
    expect(formatMastheadDate('2020-07-08', 'ps')).toBe('چهارشنبه، د چنګاښ ۱۸، ۱۳۹۹ (د جولای ۸، ۲۰۲۰)')
    expect(formatMastheadDate('2021-01-01', 'en')).toBe('Friday, January 1st, 2021')
    expect(formatMastheadDate('2021-03-21', 'fa-AF')).toBe('یکشنبه ۱ حمل ۱۴۰۰ (۲۱ مارچ ۲۰۲۱)')
    expect(formatMastheadDate('', 'en')).toBe('')
    expect(formatMastheadDate('2020-02-30', 'ru')).toBe('')
  })

  it('follows the publication’s date format', () => {
    expect(formatMastheadDate('2020-07-08', 'en', 'long')).toBe('Wednesday, July 8th, 2020')
    expect(formatMastheadDate('2020-07-08', 'en', 'iso')).toBe('2020-07-08')
    expect(formatMastheadDate('2020-07-08', 'fa-AF', 'iso')).toBe('۲۰۲۰-۰۷-۰۸')
  })

  it('labels the editor in chief in the article’s language', () => {
    expect(formatEditorInChief('Jane Doe', 'en')).toBe('Editor in Chief: Jane Doe')
    expect(formatEditorInChief('Иван Петров', 'ru')).toBe('Главный редактор: Иван Петров')
    expect(formatEditorInChief('', 'en')).toBe('')
  })
})

describe('date input', () => {
  it('refuses dates that do not exist, and empty ones', () => {
    expect(parseIsoDate('2021-02-29')).toBeNull()
    expect(parseIsoDate('2020-13-01')).toBeNull()
    expect(parseIsoDate('')).toBeNull()
    expect(formatLongDate('', 'en')).toBe('')
    expect(formatLongDate('2021-02-29', 'fa-AF')).toBe('')
  })

  it('takes the journalist’s local day', () => {
    expect(localIsoDate(new Date(2020, 6, 8, 0, 30))).toBe('2020-07-08')
    expect(localIsoDate(new Date(2020, 6, 8, 23, 59))).toBe('2020-07-08')
  })

  it('writes Persian digits', () => {
    expect(toPersianDigits('1399-04-18')).toBe('۱۳۹۹-۰۴-۱۸')
  })

  it('turns solar hijri dates back into Gregorian ones, across Nowruz and leap years', () => {
    expect(solarHijriToIso(1399, 4, 18)).toBe('2020-07-08')
    expect(solarHijriToIso(1400, 1, 1)).toBe('2021-03-21')
    expect(solarHijriToIso(1399, 12, 30)).toBe('2021-03-20')
    expect(solarHijriToIso(1402, 12, 30)).toBeNull()
    expect(solarHijriToIso(1399, 7, 31)).toBeNull()
    expect(toIsoDate(2020, 2, 30)).toBeNull()
    expect(toIsoDate(2020, 7, 8)).toBe('2020-07-08')
  })
})
