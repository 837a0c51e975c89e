// Dates as newspapers print them, turned into ISO `YYYY-MM-DD`: English long dates (`Wednesday,
// July 8th, 2020`), Russian and Kazakh (`8 июля 2020 г.`, `2020 жылғы 8 шілде`), Dari and Pashto with
// the Afghan solar months (`۱۸ سرطان ۱۳۹۹`) or the Western ones, and numeric ISO / `08.07.2020`.

export interface FoundDate {
  readonly iso: string
  /** Where the date (weekday included) starts and ends in the searched text. */
  readonly start: number
  readonly end: number
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
// Afghan solar months (Dari, then Pashto): month 1 is Hamal / Wray, starting at Nowruz.
const SOLAR_DARI = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت']
const SOLAR_PASHTO = ['وری', 'غویی', 'غبرگولی', 'چنګاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب']
const WESTERN_DARI = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر']

const EN_WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?'
const RU_WEEKDAY = '(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)'
const FA_WEEKDAY = '(?:شنبه|یکشنبه|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|اونۍ)'
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

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const t = new Date(Date.UTC(year, month - 1, day))
  if (t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null
  return t.toISOString().slice(0, 10)
}

const persianParts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })

/** Solar Hijri (Afghan and Iranian calendars share it) to ISO, through the platform's calendar data. */
export function solarHijriToIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || (month > 6 && day > 30)) return null
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1
  const guess = Date.UTC(year + 621, 2, 21) + offset * 86_400_000
  for (const delta of [0, -1, 1, -2, 2]) {
    const t = guess + delta * 86_400_000
    const parts = Object.fromEntries(persianParts.formatToParts(t).map((p) => [p.type, p.value]))
    if (Number.parseInt(parts['year'] ?? '', 10) === year && Number(parts['month']) === month && Number(parts['day']) === day) {
      return new Date(t).toISOString().slice(0, 10)
    }
  }
  return null
}

const PATTERNS: readonly Pattern[] = [
  // Wednesday, July 8th, 2020 / July 8, 2020
  P(`(?:${EN_WEEKDAY},?\\s+)?${enMonth}\\s+${dayOrd},?\\s+(\\d{4})`, (m) => isoDate(Number(m[3]), enMonthIndex(m[1]!) + 1, Number(m[2]))),
  // Wednesday 8 July 2020 / 8th of July, 2020
  P(`(?:${EN_WEEKDAY},?\\s+)?(?:the\\s+)?${dayOrd}\\s+(?:of\\s+)?${enMonth},?\\s+(\\d{4})`, (m) => isoDate(Number(m[3]), enMonthIndex(m[2]!) + 1, Number(m[1]))),
  // среда, 8 июля 2020 года
  P(`(?:${RU_WEEKDAY},?\\s+)?(\\d{1,2})\\s+([а-яё]+)\\s+(\\d{4})(?:\\s*(?:года|год|жылы|жыл|г\\.?|ж\\.?))?`, (m) => {
    const ru = prefixIndex(RU_MONTHS, m[2]!)
    const month = ru >= 0 ? ru : KK_MONTHS.indexOf(m[2]!.toLowerCase())
    return month < 0 ? null : isoDate(Number(m[3]), month + 1, Number(m[1]))
  }),
  // 2020 жылғы 8 шілде
  P(`(\\d{4})\\s+(?:жылғы\\s+)?(\\d{1,2})\\s+([а-яәғқңөұүһі]+)`, (m) => {
    const month = KK_MONTHS.indexOf(m[3]!.toLowerCase())
    return month < 0 ? null : isoDate(Number(m[1]), month + 1, Number(m[2]))
  }),
  // چهارشنبه ۱۸ سرطان ۱۳۹۹ / ۸ جولای ۲۰۲۰
  P(`(?:${FA_WEEKDAY}[،,]?\\s+)?(${DIGITS}{1,2})\\s+([\\p{Script=Arabic}\\u200c]+)\\s+(${DIGITS}{4})(?:\\s*(?:هـ\\.?\\s*ش\\.?|ه\\.ش|ل\\.))?`, (m) => {
    const day = Number(toAsciiDigits(m[1]!))
    const year = Number(toAsciiDigits(m[3]!))
    const name = m[2]!
    const solar = Math.max(SOLAR_DARI.indexOf(name), SOLAR_PASHTO.indexOf(name))
    if (solar >= 0) return solarHijriToIso(year, solar + 1, day)
    const western = WESTERN_DARI.indexOf(name)
    return western >= 0 ? isoDate(year, western + 1, day) : null
  }),
  P('(\\d{4})-(\\d{2})-(\\d{2})', (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))),
  P('(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})', (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1]))),
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

/** The ISO date when the whole line is a date (a dateline's trailing punctuation allowed); else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim().replace(/[.,;:—–-]+$/u, '').trim()
  const found = findDate(text)
  if (!found) return null
  const rest = (text.slice(0, found.start) + text.slice(found.end)).replace(/[\s.,;:|—–-]/gu, '')
  return rest === '' ? found.iso : null
}
