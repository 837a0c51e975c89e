// Word-level comparison of two versions of an article (history "compare", conflict dialog). Pure, so
// the renderer shows it without asking main. The algorithm is jsdiff's; words come from Intl.Segmenter
// so Cyrillic and Arabic-script text is split into words, not letters.
import { diffArrays } from 'diff'
import type { BodyJSON } from './body'
import type { ArticleMeta } from './meta'
import { countWords } from './stats'
import { plainText } from './text'

export type DiffKind = 'same' | 'added' | 'removed'
export interface DiffPart {
  readonly kind: DiffKind
  readonly text: string
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

/** The changes that turn `before` into `after`, word by word (whitespace kept with the words). */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }]
  const parts: DiffPart[] = []
  for (const change of diffArrays(tokens(before), tokens(after))) {
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text }
    else if (text !== '') parts.push({ kind, text })
  }
  return parts
}

/** Words, punctuation and runs of spaces, each a token, so both sides rebuild exactly. */
function tokens(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment)
}

/** The text fields a comparison shows, in reading order. */
export const COMPARED_FIELDS = ['kicker', 'headline', 'deck', 'byline', 'dateline', 'editorInChief'] as const satisfies readonly (keyof ArticleMeta)[]
export type ComparedField = (typeof COMPARED_FIELDS)[number]

export interface ArticleDiff {
  /** Only the fields that differ. */
  readonly fields: readonly { readonly field: ComparedField; readonly parts: readonly DiffPart[] }[]
  readonly body: readonly DiffPart[]
  readonly wordsAdded: number
  readonly wordsRemoved: number
  readonly identical: boolean
}

interface Comparable {
  readonly meta: Pick<ArticleMeta, ComparedField>
  readonly body: BodyJSON
}

/** Compares two versions of an article: its text fields and its body text (blocks separated by a blank line). */
export function diffArticles(before: Comparable, after: Comparable): ArticleDiff {
  const fields = COMPARED_FIELDS.filter((f) => before.meta[f] !== after.meta[f]).map((field) => ({
    field,
    parts: diffWords(before.meta[field], after.meta[field]),
  }))
  const body = diffWords(plainText(before.body), plainText(after.body))
  let wordsAdded = 0
  let wordsRemoved = 0
  for (const part of [...fields.flatMap((f) => f.parts), ...body]) {
    if (part.kind === 'added') wordsAdded += countWords(part.text)
    else if (part.kind === 'removed') wordsRemoved += countWords(part.text)
  }
  return { fields, body, wordsAdded, wordsRemoved, identical: fields.length === 0 && body.every((p) => p.kind === 'same') }
}
