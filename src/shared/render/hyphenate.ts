// Soft hyphens for print: Chromium's `hyphens: auto` has no dictionaries offline, so Galley inserts
// U+00AD itself. English and Russian use the TeX patterns shipped by `hyphen`; no maintained pattern
// set exists for Kazakh, so Kazakh uses its regular syllable rules; Arabic script is never hyphenated.
import * as enGbModule from 'hyphen/en-gb/index.js'
import * as enUsModule from 'hyphen/en-us/index.js'
import * as ruModule from 'hyphen/ru/index.js'
import type { Language } from '../article/languages'

export const SOFT_HYPHEN = '\u00ad'

type HyphenModule = { hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string }

// `hyphen` is CommonJS: depending on the loader the functions sit on the namespace or on `default`.
function load(mod: unknown): HyphenModule {
  const m = mod as Partial<HyphenModule> & { default?: HyphenModule }
  return typeof m.hyphenateSync === 'function' ? (m as HyphenModule) : (m.default as HyphenModule)
}

type Hyphenator = (word: string) => string
type Pattern = 'en-us' | 'en-gb' | 'ru' | 'kk'

const MIN_WORD = 5
/** Letters kept together at the start and end of a word (newspaper practice: no 1-letter fragments). */
const MIN_LEFT = 2
const MIN_RIGHT = 2

function fromPatterns(mod: unknown): Hyphenator {
  const { hyphenateSync } = load(mod)
  return (word) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD })
}

const KK_VOWELS = new Set('аәеёиіоөуұүыэюяАӘЕЁИІОӨУҰҮЫЭЮЯ')
const KK_SIGNS = new Set('ьъЬЪ')

/**
 * Kazakh syllable breaks: a single consonant between vowels starts the next syllable (а-на), of
 * two or more the last one does (ал-ма, айт-ты); soft and hard signs stay with the consonant before.
 */
export function hyphenateKazakh(word: string): string {
  if (word.length < MIN_WORD) return word
  const chars = [...word]
  const vowels: number[] = []
  chars.forEach((c, i) => {
    if (KK_VOWELS.has(c)) vowels.push(i)
  })
  const breaks = new Set<number>()
  for (let v = 0; v + 1 < vowels.length; v++) {
    const a = vowels[v]!
    const b = vowels[v + 1]!
    const between = b - a - 1
    let at = between === 0 ? b : b - 1
    while (at > a + 1 && KK_SIGNS.has(chars[at]!)) at--
    if (KK_SIGNS.has(chars[at]!)) continue
    if (at > a) breaks.add(at)
  }
  let out = ''
  chars.forEach((c, i) => {
    if (breaks.has(i) && i >= MIN_LEFT && chars.length - i >= MIN_RIGHT) out += SOFT_HYPHEN
    out += c
  })
  return out
}

let hyphenators: Partial<Record<Pattern, Hyphenator>> = {}

function hyphenatorFor(pattern: Pattern): Hyphenator {
  const cached = hyphenators[pattern]
  if (cached) return cached
  const made =
    pattern === 'kk' ? hyphenateKazakh : fromPatterns(pattern === 'ru' ? ruModule : pattern === 'en-gb' ? enGbModule : enUsModule)
  hyphenators = { ...hyphenators, [pattern]: made }
  return made
}

const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/
const CYRILLIC = /[\u0400-\u052f]/
const LATIN = /[A-Za-z\u00c0-\u024f]/
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/

/** Which patterns a word is hyphenated with: by its script, the article's language deciding between variants. */
function patternFor(word: string, language: Language): Pattern | null {
  if (ARABIC.test(word)) return null
  if (CYRILLIC.test(word)) return language === 'kk' || KAZAKH_LETTERS.test(word) ? 'kk' : 'ru'
  if (LATIN.test(word)) return language === 'en-GB' ? 'en-gb' : 'en-us'
  return null
}

function trimEdges(word: string): string {
  // Patterns may allow a break one letter from an edge; a newspaper column never shows that.
  const plain = word.replaceAll(SOFT_HYPHEN, '')
  if (plain.length < MIN_WORD) return plain
  let out = ''
  let seen = 0
  for (const ch of word) {
    if (ch === SOFT_HYPHEN) {
      if (seen >= MIN_LEFT && plain.length - seen >= MIN_RIGHT && !out.endsWith(SOFT_HYPHEN)) out += ch
      continue
    }
    out += ch
    seen++
  }
  return out
}

/** Does a language get hyphenated at all (Arabic-script languages never do)? */
export function canHyphenate(language: Language): boolean {
  return language !== 'fa-AF' && language !== 'ps'
}

/** Hyphenated words kept per language: the preview reprints the same words every second. */
const CACHE_LIMIT = 50_000
const caches = new Map<Language, Map<string, string>>()

const WORD = /[\p{L}\p{M}]+/gu
const UNBREAKABLE = /:\/\/|@|www\.|\w\.\w{2,}/

/**
 * A `transformText` for print: returns text with soft hyphens in every word long enough to break.
 * Web and mail addresses, words with capitals only (acronyms) and Arabic-script words are left alone.
 * Results are cached per word and language across calls, so a 30,000-word article costs one
 * pattern lookup per distinct word, and a reprint of the same article almost none.
 */
export function createHyphenator(language: Language): (text: string) => string {
  if (!canHyphenate(language)) return (text) => text
  let cache = caches.get(language)
  if (!cache || cache.size > CACHE_LIMIT) caches.set(language, (cache = new Map()))
  const words = cache
  const word = (w: string): string => {
    if (w.length < MIN_WORD) return w
    let done = words.get(w)
    if (done !== undefined) return done
    const pattern = w === w.toUpperCase() ? null : patternFor(w, language)
    done = pattern ? trimEdges(hyphenatorFor(pattern)(w)) : w
    words.set(w, done)
    return done
  }
  return (text) =>
    text
      .split(/(\s+)/)
      .map((chunk) => (chunk.trim() === '' || UNBREAKABLE.test(chunk) ? chunk : chunk.replace(WORD, word)))
      .join('')
}
