// Dates as each language's newspapers print them: the masthead's long date and the story's dateline.
// Names come from our own tables, not from Intl locale data: Chromium ships without Kazakh and Pashto
// names (it falls back to English) and ICU's spellings differ from Afghan press usage (“سنبلهٔ”).
// Intl is used only for the calendar arithmetic of the solar hijri date, which every ICU has.
import type { Language } from '../article/languages'

export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` as a calendar date, or null when it is empty or not a real date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
  return { year, month, day }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** The calendar date as `YYYY-MM-DD`, or null when no such day exists (30 February, month 13). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
  return parseIsoDate(iso) ? iso : null
}

/** The journalist's own calendar day (local time), as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })

/** The solar hijri (Afghan and Iranian civil calendar) date of a Gregorian date. */
export function toSolarHijri(date: CalendarDate): CalendarDate {
  const parts = persian.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day, 12)))
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day') }
}

/** The Gregorian date of a solar hijri one (as ISO `YYYY-MM-DD`), or null when there is no such day. */
export function solarHijriToIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || (month > 6 && day > 30)) return null
  // Months 1–6 have 31 days, 7–11 have 30: a guess from Nowruz (about 21 March), then ICU decides.
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1
  const guess = Date.UTC(year + 621, 2, 21) + offset * 86_400_000
  for (const delta of [0, -1, 1, -2, 2]) {
    const t = new Date(guess + delta * 86_400_000)
    const gregorian = { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
    const solar = toSolarHijri(gregorian)
    if (solar.year === year && solar.month === month && solar.day === day) return toIsoDate(gregorian.year, gregorian.month, gregorian.day)
  }
  return null
}

/** Latin digits as Extended Arabic-Indic digits (۰۱۲۳۴۵۶۷۸۹), as Dari and Pashto print them. */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)))
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `13th`, `21st`, `22nd`… */
export function englishOrdinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  switch (n % 10) {
    case 1:
      return `${n}st`
    case 2:
      return `${n}nd`
    case 3:
      return `${n}rd`
    default:
      return `${n}th`
  }
}

// Weekday tables start on Sunday (getUTCDay order).
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** AP style, which American datelines follow: five months are never abbreviated. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
const RU_WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота']
/** Genitive: «8 июля». */
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
const KK_WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі']
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
const FA_WEEKDAYS = ['یکشنبه', 'دوشنبه', 'سه\u200cشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه']
/** Afghan solar months carry the zodiac's Arabic names (Iran uses فروردین, اردیبهشت…). */
const FA_SOLAR_MONTHS = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت']
/** Gregorian months as Afghan Dari papers spell them. */
const FA_MONTHS = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر']
/** Afghan Pashto press uses the Persian-derived weekday names. */
const PS_WEEKDAYS = FA_WEEKDAYS
const PS_SOLAR_MONTHS = ['وری', 'غویی', 'غبرګولی', 'چنګاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب']
const PS_MONTHS = ['جنوري', 'فبروري', 'مارچ', 'اپریل', 'مۍ', 'جون', 'جولای', 'اګست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر']

const at = (table: readonly string[], index: number): string => table[index] ?? ''

/** The names the formatters print, for the importers that read dates back (`convert/dates.ts`). */
export const DATE_NAMES = {
  enWeekdays: EN_WEEKDAYS,
  enMonths: EN_MONTHS,
  ruWeekdays: RU_WEEKDAYS,
  /** Genitive, as dates print them. */
  ruMonths: RU_MONTHS,
  kkWeekdays: KK_WEEKDAYS,
  kkMonths: KK_MONTHS,
  faWeekdays: FA_WEEKDAYS,
  faSolarMonths: FA_SOLAR_MONTHS,
  faMonths: FA_MONTHS,
  psSolarMonths: PS_SOLAR_MONTHS,
  psMonths: PS_MONTHS,
} as const

/** How the publication prints its dates (the `dateFormat` preference). */
export type DateFormat = 'long' | 'iso'

export interface LongDateOptions {
  /**
   * Dari and Pashto: add the Gregorian date after the solar hijri one, as Afghan papers often do
   * (default true). Ignored for languages that print only the Gregorian date.
   */
  readonly withGregorian?: boolean
  /** Start with a capital letter (Russian and Kazakh weekdays are lower case mid-sentence). */
  readonly capitalize?: boolean
}

/**
 * The long date as the language's newspapers print it under the masthead:
 * - en: `Wednesday, July 8th, 2020`; en-GB: `Wednesday 8 July 2020`
 * - ru: `среда, 8 июля 2020 года`; kk: `2020 жылғы 8 шілде, сәрсенбі`
 * - fa-AF: `چهارشنبه ۱۸ سرطان ۱۳۹۹ (۸ جولای ۲۰۲۰)`; ps: `چهارشنبه، د چنګاښ ۱۸، ۱۳۹۹ (د جولای ۸، ۲۰۲۰)`
 * Returns '' for an empty or invalid date.
 */
export function formatLongDate(iso: string, language: Language, options: LongDateOptions = {}): string {
  const date = parseIsoDate(iso)
  if (!date) return ''
  const weekday = weekdayOf(date)
  const month = date.month - 1
  const withGregorian = options.withGregorian ?? true
  let text: string
  switch (language) {
    case 'en':
      text = `${at(EN_WEEKDAYS, weekday)}, ${at(EN_MONTHS, month)} ${englishOrdinal(date.day)}, ${date.year}`
      break
    case 'en-GB':
      text = `${at(EN_WEEKDAYS, weekday)} ${date.day} ${at(EN_MONTHS, month)} ${date.year}`
      break
    case 'ru':
      text = `${at(RU_WEEKDAYS, weekday)}, ${date.day} ${at(RU_MONTHS, month)} ${date.year} года`
      break
    case 'kk':
      text = `${date.year} жылғы ${date.day} ${at(KK_MONTHS, month)}, ${at(KK_WEEKDAYS, weekday)}`
      break
    case 'fa-AF': {
      const solar = toSolarHijri(date)
      text = `${at(FA_WEEKDAYS, weekday)} ${solar.day} ${at(FA_SOLAR_MONTHS, solar.month - 1)} ${solar.year}`
      if (withGregorian) text += ` (${date.day} ${at(FA_MONTHS, month)} ${date.year})`
      text = toPersianDigits(text)
      break
    }
    case 'ps': {
      const solar = toSolarHijri(date)
      text = `${at(PS_WEEKDAYS, weekday)}، د ${at(PS_SOLAR_MONTHS, solar.month - 1)} ${solar.day}، ${solar.year}`
      if (withGregorian) text += ` (د ${at(PS_MONTHS, month)} ${date.day}، ${date.year})`
      text = toPersianDigits(text)
      break
    }
  }
  return options.capitalize ? text.charAt(0).toLocaleUpperCase(language) + text.slice(1) : text
}

/** Day and month without weekday or year, as a dateline carries it: `July 8`, `Sept. 8`, `8 июля`, `۱۸ سرطان`. */
export function formatDatelineDate(iso: string, language: Language): string {
  const date = parseIsoDate(iso)
  if (!date) return ''
  const month = date.month - 1
  switch (language) {
    case 'en':
      return `${at(AP_MONTHS, month)} ${date.day}`
    case 'en-GB':
      return `${date.day} ${at(EN_MONTHS, month)}`
    case 'ru':
      return `${date.day} ${at(RU_MONTHS, month)}`
    case 'kk':
      return `${date.day} ${at(KK_MONTHS, month)}`
    case 'fa-AF': {
      const solar = toSolarHijri(date)
      return toPersianDigits(`${solar.day} ${at(FA_SOLAR_MONTHS, solar.month - 1)}`)
    }
    case 'ps': {
      const solar = toSolarHijri(date)
      return toPersianDigits(`د ${at(PS_SOLAR_MONTHS, solar.month - 1)} ${solar.day}`)
    }
  }
}

const ARABIC_SCRIPT: ReadonlySet<Language> = new Set(['fa-AF', 'ps'])

/**
 * The dateline that opens a story: place in capitals, the date, an em dash — `KABUL, July 8 —`,
 * `КАБУЛ, 8 июля —`, `کابل، ۱۸ سرطان —`. Empty when there is no place. Without a date: `KABUL —`.
 */
export function formatDateline(place: string, iso: string, language: Language): string {
  const trimmed = place.trim().replace(/[,،]\s*$/, '')
  if (!trimmed) return ''
  // Arabic script has no case; a Latin or Cyrillic place is set in capitals whatever the language.
  const city = trimmed.toLocaleUpperCase(language)
  const date = formatDatelineDate(iso, language)
  if (!date) return `${city} —`
  return `${city}${ARABIC_SCRIPT.has(language) ? '،' : ','} ${date} —`
}

/** The date under the masthead in the publication's chosen format: the long date, or `2020-07-08`. */
export function formatMastheadDate(iso: string, language: Language, dateFormat: DateFormat = 'long'): string {
  if (!parseIsoDate(iso)) return ''
  if (dateFormat === 'iso') return ARABIC_SCRIPT.has(language) ? toPersianDigits(iso) : iso
  return formatLongDate(iso, language, { capitalize: language === 'ru' || language === 'kk' })
}

/** The masthead label before the editor's name, as the language's papers print it. */
export const EDITOR_IN_CHIEF_LABELS: Readonly<Record<Language, string>> = {
  en: 'Editor in Chief',
  'en-GB': 'Editor in Chief',
  ru: 'Главный редактор',
  kk: 'Бас редактор',
  'fa-AF': 'سردبیر',
  ps: 'مسؤل مدیر',
}

/** `Editor in Chief: Jane Doe` (or `سردبیر: …`); empty when no name is set. */
export function formatEditorInChief(name: string, language: Language): string {
  const trimmed = name.trim()
  if (!trimmed) return ''
  return `${EDITOR_IN_CHIEF_LABELS[language]}: ${trimmed}`
}
