// What the toolbar, the slash menu and the keyboard do to the article, in one place.
import type { BoxVariant, ElementFormat } from '../../../shared/article/body'
import { isSmallCaps } from '../../../shared/article/body'
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode } from '@lexical/list'
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text'
import { $getSelectionStyleValueForProperty, $patchStyleText, $setBlocksType } from '@lexical/selection'
import { $getNearestNodeOfType } from '@lexical/utils'
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  createCommand,
  FORMAT_ELEMENT_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextFormatType,
} from 'lexical'
import { $isFactBoxNode } from './nodes/FactBoxNode/FactBoxNode'
import { $createPageBreakNode } from './nodes/PageBreakNode/PageBreakNode'
import { $createSectionBreakNode } from './nodes/SectionBreakNode/SectionBreakNode'
import { $blockOf, $buildFactBox, $buildPullQuote, $buildQaPair, $buildTimeline, $isPart, $topLevelOf } from './structure'
import { $isQaPairNode } from './nodes/QaPairNode/QaPairNode'

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number'
export const BLOCK_LABELS: Readonly<Record<BlockType, string>> = {
  paragraph: 'Paragraph',
  h2: 'Subhead',
  h3: 'Minor subhead',
  quote: 'Block quote',
  bullet: 'Bulleted list',
  number: 'Numbered list',
}

export type InsertKind =
  | 'image'
  | 'pull-quote'
  | 'fact-box'
  | 'background'
  | 'correction'
  | 'editors-note'
  | 'qa'
  | 'timeline'
  | 'section-break'
  | 'page-break'
  | 'column-break'

/** Inserts a block; `image` opens the file chooser (handled by the image plugin). */
export const INSERT_BLOCK_COMMAND = createCommand<InsertKind>('GALLEY_INSERT_BLOCK')
/** Opens the file chooser for images. */
export const CHOOSE_IMAGE_COMMAND = createCommand<void>('GALLEY_CHOOSE_IMAGE')
/** Opens the link editor for the selection. */
export const EDIT_LINK_COMMAND = createCommand<void>('GALLEY_EDIT_LINK')

export interface BlockState {
  readonly type: BlockType | null
  /** The selection is in a structured block's part, where block types do not apply. */
  readonly structured: boolean
  readonly align: ElementFormat
  readonly direction: 'ltr' | 'rtl' | null
}

export function $blockState(): BlockState {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return { type: null, structured: false, align: '', direction: null }
  const block = $blockOf(selection.anchor.getNode())
  if (!block) return { type: null, structured: false, align: '', direction: null }
  const list = $getNearestNodeOfType(block, ListNode)
  const type: BlockType | null = list
    ? list.getListType() === 'number'
      ? 'number'
      : 'bullet'
    : $isHeadingNode(block)
      ? block.getTag() === 'h3'
        ? 'h3'
        : 'h2'
      : $isQuoteNode(block)
        ? 'quote'
        : $isParagraphNode(block)
          ? 'paragraph'
          : null
  return { type, structured: $isPart(block), align: block.getFormatType(), direction: block.getDirection() }
}

export function setBlockType(editor: LexicalEditor, type: BlockType): void {
  if (type === 'bullet' || type === 'number') {
    editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined)
    return
  }
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection) || $isPart($blockOf(selection.anchor.getNode()))) return
    const create = (): ElementNode => (type === 'paragraph' ? $createParagraphNode() : type === 'quote' ? $createQuoteNode() : $createHeadingNode(type))
    // Lists: leave the list first, so a list item becomes a paragraph/subhead, not a nested oddity.
    const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode)
    if (list && $isListNode(list)) {
      for (const item of list.getChildren()) {
        if (!$isElementNode(item)) continue
        const block = create()
        block.append(...item.getChildren().filter((c) => !$isListNode(c)))
        list.insertBefore(block)
      }
      list.remove()
      return
    }
    // Subheads exist only at the top level (the outline and print rely on it); in a box they stay paragraphs.
    if ((type === 'h2' || type === 'h3') && $isFactBoxNode($topLevelOf(selection.anchor.getNode()))) return
    $setBlocksType(selection, create)
  })
}

export function toggleSmallCaps(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    const on = isSmallCaps(`font-variant-caps: ${$getSelectionStyleValueForProperty(selection, 'font-variant-caps', '')}`)
    $patchStyleText(selection, { 'font-variant-caps': on ? null : 'small-caps' })
  })
}

export const CLEARED_FORMATS: readonly TextFormatType[] = ['bold', 'italic', 'underline', 'strikethrough', 'subscript', 'superscript', 'code', 'highlight']

export function clearFormatting(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    for (const node of selection.extract()) {
      if (node.getType() !== 'text') continue
      const text = node as LexicalNode & { setFormat(f: number): unknown; setStyle(s: string): unknown }
      text.setFormat(0)
      text.setStyle('')
    }
  })
}

export function setAlignment(editor: LexicalEditor, align: ElementFormat): void {
  editor.dispatchCommand(FORMAT_ELEMENT_COMMAND, align)
}

export function setDirection(editor: LexicalEditor, direction: 'ltr' | 'rtl' | null): void {
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    const blocks = new Set<ElementNode>()
    for (const node of selection.getNodes()) {
      const block = $blockOf(node)
      if (block && !$isRootNode(block)) blocks.add(block)
    }
    for (const block of blocks) block.setDirection(direction)
  })
}

/** Puts `node` at the top level next to the caret's block: replacing it when it is an empty paragraph. */
export function $insertTopLevel(node: LexicalNode): void {
  const selection = $getSelection()
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null
  // In an empty editor the caret can sit on the root itself, between its children.
  const top = $isRootNode(anchor) && $isRangeSelection(selection) ? (anchor.getChildAtIndex(selection.anchor.offset) ?? anchor.getLastChild()) : anchor ? $topLevelOf(anchor) : null
  if (!top) {
    $getRoot().append(node)
    return
  }
  if ($isBlankParagraph(top)) top.replace(node)
  else if ($isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.offset === 0 && $isElementNode(top) && anchor && $blockOf(anchor) === top && top.getFirstDescendant() === anchor) {
    top.insertBefore(node)
  } else top.insertAfter(node)
}

/** An empty paragraph, or one holding only empty text (as the slash menu leaves it mid-update). */
export function $isBlankParagraph(node: LexicalNode | null | undefined): boolean {
  return $isParagraphNode(node) && node.getChildren().every((c) => $isTextNode(c) && c.getTextContentSize() === 0)
}

/** After an inserted block the caret needs a paragraph to go to. */
export function $ensureParagraphAfter(node: LexicalNode): void {
  const next = node.getNextSibling()
  if (!next || !$isParagraphNode(next)) node.insertAfter($createParagraphNode())
}

export function $focusFirstPart(node: LexicalNode): void {
  const first = $isElementNode(node) ? node.getFirstDescendant() : null
  const target = first && $isElementNode(first) ? first : $isElementNode(node) ? $firstBlock(node) : null
  if (target) target.selectStart()
  else node.selectNext()
}

function $firstBlock(node: ElementNode): ElementNode | null {
  let current: LexicalNode | null = node.getFirstChild()
  while ($isElementNode(current) && $isElementNode(current.getFirstChild())) current = current.getFirstChild()
  return $isElementNode(current) ? current : null
}

const BOX_KINDS: Partial<Record<InsertKind, BoxVariant>> = {
  'fact-box': 'facts',
  background: 'background',
  correction: 'correction',
  'editors-note': 'editors-note',
}

export function $insertBlock(kind: Exclude<InsertKind, 'image'>): void {
  const box = BOX_KINDS[kind]
  if (box) {
    const node = $buildFactBox(box)
    $insertTopLevel(node)
    $ensureParagraphAfter(node)
    $focusFirstPart(node)
    return
  }
  let node: LexicalNode
  switch (kind) {
    case 'pull-quote':
      node = $buildPullQuote()
      break
    case 'qa': {
      // Interviews go pair after pair: a new pair takes the speakers of the one before.
      const selection = $getSelection()
      const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null
      const top = anchor ? $topLevelOf(anchor) : null
      const previous = $isQaPairNode(top) ? top : $isQaPairNode(top?.getPreviousSibling()) ? top?.getPreviousSibling() : null
      const speakers = previous && $isElementNode(previous) ? speakersOf(previous) : {}
      node = $buildQaPair(speakers)
      break
    }
    case 'timeline':
      node = $buildTimeline()
      break
    case 'section-break':
      node = $createSectionBreakNode()
      break
    case 'page-break':
      node = $createPageBreakNode('page')
      break
    case 'column-break':
      node = $createPageBreakNode('column')
      break
    default:
      return
  }
  $insertTopLevel(node)
  $ensureParagraphAfter(node)
  if ($isElementNode(node)) $focusFirstPart(node)
  else node.getNextSibling()?.selectStart()
}

export function speakersOf(pair: ElementNode): { question: string; answer: string } {
  const [q, a] = pair.getChildren() as (LexicalNode & { getSpeaker?: () => string })[]
  return { question: q?.getSpeaker?.() ?? '', answer: a?.getSpeaker?.() ?? '' }
}
