// The ready-for-print checklist: everything that should stop an article going to print. The
// inspector shows it, export shows it as warnings (export still works), the CLI `check` prints it.
import type { ImageJSON } from '../article/body'
import type { Article } from '../article/file'
import { TEXT_FIELDS, type Status, type Target } from '../article/meta'
import { countedBlocks, countWords } from '../article/stats'
import { SECTION_BLOCKS } from './blocks'
import { BUILT_IN_TEMPLATES } from './builtins'
import { fieldStatus, fieldsOf } from './fields'
import { findPlaceholders, placeholderTextsOf, textNodesOf } from './placeholders'
import type { Template, TemplateField } from './schema'

export type CheckKind =
  | 'field-missing'
  | 'field-over'
  | 'placeholder'
  | 'to-come'
  | 'image-caption'
  | 'image-credit'
  | 'length-over'
  | 'length-under'
  | 'length-unmeasured'

export interface CheckItem {
  /** Stable across runs (`field-over:headline`, `placeholder:3`), for the UI's keys and jump targets. */
  readonly id: string
  readonly kind: CheckKind
  /** `blocker` stops “ready”; `info` is shown but does not (a length that needs the print preview). */
  readonly severity: 'blocker' | 'info'
  readonly message: string
  /** The field to focus, for field items. */
  readonly field?: string
  /** The top-level body block to scroll to, for body items. */
  readonly blockIndex?: number
}

export type LengthState = 'under' | 'ok' | 'over' | 'unmeasured'

export interface LengthStatus {
  readonly target: Target
  /** Words, lines or pages as measured; null when lines or pages were not measured. */
  readonly count: number | null
  readonly state: LengthState
  /** `742 words (target 600–1,200)`, `128 of 120 lines`. */
  readonly label: string
}

export interface Checklist {
  readonly items: readonly CheckItem[]
  /** No blockers: nothing stands between the article and print. */
  readonly ready: boolean
  readonly words: number
  readonly length: LengthStatus | null
}

export interface CheckOptions {
  /** Lines the body takes in the print layout, from the print engine (for `lines` targets). */
  readonly measuredLines?: number
  /** Pages the article takes in print (for `pages` targets). */
  readonly measuredPages?: number
  /** Placeholder texts to recognise even without their marker; defaults to every built-in's. */
  readonly knownPlaceholders?: ReadonlySet<string>
}


let builtInPlaceholders: ReadonlySet<string> | null = null
/** Every placeholder text of the built-in templates and section blocks. */
export function knownPlaceholderTexts(extra: readonly Template[] = []): ReadonlySet<string> {
  builtInPlaceholders ??= new Set([
    ...BUILT_IN_TEMPLATES.flatMap((t) => placeholderTextsOf(t.skeleton.root.children)),
    ...SECTION_BLOCKS.flatMap((b) => placeholderTextsOf(b.blocks)),
  ])
  if (extra.length === 0) return builtInPlaceholders
  return new Set([...builtInPlaceholders, ...extra.flatMap((t) => placeholderTextsOf(t.skeleton.root.children))])
}

const fmt = (n: number): string => n.toLocaleString('en-US')

/** The article's length against its target. Lines and pages need the print engine's measure. */
export function lengthStatus(article: Article, words: number, options: Pick<CheckOptions, 'measuredLines' | 'measuredPages'> = {}): LengthStatus | null {
  const target = article.meta.target
  if (!target) return null
  switch (target.unit) {
    case 'words': {
      const state: LengthState = words > target.max ? 'over' : words < target.min ? 'under' : 'ok'
      const range = target.min > 0 ? `${fmt(target.min)}–${fmt(target.max)}` : `at most ${fmt(target.max)}`
      return { target, count: words, state, label: `${fmt(words)} ${words === 1 ? 'word' : 'words'} (target ${range})` }
    }
    case 'lines': {
      const lines = options.measuredLines
      if (lines === undefined) return { target, count: null, state: 'unmeasured', label: `target ${fmt(target.lines)} lines` }
      // Copy should fill its hole: past it is over; more than 5 % short leaves a gap the page shows.
      const state: LengthState = lines > target.lines ? 'over' : lines < Math.floor(target.lines * 0.95) ? 'under' : 'ok'
      return { target, count: lines, state, label: `${fmt(lines)} of ${fmt(target.lines)} lines` }
    }
    case 'pages': {
      const pages = options.measuredPages
      if (pages === undefined) return { target, count: null, state: 'unmeasured', label: `target ${target.pages} pages` }
      const state: LengthState = pages > target.pages ? 'over' : pages < target.pages * 0.95 ? 'under' : 'ok'
      return { target, count: pages, state, label: `${pages} of ${target.pages} pages` }
    }
  }
}

const LENGTH_UNITS = { words: 'words', lines: 'lines', pages: 'pages' } as const

function lengthItem(length: LengthStatus): CheckItem | null {
  const unit = LENGTH_UNITS[length.target.unit]
  switch (length.state) {
    case 'ok':
      return null
    case 'unmeasured':
      return { id: 'length', kind: 'length-unmeasured', severity: 'info', message: `The target is ${length.label.replace('target ', '')}: open the print preview to measure the article.` }
    case 'over':
      return { id: 'length', kind: 'length-over', severity: 'blocker', message: `The article is too long: ${length.label}. Cut it to fit.` }
    case 'under':
      return { id: 'length', kind: 'length-under', severity: 'blocker', message: `The article is too short: ${length.label}. Add ${unit === 'words' ? 'copy' : 'copy or a block'} to fill its space.` }
  }
}

function imageItems(image: ImageJSON, blockIndex: number, number: number): CheckItem[] {
  const items: CheckItem[] = []
  if (image.caption.trim() === '') items.push({ id: `image-caption:${blockIndex}`, kind: 'image-caption', severity: 'blocker', blockIndex, message: `Image ${number} has no caption.` })
  if (image.credit.trim() === '') items.push({ id: `image-credit:${blockIndex}`, kind: 'image-credit', severity: 'blocker', blockIndex, message: `Image ${number} has no credit (who took or made it).` })
  return items
}

const TO_COME = /(^|[^\p{L}\p{N}])(TK)+(?=$|[^\p{L}\p{N}])/u
const quoteShort = (text: string): string => {
  const t = text.trim().replace(/\s+/g, ' ')
  return t.length > 60 ? `${t.slice(0, 57)}…` : t
}

/**
 * Everything that blocks print: required fields empty, limits exceeded, placeholder text left in the
 * body, “TK” (to come) marks, images without caption or credit, length outside the target.
 * `template` is the article's template; null checks the general fields (only the headline required).
 */
export function checkArticle(article: Article, template: Template | null, options: CheckOptions = {}): Checklist {
  const items: CheckItem[] = []
  const fields = fieldsOf(template)
  for (const field of fields) {
    const status = fieldStatus(field, article.meta)
    if (status.missing) items.push({ id: `field-missing:${field.id}`, kind: 'field-missing', severity: 'blocker', field: field.id, message: `${field.label} is empty.` })
    else if (status.state === 'over') items.push({ id: `field-over:${field.id}`, kind: 'field-over', severity: 'blocker', field: field.id, message: `${field.label} is ${status.label}.` })
  }

  const known = options.knownPlaceholders ?? knownPlaceholderTexts(template ? [template] : [])
  const seenBlocks = new Set<number>()
  for (const hit of findPlaceholders(article.body, known)) {
    if (seenBlocks.has(hit.blockIndex)) continue
    seenBlocks.add(hit.blockIndex)
    items.push({ id: `placeholder:${hit.blockIndex}`, kind: 'placeholder', severity: 'blocker', blockIndex: hit.blockIndex, message: `Placeholder text is still in the body: “${quoteShort(hit.text)}”` })
  }

  let images = 0
  article.body.root.children.forEach((block, blockIndex) => {
    if (block.type === 'image') items.push(...imageItems(block, blockIndex, ++images))
  })

  for (const mark of findToCome(article, fields)) items.push({ id: `to-come:${mark.id}`, kind: 'to-come', severity: 'blocker', ...mark.at, message: mark.message })

  // Words only: the same blocks bodyStats counts, without its (slow) grapheme segmentation for characters.
  const words = countedBlocks(article.body).reduce((sum, block) => sum + countWords(block.text), 0)
  const length = lengthStatus(article, words, options)
  const lengthCheck = length ? lengthItem(length) : null
  if (lengthCheck) items.push(lengthCheck)

  return { items, ready: !items.some((i) => i.severity === 'blocker'), words, length }
}

interface ToCome {
  readonly id: string
  readonly message: string
  readonly at: { readonly field?: string; readonly blockIndex?: number }
}

function findToCome(article: Article, fields: readonly TemplateField[]): ToCome[] {
  const found: ToCome[] = []
  const meta = article.meta
  const values: [string, string][] = [...TEXT_FIELDS.map((id): [string, string] => [id, meta[id]]), ...Object.entries(meta.fields)]
  for (const [id, value] of values) {
    if (!TO_COME.test(value)) continue
    const label = fields.find((f) => f.id === id)?.label ?? id
    found.push({ id, message: `“TK” (to come) is still in ${label}.`, at: { field: id } })
  }
  article.body.root.children.forEach((block, blockIndex) => {
    const texts = block.type === 'image' ? [block.caption, block.credit] : [...textNodesOf(block)].map((n) => n.text)
    const hit = texts.find((t) => TO_COME.test(t))
    if (hit !== undefined) found.push({ id: String(blockIndex), message: `“TK” (to come) is still in the body: “${quoteShort(hit)}”`, at: { blockIndex } })
  })
  return found
}

/** The statuses in the order an article moves through them. */
export const STATUS_FLOW: readonly Status[] = ['draft', 'in-edit', 'ready', 'printed']

export function nextStatus(status: Status): Status | null {
  return STATUS_FLOW[STATUS_FLOW.indexOf(status) + 1] ?? null
}

/** A warning when moving to `ready` or `printed` while the checklist still has blockers; null otherwise. */
export function statusWarning(next: Status, checklist: Checklist): string | null {
  if (next !== 'ready' && next !== 'printed') return null
  const blockers = checklist.items.filter((i) => i.severity === 'blocker').length
  if (blockers === 0) return null
  return `${blockers} ${blockers === 1 ? 'thing still stands' : 'things still stand'} between this article and print. Mark it ${next === 'ready' ? 'ready' : 'printed'} anyway?`
}
