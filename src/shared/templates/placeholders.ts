// Placeholder text in a template's skeleton, and finding what is left of it in an article.
//
// A placeholder is a text node carrying Lexical NodeState under `$` — `"$": { "galleyPlaceholder":
// "<the text it was created with>" }`. Lexical keeps `$` entries it does not know through
// importJSON/exportJSON (its "unknownState" pass-through), the file schema keeps unknown fields, and
// the editor can read it with `createState('galleyPlaceholder', …)` to grey the text out. Because
// typing over a placeholder keeps the same text node (and its state), marked text counts as
// placeholder only while it still contains the original (read across the halves when formatting
// split the node): replaced text is copy, text typed around an untouched instruction is not. Texts that lost the marker (pasted as plain text) are caught by
// exact match against the known placeholder texts.
import {
  factBox,
  list,
  paragraph,
  pullQuote,
  qaPair,
  quote,
  subhead,
  textNode,
  timeline,
  type AnyNodeJSON,
  type BlockJSON,
  type BodyJSON,
  type BoxVariant,
  type ElementDirection,
  type ListJSON,
  type ParagraphJSON,
  type QuoteJSON,
  type TextJSON,
  type TimelineJSON,
} from '../article/body'

export const PLACEHOLDER_STATE_KEY = 'galleyPlaceholder'

/** A text node marked as placeholder. */
export function placeholderText(text: string): TextJSON {
  return { ...textNode(text), $: { [PLACEHOLDER_STATE_KEY]: text } }
}

/** The text a node was created with, if it is marked as a placeholder. */
export function placeholderMarker(node: AnyNodeJSON): string | null {
  if (node.type !== 'text') return null
  const state = node['$']
  if (typeof state !== 'object' || state === null) return null
  const original = (state as Record<string, unknown>)[PLACEHOLDER_STATE_KEY]
  return typeof original === 'string' && original !== '' ? original : null
}

/** True while a marked node still shows its placeholder text (possibly with words typed around it). */
export function isLivePlaceholder(node: AnyNodeJSON): boolean {
  const original = placeholderMarker(node)
  return original !== null && node.type === 'text' && node.text.includes(original)
}

// Skeleton builders: the body builders, with every text a placeholder.
export const ph = {
  paragraph: (text: string, direction: ElementDirection = null) => paragraph([placeholderText(text)], direction),
  subhead: (text: string, level: 2 | 3 = 2) => subhead([placeholderText(text)], level),
  quote: (text: string) => quote([placeholderText(text)]),
  list: (listType: 'bullet' | 'number', items: readonly string[]) => list(listType, items.map((item) => [placeholderText(item)])),
  pullQuote: (text: string, attribution = '') => pullQuote([placeholderText(text)], attribution ? [placeholderText(attribution)] : []),
  /** A boxed aside: its title is a fixed label (“Key facts”), its content placeholder. */
  box: (variant: BoxVariant, title: string, content: readonly (ParagraphJSON | ListJSON | QuoteJSON)[]) => factBox(title, content, variant),
  qaPair: (question: string, answer: string, speakers: { question?: string; answer?: string } = {}) =>
    qaPair([placeholderText(question)], [placeholderText(answer)], speakers),
  timeline: (rows: readonly { date: string; event: string }[]): TimelineJSON => {
    const built = timeline(rows)
    return {
      ...built,
      children: built.children.map((entry) => {
        const [date, event] = entry.children
        return { ...entry, children: [markAll(date), markAll(event)] as const }
      }),
    }
  },
}

/** The same element with each of its text children turned into a placeholder. */
function markAll<T extends { readonly children: readonly AnyNodeJSON[] }>(element: T): T {
  return { ...element, children: element.children.map((c) => (c.type === 'text' ? placeholderText(c.text) : c)) }
}

/** Where placeholder text is left in a body: the top-level block and the text still showing. */
export interface PlaceholderHit {
  readonly blockIndex: number
  readonly text: string
}

function* descendants(node: AnyNodeJSON): Generator<AnyNodeJSON> {
  yield node
  const children = (node as { children?: unknown }).children
  if (Array.isArray(children)) for (const child of children as AnyNodeJSON[]) yield* descendants(child)
}

/** Every text node in a block (or any node), depth first. */
export function* textNodesOf(block: AnyNodeJSON): Generator<TextJSON> {
  for (const node of descendants(block)) if (node.type === 'text') yield node
}

/**
 * The texts of placeholder runs still showing in a node's subtree. A run is consecutive sibling text
 * nodes with the same marker: formatting part of a placeholder splits its node in two, and each half
 * keeps the marker, so the halves are read together.
 */
function* liveRuns(node: AnyNodeJSON): Generator<string> {
  const children = (node as { children?: unknown }).children
  if (!Array.isArray(children)) return
  let marker: string | null = null
  let text = ''
  for (const child of children as AnyNodeJSON[]) {
    const next = placeholderMarker(child)
    if (next !== null && next === marker) {
      text += (child as TextJSON).text
      continue
    }
    if (marker !== null && text.includes(marker)) yield text
    marker = next
    text = next !== null ? (child as TextJSON).text : ''
    if (next === null) yield* liveRuns(child)
  }
  if (marker !== null && text.includes(marker)) yield text
}

/**
 * Placeholder text still in the body: marked runs still showing their text, and (for text that lost
 * its marker) whole text nodes equal to a known placeholder text.
 */
export function findPlaceholders(body: BodyJSON, known: ReadonlySet<string> = new Set()): PlaceholderHit[] {
  const hits: PlaceholderHit[] = []
  body.root.children.forEach((block, blockIndex) => {
    for (const text of liveRuns(block)) hits.push({ blockIndex, text })
    for (const node of textNodesOf(block)) {
      const text = node.text.trim()
      if (placeholderMarker(node) === null && text !== '' && known.has(text)) hits.push({ blockIndex, text: node.text })
    }
  })
  return hits
}

/** Every placeholder text in some blocks, for the set `findPlaceholders` matches unmarked text against. */
export function placeholderTextsOf(blocks: readonly BlockJSON[]): string[] {
  const texts: string[] = []
  for (const block of blocks) for (const node of textNodesOf(block)) {
    const original = placeholderMarker(node)
    if (original) texts.push(original.trim())
  }
  return texts
}

/** True when a block's text is nothing but placeholder text (so it is still the template's). */
export function isPlaceholderBlock(block: BlockJSON): boolean {
  let any = false
  for (const node of textNodesOf(block)) {
    if (node.text.trim() === '') continue
    if (!isLivePlaceholder(node) || node.text.trim() !== (placeholderMarker(node) ?? '').trim()) return false
    any = true
  }
  return any
}
