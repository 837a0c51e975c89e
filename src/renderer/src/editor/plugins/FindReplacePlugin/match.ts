// Finding text: plain, whole word, match case or regular expression; Unicode-aware, so whole-word
// search works in Cyrillic and Arabic script too.

export interface FindOptions {
  readonly caseSensitive: boolean
  readonly wholeWord: boolean
  readonly regex: boolean
}

export interface TextMatch {
  readonly start: number
  readonly end: number
}

export type Matcher = { readonly ok: true; readonly re: RegExp } | { readonly ok: false; readonly error: string }

export function buildMatcher(query: string, options: FindOptions): Matcher | null {
  if (query === '') return null
  let source = options.regex ? query : query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (options.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
  try {
    const re = new RegExp(source, `gu${options.caseSensitive ? '' : 'i'}`)
    // A pattern that matches the empty string would match everywhere.
    if (re.test('')) return { ok: false, error: 'This pattern matches empty text.' }
    return { ok: true, re }
  } catch (error) {
    return { ok: false, error: `Not a valid regular expression${error instanceof Error ? `: ${error.message.replace(/^Invalid regular expression: /, '')}` : ''}.` }
  }
}

export function findAll(text: string, re: RegExp): TextMatch[] {
  const out: TextMatch[] = []
  re.lastIndex = 0
  for (const m of text.matchAll(re)) {
    if (m.index === undefined || m[0] === '') continue
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** The replacement for one matched text: `$1`, `$<name>` and `$&` work with regular expressions. */
export function replacementFor(matched: string, re: RegExp, replacement: string, options: FindOptions): string {
  if (!options.regex) return replacement
  const single = new RegExp(re.source, re.flags.replace('g', ''))
  return matched.replace(single, replacement)
}

export function replaceAllIn(text: string, re: RegExp, replacement: string, options: FindOptions): { text: string; count: number } {
  const matches = findAll(text, re)
  let out = text
  for (const m of [...matches].reverse()) out = out.slice(0, m.start) + replacementFor(text.slice(m.start, m.end), re, replacement, options) + out.slice(m.end)
  return { text: out, count: matches.length }
}
