// Counts a journalist relies on: words, characters (with and without spaces), paragraphs, reading time.
// Right for Latin, Cyrillic and Arabic script alike.
import type { BodyJSON } from './body'
import { LANGUAGES, type Language } from './languages'
import { textBlocks, type BlockRole, type TextBlock } from './text'

export interface TextStats {
  readonly words: number
  readonly characters: number
  readonly charactersNoSpaces: number
  readonly paragraphs: number
  /** Minutes, rounded up; 0 for an empty text. */
  readonly readingMinutes: number
}

export interface CountOptions {
  /** Count captions and credits too (off by default: they are not copy). */
  readonly includeCaptions?: boolean
  /** Count pull quotes too (off by default: they repeat the copy). */
  readonly includePullQuotes?: boolean
  readonly language?: Language
}

const CAPTION_ROLES: ReadonlySet<BlockRole> = new Set(['caption', 'credit', 'alt'])
const PULL_ROLES: ReadonlySet<BlockRole> = new Set(['pull-quote', 'pull-quote-attribution'])

// A word is a run of characters between spaces or dashes that holds at least one letter or digit.
// Hyphenated words ("well-known") and words joined by ZWNJ (Persian "می‌خواهم") count once, as
// newspapers count them; "war—peace" counts two.
const WORDLIKE = /[\p{L}\p{N}]/u
const SPACE = /\s/u

/** `\s` outside ASCII, and the dashes that separate words. All are single UTF-16 units. */
function isWideSeparator(c: number): boolean {
  return (
    c === 0x00a0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2013 && c <= 0x2015) ||
    c === 0x2e3a ||
    c === 0x2e3b
  )
}

/**
 * Counts in one pass over the UTF-16 units, with no strings made: it runs for every article in the
 * library index and on every keystroke. Same answer as splitting on the separators and keeping the
 * tokens that hold a letter or digit (a property test holds it to that).
 */
export function countWords(text: string): number {
  let n = 0
  // Whether the token being walked already counted (it met a letter or digit).
  let counted = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) counted = false
      else if (!counted && (c >= 0x30 && c <= 0x39 ? true : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
        counted = true
        n++
      }
    } else if (isWideSeparator(c)) counted = false
    else if (!counted) {
      const next = text.charCodeAt(i + 1)
      const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
      if (WORDLIKE.test(pair ? text.slice(i, i + 2) : text[i] as string)) {
        counted = true
        n++
      }
      if (pair) i++
    }
  }
  return n
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

// Text without combining marks, joiners (ZWJ/ZWNJ), variation selectors, CR, prepended Arabic signs,
// Hangul jamo, emoji or regional indicators has one grapheme per code point: counted directly,
// much faster than segmenting.
const NEEDS_SEGMENTER = new RegExp('[\\ufe00-\\ufe0f\\p{M}\\u200c-\\u200d\\r\\u0600-\\u0605\\u06dd\\u070f\\u08e2\\u1100-\\u11ff\\ua960-\\ua97f\\ud7b0-\\ud7ff\\u{10000}-\\u{10ffff}]', 'u')
const INVISIBLE = new Set(['\u200c', '\u200f', '\u200e'])

/** Characters as a reader sees them (grapheme clusters: "é" or a Persian letter with its marks is one). */
export function countCharacters(text: string): { withSpaces: number; withoutSpaces: number } {
  if (!NEEDS_SEGMENTER.test(text)) {
    let withSpaces = 0
    let withoutSpaces = 0
    for (const c of text) {
      if (c === '\n') continue
      withSpaces++
      if (!SPACE.test(c) && !INVISIBLE.has(c)) withoutSpaces++
    }
    return { withSpaces, withoutSpaces }
  }
  let withSpaces = 0
  let withoutSpaces = 0
  for (const { segment } of graphemes.segment(text)) {
    if (segment === '\n') continue
    withSpaces++
    if (!SPACE.test(segment) && !INVISIBLE.has(segment)) withoutSpaces++
  }
  return { withSpaces, withoutSpaces }
}

function statsOfText(text: string): TextStats {
  const c = countCharacters(text)
  return { words: countWords(text), characters: c.withSpaces, charactersNoSpaces: c.withoutSpaces, paragraphs: text.trim() === '' ? 0 : 1, readingMinutes: 0 }
}

export function statsOfTexts(texts: Iterable<string>, language: Language = 'en'): TextStats {
  return combineStats(Array.from(texts, statsOfText), language)
}

export function countedBlocks(body: BodyJSON, options: CountOptions = {}): TextBlock[] {
  return [...textBlocks(body)].filter(
    (b) => (options.includeCaptions || !CAPTION_ROLES.has(b.role)) && (options.includePullQuotes || !PULL_ROLES.has(b.role)),
  )
}

export function bodyStats(body: BodyJSON, options: CountOptions = {}): TextStats {
  return statsOfTexts(
    countedBlocks(body, options).map((b) => b.text),
    options.language,
  )
}

/** Adds up the counts of separate parts of a text (blocks counted one by one and cached, say). */
export function combineStats(parts: Iterable<TextStats>, language: Language = 'en'): TextStats {
  let words = 0
  let characters = 0
  let charactersNoSpaces = 0
  let paragraphs = 0
  for (const part of parts) {
    words += part.words
    characters += part.characters
    charactersNoSpaces += part.charactersNoSpaces
    paragraphs += part.paragraphs
  }
  return { words, characters, charactersNoSpaces, paragraphs, readingMinutes: readingMinutes(words, language) }
}

function readingMinutes(words: number, language: Language): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / LANGUAGES[language].wordsPerMinute))
}
