// Smart typography as a journalist types, by the article's language: curly quotes, dashes, the
// ellipsis and non-breaking spaces where the language's typesetting wants them. Pure: given the
// text before the caret (ending with the character just typed), what to replace.
import { LANGUAGES, type Language } from '../../../../../shared/article/languages'

export interface TypographyEdit {
  /** Start of the replaced range in the text before the caret. */
  readonly from: number
  /** End of the replaced range (always the caret). */
  readonly to: number
  readonly text: string
}

export const NBSP = '\u00a0'
const TRIGGERS = new Set(['"', "'", '-', '.', '%', '٪', ' ', ',', ';', ':', ')', '!', '?'])

// Units and abbreviations a number must not be separated from at a line end.
const UNITS = [
  'km', 'm', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'l', 'ml', 'ha', 'km²', 'm²', 'km/h', 'mph', 'kW', 'MW', 'GW', 'kWh', '°C', '°F', '°',
  'км', 'м', 'см', 'мм', 'кг', 'г', 'мг', 'т', 'л', 'мл', 'га', 'км²', 'м²', 'км/ч', 'кВт', 'МВт', 'млн', 'млрд', 'тыс', 'руб', 'тг', 'сом', 'долл',
  'کیلومتر', 'متر', 'کیلوگرام', 'تن', 'لیتر', 'افغانی',
]
const UNIT_AFTER_NUMBER = new RegExp(`[0-9\\u0660-\\u0669\\u06F0-\\u06F9] (${UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})[ ,;:.)!?]$`, 'u')
// Russian sets one-letter prepositions and conjunctions with a non-breaking space after them.
const RU_SHORT_WORD = /(^|[\s(«„"—])([авикосуяАВИКОСУЯ]) $/u
const OPENING_CONTEXT = /[\s([{\u2014\u2013«„“‘\u00a0-]/u
const URLISH = /(https?:|mailto:|www\.|:\/\/|@\S*\.)/i

/** The run of non-space characters just before the caret (what "inside a URL" is judged on). */
function currentWord(before: string): string {
  const trimmed = before.replace(/\s$/u, '')
  const start = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t'), trimmed.lastIndexOf(NBSP))
  return trimmed.slice(start + 1)
}

function opens(before: string): boolean {
  const prev = before.charAt(before.length - 2)
  return prev === '' || OPENING_CONTEXT.test(prev)
}

function count(text: string, mark: string): number {
  let n = 0
  for (const c of text) if (c === mark) n++
  return n
}

function quoteEdit(before: string, language: Language): TypographyEdit | null {
  const typed = before.charAt(before.length - 1)
  const at = before.length - 1
  const { quotes } = LANGUAGES[language]
  const english = language === 'en' || language === 'en-GB'
  const prev = before.charAt(at - 1)
  if (typed === "'") {
    // An apostrophe (don’t, rock ’n’ roll, ’90s) or a single quote in English.
    if (/[\p{L}\p{N}]/u.test(prev) || !english) return /[\p{L}\p{N}]/u.test(prev) || english ? { from: at, to: at + 1, text: '’' } : null
    return { from: at, to: at + 1, text: opens(before) ? '‘' : '’' }
  }
  if (english) return { from: at, to: at + 1, text: opens(before) ? '“' : '”' }
  // «…„…“…»: an opening mark inside an open outer quote is an inner one.
  const text = before.slice(0, at)
  const outerOpen = count(text, quotes.open) > count(text, quotes.close)
  const innerOpen = quotes.innerOpen !== quotes.innerClose && count(text, quotes.innerOpen) > count(text, quotes.innerClose)
  if (opens(before)) return { from: at, to: at + 1, text: outerOpen ? quotes.innerOpen : quotes.open }
  return { from: at, to: at + 1, text: innerOpen ? quotes.innerClose : quotes.close }
}

export function smartTypography(before: string, language: Language): TypographyEdit | null {
  const typed = before.charAt(before.length - 1)
  if (!TRIGGERS.has(typed)) return null
  if (URLISH.test(currentWord(before))) return null
  const end = before.length
  const cyrillic = language === 'ru' || language === 'kk'
  switch (typed) {
    case '"':
    case "'":
      return quoteEdit(before, language)
    case '-':
      // Two hyphens after some text make an em dash; a line starting with "---" is left alone (section break).
      if (/--$/.test(before) && !/---$/.test(before) && before.slice(0, -2).trim() !== '') return { from: end - 2, to: end, text: '—' }
      return null
    case '.':
      return before.endsWith('...') && !before.endsWith('....') ? { from: end - 3, to: end, text: '…' } : null
    case '%':
    case '٪':
      return /[0-9\u0660-\u0669\u06F0-\u06F9] [%٪]$/u.test(before) ? { from: end - 2, to: end - 1, text: NBSP } : null
    default:
      break
  }
  // A space or punctuation ends a word: dashes between words, units after numbers, short words.
  if (typed === ' ' && / - $/.test(before) && before.length > 3) {
    return cyrillic ? { from: end - 3, to: end, text: `${NBSP}— ` } : { from: end - 3, to: end, text: language === 'en' ? ' — ' : ' – ' }
  }
  if (typed === ' ' && / [—–] $/.test(before) && cyrillic && before.length > 3) return { from: end - 3, to: end - 2, text: NBSP }
  const unit = UNIT_AFTER_NUMBER.exec(before)
  if (unit) {
    const space = end - 1 - (unit[1]?.length ?? 0) - 1
    return { from: space, to: space + 1, text: NBSP }
  }
  if (typed === ' ' && language === 'ru' && RU_SHORT_WORD.test(before)) return { from: end - 1, to: end, text: NBSP }
  return null
}

/** Applies an edit to a string (for fields outside the editor, and tests). */
export function applyEdit(before: string, edit: TypographyEdit): string {
  return before.slice(0, edit.from) + edit.text + before.slice(edit.to)
}
