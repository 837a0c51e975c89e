// Every date Galley prints reads back: the importers parse what the formatters write, in every
// language and in both of the publication's date formats.
import { describe, expect, it } from 'vitest'
import { LanguageSchema } from '../article/languages'
import { formatDatelineDate, formatLongDate, formatMastheadDate } from '../templates/dates'
import { findDate, parseDateLine } from './dates'

const ISOS = ['2020-07-08', '2021-03-21', '2021-03-20', '2024-02-29', '2023-12-31', '2000-01-01', '2020-09-01', '2030-05-22']

describe('dates read back', () => {
  for (const language of LanguageSchema.options) {
    it(`${language}: masthead dates (long and ISO) parse to the day they were printed for`, () => {
      for (const iso of ISOS) {
        for (const format of ['long', 'iso'] as const) {
          const printed = formatMastheadDate(iso, language, format)
          expect(parseDateLine(printed), printed).toBe(iso)
          expect(findDate(`Editor in Chief: Jane Doe  ${printed}`)?.iso, printed).toBe(iso)
        }
        const solarOnly = formatLongDate(iso, language, { withGregorian: false })
        expect(parseDateLine(solarOnly), solarOnly).toBe(iso)
      }
    })
  }

  it('takes the spellings other writers use', () => {
    // Pashto months typed with the Persian gaf, weekdays without the ZWNJ, Arabic yeh.
    expect(parseDateLine('چهارشنبه، د غبرگولی ۲۰، ۱۳۹۹')).toBe('2020-06-09')
    expect(parseDateLine('سه شنبه ۱۱ سنبله ۱۳۹۹')).toBe('2020-09-01')
    expect(parseDateLine('۸ جولاي ۲۰۲۰')).toBe('2020-07-08')
    expect(parseDateLine('Wed., Sept. 2, 2020')).toBe('2020-09-02')
  })

  it('refuses a bracketed second date that is another day, and days that do not exist', () => {
    expect(parseDateLine('چهارشنبه ۱۸ سرطان ۱۳۹۹ (۹ جولای ۲۰۲۰)')).toBeNull()
    expect(parseDateLine('۳۱ میزان ۱۳۹۹')).toBeNull()
    expect(parseDateLine('۲۰۲۰-۰۲-۳۰')).toBeNull()
  })

  it('finds a dateline’s date inside the line but not as a whole-line date', () => {
    const dateline = `KABUL, ${formatDatelineDate('2020-07-08', 'en')} —`
    expect(parseDateLine(dateline)).toBeNull()
  })
})
