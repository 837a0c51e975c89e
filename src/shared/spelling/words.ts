// Words to spell-check in a paragraph, with their offsets for underlining, for Latin, Cyrillic and
// Arabic script alike. Pure: the renderer tokenizes changed paragraphs, main checks the words.

export interface WordToken {
  /** The word as written (apostrophes and inner hyphens kept). */
  readonly word: string
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number
  readonly end: number
}

// A word: letters and combining marks, joined inside by an apostrophe (don’t, l’État), a hyphen
// (кто-то, well-known), or — in Arabic script — the zero-width non-joiner (می‌روم) and tatweel.
const WORD = /[\p{L}\p{M}]+(?:(?:['’\u02BC\u2011-]|\u200C|\u0640)+[\p{L}\p{M}]+)*/gu
const HAS_DIGIT_NEAR = /[\p{N}_@/\\]/u

/** The words of a text worth checking: no numbers, no single letters, no URLs or addresses. */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = []
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const start = match.index
    const end = start + word.length
    // Part of a URL, an e-mail address, a file name or a code like A4 or 3rd: not prose.
    const before = text[start - 1] ?? ''
    const after = text[end] ?? ''
    if (HAS_DIGIT_NEAR.test(before) || HAS_DIGIT_NEAR.test(after)) continue
    if ((after === '.' || after === ':') && /^[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) continue
    if (before === '.' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) continue
    if (countLetters(word) < 2) continue
    out.push({ word, start, end })
  }
  return out
}

function countLetters(word: string): number {
  let n = 0
  for (const ch of word) if (/\p{L}/u.test(ch)) n++
  return n
}

/**
 * The form a dictionary is asked about: typographic apostrophes as ASCII (Hunspell's English
 * dictionary lists `don't`), Russian stress marks, Arabic-script vowel signs and tatweel dropped,
 * Arabic letters as Persian writes them (ي → ی, ك → ک), and the ezafe hamza (ۀ, هٔ) as its plain
 * letter. The zero-width non-joiner stays: it joins the parts of a Persian word (می‌روم), which the
 * checker may look up apart.
 */
export function normalizeForDictionary(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[’\u02BC]/g, "'")
    .replace(/\u2011/g, '-')
    .replace(/[\u0301\u0300]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640\u200D]/g, '')
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/\u06C0/g, '\u0647')
}

/** The parts of a compound the dictionary may list separately: well-known, кто-то, می‌روم. */
export function compoundParts(normalized: string): string[] {
  return normalized.split(/[-\u200C]/).filter((p) => p.length > 0)
}

/** The key an article's "Ignore" list and caches compare by (case kept: `Bush` ≠ `bush`). */
export function ignoreKey(word: string): string {
  return normalizeForDictionary(word)
}

/** Adds a word to an article's ignore list (`meta.spellingIgnore`), sorted, once. */
export function withIgnoredWord(list: readonly string[] | undefined, word: string): string[] {
  const key = ignoreKey(word)
  const set = new Set((list ?? []).map(ignoreKey))
  set.add(key)
  return [...set].sort()
}
