// How text becomes search terms, and how matches become highlighted snippets. Words are compared
// without case, accents and Arabic-script variants (Persian/Arabic yeh and kaf, harakat, tatweel,
// ZWNJ), so "cafe" finds "Café", "елка" finds "Ёлка" and "میخواهم" finds "می‌خواهم".
import type { Snippet } from '../../../shared/ipc/library'

// English function words (the NLTK stop list) carry no meaning in a search and make up about half
// of any text: leaving them out halves the index. A query made only of them finds nothing.
const STOP_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself ' +
    'they them their theirs themselves what which who whom this that these those am is are was were be been being have has had ' +
    'having do does did doing a an the and but if or because as until while of at by for with about against between into through ' +
    'during before after above below to from up down in out on off over under again further then once here there when where why how ' +
    'all any both each few more most other some such no nor not only own same so than too very s t can will just don should now'
  ).split(' '),
)

const MARKS = /\p{M}|\u0640|\u200c|\u200d/gu
const WORD = /[\p{L}\p{N}\p{M}\u0640\u200c\u200d]+/gu

export function normalizeWord(word: string): string {
  return normalizeText(word)
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/

/** Case, accents and script variants folded; done once per text, not per word (indexing speed). */
function normalizeText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/\u0629/g, '\u0647')
}

const TERM = /[\p{L}\p{N}]+/gu

/** Search terms of a text, in order (repeats kept: FlexSearch scores by position). */
export function terms(text: string): string[] {
  const out: string[] = []
  // Most English copy is plain ASCII: a split is several times faster than a Unicode regex walk.
  const words = ASCII.test(text) ? text.toLowerCase().split(/[^a-z0-9]+/) : Array.from(normalizeText(text).matchAll(TERM), (m) => m[0])
  for (const term of words) if (term !== '' && !STOP_WORDS.has(term)) out.push(term)
  return out
}

/** The distinct terms of a query, in the order typed. */
export function queryTerms(text: string): string[] {
  return [...new Set(terms(text))]
}

/**
 * Matches of the query in `text`: a word matches a term exactly, or the last term as a prefix (the
 * word being typed). Offsets are in `text` as it is, so the renderer can mark them.
 */
export function findMatches(text: string, query: readonly string[], prefixLast: boolean): [number, number][] {
  const exact = new Set(query)
  const prefix = prefixLast ? query[query.length - 1] : undefined
  const out: [number, number][] = []
  // ASCII text keeps its length when folded: fold it once and walk it, instead of folding every word.
  const ascii = ASCII.test(text)
  const walked = ascii ? text.toLowerCase() : text
  for (const match of walked.matchAll(WORD)) {
    const word = ascii ? match[0] : normalizeWord(match[0])
    if (exact.has(word) || (prefix !== undefined && word.startsWith(prefix))) out.push([match.index, match.index + match[0].length])
  }
  return out
}

const CONTEXT = 70

/** A short excerpt around the first match of a long text, marks shifted into the excerpt. */
export function snippet(field: string, text: string, matches: readonly [number, number][], maxMarks = 8): Snippet | null {
  const first = matches[0]
  if (!first) return null
  if (text.length <= CONTEXT * 2 + 40) return { field, text, marks: matches.slice(0, maxMarks) }
  let start = Math.max(0, first[0] - CONTEXT)
  let end = Math.min(text.length, first[1] + CONTEXT * 2)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < first[0]) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > first[1]) end = space
  }
  const prefix = start > 0 ? '…' : ''
  const excerpt = `${prefix}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`
  // Whitespace runs were collapsed: find the marks again in the excerpt rather than shifting offsets.
  const marks: [number, number][] = []
  const words = new Set(matches.map(([s, e]) => text.slice(s, e)))
  for (const match of excerpt.matchAll(WORD)) {
    if (words.has(match[0])) marks.push([match.index, match.index + match[0].length])
    if (marks.length >= maxMarks) break
  }
  return { field, text: excerpt, marks }
}
