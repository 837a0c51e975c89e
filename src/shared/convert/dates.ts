// Dates as newspapers print them, turned into ISO `YYYY-MM-DD`: English long dates (`Wednesday,
// July 8th, 2020`), Russian and Kazakh (`8 июля 2020 г.`, `2020 жылғы 8 шілде`), Dari and Pashto with
// the Afghan solar months (`۱۸ سرطان ۱۳۹۹`, `د چنګاښ ۱۸، ۱۳۹۹`) or the Western ones, and numeric ISO /
// `08.07.2020`. The names are the ones the formatters print (templates/dates.ts), so every date
// Galley writes reads back; the importers also take the spelling variants other writers use.
import { DATE_NAMES, solarHijriToIso, toIsoDate } from '../templates/dates'

export interface FoundDate {
  readonly iso: string
  /** Where the date (weekday included) starts and ends in the searched text. */
  readonly start: number
  readonly end: number
}

const EN_MONTHS = DATE_NAMES.enMonths.map((m) => m.toLowerCase())
// Stems of the genitive (июля → июл, мая → ма) also take the nominative (июль, май, март).
const RU_MONTHS = DATE_NAMES.ruMonths.map((m) => m.slice(0, -1))
const KK_MONTHS: readonly string[] = DATE_NAMES.kkMonths

/** Arabic-script spellings compared without the letter variants keyboards differ in (ګ/گ, ي/ی, ك/ک) or ZWNJ. */
const arabicKey = (s: string): string => s.replace(/ګ/g, 'گ').replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, '')
const keyed = (names: readonly string[]): string[] => names.map(arabicKey)
// Afghan solar months (Dari, then Pashto): month 1 is Hamal / Wray, starting at Nowruz.
const SOLAR_MONTHS = [keyed(DATE_NAMES.faSolarMonths), keyed(DATE_NAMES.psSolarMonths)]
const WESTERN_MONTHS = [keyed(DATE_NAMES.faMonths), keyed(DATE_NAMES.psMonths)]

const EN_WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?'
const RU_WEEKDAY = `(?:${[...DATE_NAMES.ruWeekdays, ...DATE_NAMES.kkWeekdays].join('|')})`
// Longest first, so that سه‌شنبه is not read as شنبه; with and without the ZWNJ; اونۍ is Pashto's week.
const FA_WEEKDAY = `(?:${[...new Set([...DATE_NAMES.faWeekdays, ...DATE_NAMES.faWeekdays.map((d) => d.replace('\u200c', ' ')), ...DATE_NAMES.faWeekdays.map((d) => d.replace('\u200c', '')), 'پنج‌شنبه', 'اونۍ'])].sort((a, b) => b.length - a.length).join('|')})`
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])'
const DIGITS = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]'

const enMonth = `(${EN_MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|')}|sept\\.?)`
const dayOrd = '(\\d{1,2})(?:st|nd|rd|th)?'

interface Pattern {
  readonly re: RegExp
  readonly toIso: (m: RegExpExecArray) => string | null
}

const P = (source: string, toIso: Pattern['toIso']): Pattern => ({ re: new RegExp(`${NOT_WORD_BEFORE}${source}${NOT_WORD_AFTER}`, 'giu'), toIso })

function toAsciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
}

function enMonthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3)
  return EN_MONTHS.findIndex((m) => m.startsWith(key))
}

function prefixIndex(list: readonly string[], word: string): number {
  const w = word.toLowerCase()
  // Longest stem first: "мая" must not match "март".
  let best = -1
  let bestLen = 0
  list.forEach((stem, i) => {
    if (w.startsWith(stem) && stem.length > bestLen) {
      best = i
      bestLen = stem.length
    }
  })
  return best
}

/** The month of an Arabic-script name: solar (Afghan) or Western; null when it is neither. */
function arabicMonth(name: string): { solar: boolean; month: number } | null {
  const key = arabicKey(name)
  for (const list of SOLAR_MONTHS) if (list.includes(key)) return { solar: true, month: list.indexOf(key) + 1 }
  for (const list of WESTERN_MONTHS) if (list.includes(key)) return { solar: false, month: list.indexOf(key) + 1 }
  return null
}

function arabicDate(year: string, monthName: string, day: string): string | null {
  const month = arabicMonth(monthName)
  if (!month) return null
  const [y, d] = [Number(toAsciiDigits(year)), Number(toAsciiDigits(day))]
  return month.solar ? solarHijriToIso(y, month.month, d) : toIsoDate(y, month.month, d)
}

const PATTERNS: readonly Pattern[] = [
  // Wednesday, July 8th, 2020 / July 8, 2020
  P(`(?:${EN_WEEKDAY},?\\s+)?${enMonth}\\s+${dayOrd},?\\s+(\\d{4})`, (m) => toIsoDate(Number(m[3]), enMonthIndex(m[1]!) + 1, Number(m[2]))),
  // Wednesday 8 July 2020 / 8th of July, 2020
  P(`(?:${EN_WEEKDAY},?\\s+)?(?:the\\s+)?${dayOrd}\\s+(?:of\\s+)?${enMonth},?\\s+(\\d{4})`, (m) => toIsoDate(Number(m[3]), enMonthIndex(m[2]!) + 1, Number(m[1]))),
  // среда, 8 июля 2020 года
  P(`(?:${RU_WEEKDAY},?\\s+)?(\\d{1,2})\\s+([а-яё]+)\\s+(\\d{4})(?:\\s*(?:года|год|жылы|жыл|г\\.?|ж\\.?))?`, (m) => {
    const ru = prefixIndex(RU_MONTHS, m[2]!)
    const month = ru >= 0 ? ru : KK_MONTHS.indexOf(m[2]!.toLowerCase())
    return month < 0 ? null : toIsoDate(Number(m[3]), month + 1, Number(m[1]))
  }),
  // 2020 жылғы 8 шілде, сәрсенбі
  P(`(\\d{4})\\s+(?:жылғы\\s+)?(\\d{1,2})\\s+([а-яәғқңөұүһі]+)(?:,?\\s+${RU_WEEKDAY})?`, (m) => {
    const month = KK_MONTHS.indexOf(m[3]!.toLowerCase())
    return month < 0 ? null : toIsoDate(Number(m[1]), month + 1, Number(m[2]))
  }),
  // چهارشنبه ۱۸ سرطان ۱۳۹۹ / ۸ جولای ۲۰۲۰ (Dari: day, month, year)
  P(`(?:${FA_WEEKDAY}[،,]?\\s+)?(${DIGITS}{1,2})\\s+([\\p{Script=Arabic}\\u200c]+)\\s+(${DIGITS}{4})(?:\\s*(?:هـ\\.?\\s*ش\\.?|ه\\.ش|ل\\.))?`, (m) => arabicDate(m[3]!, m[2]!, m[1]!)),
  // چهارشنبه، د چنګاښ ۱۸، ۱۳۹۹ / د جولای ۸، ۲۰۲۰ (Pashto: “of” month, day, year)
  P(`(?:${FA_WEEKDAY}[،,]?\\s+)?د\\s+([\\p{Script=Arabic}\\u200c]+)\\s+(${DIGITS}{1,2})[،,]?\\s+(${DIGITS}{4})`, (m) => arabicDate(m[3]!, m[1]!, m[2]!)),
  // 2020-07-08, also in Persian digits (۲۰۲۰-۰۷-۰۸) as an ISO-dated Dari masthead prints it
  P(`(${DIGITS}{4})-(${DIGITS}{2})-(${DIGITS}{2})`, (m) => toIsoDate(Number(toAsciiDigits(m[1]!)), Number(toAsciiDigits(m[2]!)), Number(toAsciiDigits(m[3]!)))),
  P('(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})', (m) => toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]))),
]

/** The first date in `text`, with where it stands. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = pattern.re.exec(text)) !== null) {
      const iso = pattern.toIso(m)
      if (iso) {
        if (!best || m.index < best.start) best = { iso, start: m.index, end: m.index + m[0].length }
        break
      }
    }
  }
  return best
}

/**
 * The ISO date when the whole line is a date (a dateline's trailing punctuation allowed, and the
 * same day again in brackets, as Afghan papers follow the solar date with the Gregorian); else null.
 */
export function parseDateLine(line: string): string | null {
  const text = line.trim().replace(/[.,;:—–-]+$/u, '').trim()
  const found = findDate(text)
  if (!found) return null
  const rest = (text.slice(0, found.start) + text.slice(found.end)).replace(/[\s.,;:،|—–-]/gu, '')
  if (rest === '') return found.iso
  const bracketed = /^\((.+)\)$/u.exec(text.slice(found.end).trim())
  return bracketed && text.slice(0, found.start).trim() === '' && parseDateLine(bracketed[1]!) === found.iso ? found.iso : null
}
