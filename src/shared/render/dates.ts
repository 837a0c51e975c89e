// Long dates as newspapers print them in a masthead or running header, per language:
// `Wednesday, July 8th, 2020`, `Среда, 8 июля 2020 года`, and for Dari and Pashto the solar hijri
// date Afghan papers use, in Persian digits (`چهارشنبه ۱۸ سرطان ۱۳۹۹`).
import type { Language } from '../article/languages'

const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const RU_DAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота']
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
const KK_DAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі']
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
const FA_DAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه']
/** Solar hijri months with the zodiac names used in Afghanistan (Dari), and their Pashto names. */
const FA_AF_MONTHS = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت']
const PS_MONTHS = ['وری', 'غویی', 'غبرګولی', 'چنګاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب']
const PS_DAYS = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه']

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

export function ordinal(day: number): string {
  const tens = day % 100
  if (tens >= 11 && tens <= 13) return `${day}th`
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`
}

/** Eastern Arabic-Indic digits as printed in Dari and Pashto. */
export function persianDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)))
}

/** Parses `YYYY-MM-DD` as a calendar date (no time zone can shift it); null when it is not one. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number; weekday: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return { year, month, day, weekday: date.getUTCDay() }
}

/** The solar hijri (Persian calendar) date of a Gregorian one, from the platform's ICU. */
export function solarHijri(year: number, month: number, day: number): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(year, month - 1, day)),
  )
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN)
  return { year: part('year'), month: part('month'), day: part('day') }
}

/**
 * `2020-07-08` as a newspaper's long date in `language`; '' for an empty date, the input unchanged
 * when it is not a date.
 */
export function longDate(iso: string, language: Language): string {
  if (!iso) return ''
  const d = parseIsoDate(iso)
  if (!d) return iso
  switch (language) {
    case 'en':
      return `${EN_DAYS[d.weekday]}, ${EN_MONTHS[d.month - 1]} ${ordinal(d.day)}, ${d.year}`
    case 'en-GB':
      return `${EN_DAYS[d.weekday]} ${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`
    case 'ru':
      return `${capitalize(RU_DAYS[d.weekday]!)}, ${d.day} ${RU_MONTHS[d.month - 1]} ${d.year} года`
    case 'kk':
      return `${d.year} жылғы ${d.day} ${KK_MONTHS[d.month - 1]}, ${KK_DAYS[d.weekday]}`
    case 'fa-AF':
    case 'ps': {
      const sh = solarHijri(d.year, d.month, d.day)
      const months = language === 'ps' ? PS_MONTHS : FA_AF_MONTHS
      const days = language === 'ps' ? PS_DAYS : FA_DAYS
      return `${days[d.weekday]} ${persianDigits(sh.day)} ${months[sh.month - 1]} ${persianDigits(sh.year)}`
    }
  }
}
