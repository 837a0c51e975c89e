// Walking a body in reading order: the text of each block, the outline, plain text.
import type { AnyNodeJSON, BlockJSON, BodyJSON, InlineJSON } from './body'

export type BlockRole =
  | 'paragraph'
  | 'subhead'
  | 'quote'
  | 'list-item'
  | 'pull-quote'
  | 'pull-quote-attribution'
  | 'box-title'
  | 'box'
  | 'question'
  | 'answer'
  | 'timeline-date'
  | 'timeline-event'
  | 'caption'
  | 'credit'
  | 'alt'

export interface TextBlock {
  readonly role: BlockRole
  readonly text: string
  /** Index of the top-level block this text belongs to. */
  readonly blockIndex: number
}

/** The text of inline children: line breaks become "\n", tabs "\t". */
export function inlineText(children: readonly (InlineJSON | AnyNodeJSON)[]): string {
  let out = ''
  for (const child of children) {
    switch (child.type) {
      case 'text':
        out += child.text
        break
      case 'tab':
        out += '\t'
        break
      case 'linebreak':
        out += '\n'
        break
      case 'link':
        out += inlineText(child.children)
        break
      default:
        break
    }
  }
  return out
}

/** Every piece of text in the body, in reading order, with what it is. */
export function* textBlocks(body: BodyJSON): Generator<TextBlock> {
  const blocks = body.root.children
  for (let i = 0; i < blocks.length; i++) yield* blockTexts(blocks[i] as BlockJSON, i)
}

function* blockTexts(block: BlockJSON, blockIndex: number): Generator<TextBlock> {
  switch (block.type) {
    case 'paragraph':
      yield { role: 'paragraph', text: inlineText(block.children), blockIndex }
      break
    case 'heading':
      yield { role: 'subhead', text: inlineText(block.children), blockIndex }
      break
    case 'quote':
      yield { role: 'quote', text: inlineText(block.children), blockIndex }
      break
    case 'list':
      yield* listTexts(block.children, blockIndex)
      break
    case 'pull-quote':
      yield { role: 'pull-quote', text: inlineText(block.children[0].children), blockIndex }
      yield { role: 'pull-quote-attribution', text: inlineText(block.children[1].children), blockIndex }
      break
    case 'fact-box': {
      const [title, ...content] = block.children
      yield { role: 'box-title', text: inlineText(title.children), blockIndex }
      for (const inner of content) {
        if (inner.type === 'list') {
          for (const t of listTexts(inner.children, blockIndex)) yield { ...t, role: 'box' }
        } else yield { role: 'box', text: inlineText(inner.children), blockIndex }
      }
      break
    }
    case 'qa-pair':
      yield { role: 'question', text: inlineText(block.children[0].children), blockIndex }
      yield { role: 'answer', text: inlineText(block.children[1].children), blockIndex }
      break
    case 'timeline':
      for (const entry of block.children) {
        yield { role: 'timeline-date', text: inlineText(entry.children[0].children), blockIndex }
        yield { role: 'timeline-event', text: inlineText(entry.children[1].children), blockIndex }
      }
      break
    case 'image':
      if (block.caption) yield { role: 'caption', text: block.caption, blockIndex }
      if (block.credit) yield { role: 'credit', text: block.credit, blockIndex }
      break
    default:
      break
  }
}

function* listTexts(items: readonly AnyNodeJSON[], blockIndex: number): Generator<TextBlock> {
  for (const item of items) {
    if (item.type !== 'listitem') continue
    const inline = item.children.filter((c) => c.type !== 'list')
    yield { role: 'list-item', text: inlineText(inline), blockIndex }
    for (const nested of item.children) if (nested.type === 'list') yield* listTexts(nested.children, blockIndex)
  }
}

/** The subheads, in order: the article's outline. */
export function outline(body: BodyJSON): { level: 2 | 3; text: string }[] {
  return body.root.children.flatMap((b) => (b.type === 'heading' ? [{ level: b.tag === 'h2' ? (2 as const) : (3 as const), text: inlineText(b.children) }] : []))
}

/** The body as plain text, one block per paragraph, blank line between. */
export function plainText(body: BodyJSON): string {
  return [...textBlocks(body)]
    .filter((b) => b.role !== 'credit')
    .map((b) => b.text)
    .join('\n\n')
}
