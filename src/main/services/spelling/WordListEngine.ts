// A spell checker over a plain sorted word list, for languages whose free dictionary is a list of
// forms rather than Hunspell rules (Persian, from the Lilak project via cspell). The list stays one
// string with an offset table and is searched by binary search: ~15 MB for 700,000 Persian forms,
// where a Set of strings would take several times that.
import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import type { SpellEngine } from './HunspellEngine'

export class WordList {
  private readonly offsets: Uint32Array
  readonly size: number

  /** `text`: words sorted by UTF-16 code units (JavaScript's default sort), one per line. */
  constructor(private readonly text: string) {
    let count = 0
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== 10) count++
    this.offsets = new Uint32Array(count + 1)
    let n = 0
    this.offsets[n++] = 0
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.offsets[n++] = i + 1
    if (n <= count) this.offsets[n] = text.length + 1
    this.size = count
  }

  has(word: string): boolean {
    let lo = 0
    let hi = this.size - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = this.compareAt(mid, word)
      if (c === 0) return true
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }

  /** Compares entry `index` with `word` by code units, without allocating. */
  private compareAt(index: number, word: string): number {
    const start = this.offsets[index]!
    const end = this.offsets[index + 1]! - 1
    const length = end - start
    const n = Math.min(length, word.length)
    for (let i = 0; i < n; i++) {
      const d = this.text.charCodeAt(start + i) - word.charCodeAt(i)
      if (d !== 0) return d
    }
    return length - word.length
  }
}

/** Letters tried when suggesting: those the list's words use (sampled: the list is large). */
function alphabetOf(text: string): string[] {
  const seen = new Set<string>()
  for (let i = 0; i < text.length; i += 7) {
    const ch = text[i]!
    if (ch !== '\n' && !/[\uD800-\uDFFF]/.test(ch)) seen.add(ch)
  }
  return [...seen]
}

const MAX_SUGGESTIONS = 8

export function wordListEngine(list: WordList, alphabet: readonly string[]): SpellEngine {
  const personal = new Set<string>()
  const known = (w: string): boolean => personal.has(w) || list.has(w)

  /** Every word one edit away: swaps and replacements first (the likeliest slips), then deletions, insertions. */
  function edits(word: string): string[] {
    const out: string[] = []
    const chars = [...word]
    for (let i = 0; i + 1 < chars.length; i++) out.push([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''))
    for (let i = 0; i < chars.length; i++) for (const a of alphabet) if (a !== chars[i]) out.push([...chars.slice(0, i), a, ...chars.slice(i + 1)].join(''))
    for (let i = 0; i < chars.length; i++) out.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(''))
    for (let i = 0; i <= chars.length; i++) for (const a of alphabet) out.push([...chars.slice(0, i), a, ...chars.slice(i)].join(''))
    return out
  }

  return {
    correct: known,
    suggest(raw) {
      // Suggest for the word as written without joiners; the dictionary lists no ZWNJ.
      const word = raw.replace(/\u200C/g, '')
      const found: string[] = []
      const add = (w: string): void => {
        if (w && w !== word && !found.includes(w) && known(w)) found.push(w)
      }
      const first = edits(word)
      for (const w of first) {
        add(w)
        if (found.length >= MAX_SUGGESTIONS) return found
      }
      // Two words run together (a missing space): both halves known.
      const chars = [...word]
      for (let i = 2; i + 2 <= chars.length && found.length < MAX_SUGGESTIONS; i++) {
        const a = chars.slice(0, i).join('')
        const b = chars.slice(i).join('')
        if (known(a) && known(b)) found.push(`${a} ${b}`)
      }
      // Two edits away only when nothing is one away, and within a budget: a suggestion must come
      // back while the context menu opens.
      if (found.length === 0 && chars.length <= 12) {
        let budget = 60_000
        // Shorter candidates first: doubled letters (کتاااب) are the commonest two-edit slip.
        for (const w of [...first].sort((a, b) => a.length - b.length)) {
          for (const w2 of edits(w)) {
            add(w2)
            if (found.length >= MAX_SUGGESTIONS || --budget === 0) return found
          }
        }
      }
      return found
    },
    add: (word) => void personal.add(word),
    remove: (word) => void personal.delete(word),
    dispose: () => undefined,
  }
}

/** Loads `<name>.words.gz` (sorted, one word per line, gzip). */
export async function loadWordList(file: string): Promise<SpellEngine> {
  const text = gunzipSync(await readFile(file)).toString('utf8')
  return wordListEngine(new WordList(text), alphabetOf(text))
}
