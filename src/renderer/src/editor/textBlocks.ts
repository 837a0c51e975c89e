// Blocks of running text in the editor (paragraphs, subheads, list items, the parts of structured
// blocks) read as one string with where each Lexical text node sits in it, and the ways back from a
// stretch of that string to a Lexical selection or a DOM range. Find and replace and the spell
// checker both work on this view, so their offsets always agree with what is on screen.
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical'

export interface TextSegment {
  /** The Lexical text node. */
  readonly key: string
  readonly start: number
  readonly end: number
}

export interface TextBlock {
  /** The block element's key. */
  readonly key: string
  readonly text: string
  readonly segments: readonly TextSegment[]
}

/** A block whose children are text and inline elements (links): where running text lives. */
export function $isTextBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && node.getChildren().every((c) => !$isElementNode(c) || c.isInline())
}

/** The text block a node is in (itself if it is one), or null (images, breaks, containers). */
export function $textBlockOf(node: LexicalNode): ElementNode | null {
  for (let n: LexicalNode | null = node; n !== null; n = n.getParent()) {
    if ($isElementNode(n) && !n.isInline()) return $isTextBlock(n) ? n : null
  }
  return null
}

/** The block's text: text nodes as they are, line breaks as "\n", inline elements looked into. */
export function $readTextBlock(node: ElementNode): TextBlock {
  let text = ''
  const segments: TextSegment[] = []
  const inline = (n: LexicalNode): void => {
    if ($isTextNode(n)) {
      segments.push({ key: n.getKey(), start: text.length, end: text.length + n.getTextContentSize() })
      text += n.getTextContent()
    } else if ($isLineBreakNode(n)) text += '\n'
    else if ($isElementNode(n)) n.getChildren().forEach(inline)
  }
  node.getChildren().forEach(inline)
  return { key: node.getKey(), text, segments }
}

/** Every block of running text, in reading order. */
export function $textBlocks(): TextBlock[] {
  const blocks: TextBlock[] = []
  const visit = (node: LexicalNode): void => {
    if ($isTextBlock(node)) blocks.push($readTextBlock(node))
    else if ($isElementNode(node)) node.getChildren().forEach(visit)
  }
  visit($getRoot())
  return blocks
}

/** The keys of every text block, in reading order (cheaper than reading their text). */
export function $textBlockKeys(): string[] {
  const keys: string[] = []
  const visit = (node: LexicalNode): void => {
    if ($isTextBlock(node)) keys.push(node.getKey())
    else if ($isElementNode(node)) node.getChildren().forEach(visit)
  }
  visit($getRoot())
  return keys
}

/** The text node and offset in it of a position in the block (an end position stays in the node before). */
export function pointInBlock(block: TextBlock, offset: number, isEnd: boolean): { key: string; offset: number } | null {
  for (const s of block.segments) {
    if (isEnd ? offset > s.start && offset <= s.end : offset >= s.start && offset < s.end) return { key: s.key, offset: offset - s.start }
  }
  return null
}

/** The position in the block of an offset in one of its text nodes. */
export function blockOffsetOf(block: TextBlock, textKey: string, offset: number): number | null {
  const s = block.segments.find((seg) => seg.key === textKey)
  return s ? s.start + Math.min(offset, s.end - s.start) : null
}

/** Selects `start`–`end` of the block (inside an update). */
export function $selectInBlock(block: TextBlock, start: number, end: number): RangeSelection | null {
  const a = pointInBlock(block, start, false)
  const b = pointInBlock(block, end, true)
  if (!a || !b) return null
  const selection = $createRangeSelection()
  selection.anchor.set(a.key, a.offset, 'text')
  selection.focus.set(b.key, b.offset, 'text')
  $setSelection(selection)
  return selection
}

/** The DOM text node showing a Lexical text node. */
export function domTextOf(editor: LexicalEditor, key: string): Text | null {
  const el = editor.getElementByKey(key)
  if (!el) return null
  return (el.nodeType === Node.TEXT_NODE ? el : document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()) as Text | null
}

/** A live DOM range over `start`–`end` of the block as the editor shows it now. */
export function domRangeInBlock(editor: LexicalEditor, block: TextBlock, start: number, end: number): Range | null {
  const a = pointInBlock(block, start, false)
  const b = pointInBlock(block, end, true)
  if (!a || !b) return null
  const first = domTextOf(editor, a.key)
  const last = a.key === b.key ? first : domTextOf(editor, b.key)
  if (!first || !last) return null
  const range = document.createRange()
  try {
    range.setStart(first, Math.min(a.offset, first.length))
    range.setEnd(last, Math.min(b.offset, last.length))
  } catch {
    return null
  }
  return range
}
