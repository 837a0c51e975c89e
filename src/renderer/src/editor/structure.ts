// Galley's structured blocks (pull quote, Q&A, timeline, fact box) keep a fixed shape whatever the
// user does: these helpers create them, find the part a caret is in, and repair any shape that
// paste, undo or a deletion across blocks might leave.
import type { BoxVariant } from '../../../shared/article/body'
import { $isListNode } from '@lexical/list'
import { $isQuoteNode } from '@lexical/rich-text'
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical'
import { $createFactBoxNode, $isFactBoxNode } from './nodes/FactBoxNode/FactBoxNode'
import { $createFactBoxTitleNode, $isFactBoxTitleNode } from './nodes/FactBoxTitleNode/FactBoxTitleNode'
import { $isImageNode } from './nodes/ImageNode/ImageNode'
import { $isPageBreakNode } from './nodes/PageBreakNode/PageBreakNode'
import { $createPullQuoteAttributionNode, $isPullQuoteAttributionNode } from './nodes/PullQuoteAttributionNode/PullQuoteAttributionNode'
import { $createPullQuoteNode, $isPullQuoteNode } from './nodes/PullQuoteNode/PullQuoteNode'
import { $createPullQuoteTextNode, $isPullQuoteTextNode } from './nodes/PullQuoteTextNode/PullQuoteTextNode'
import { $createQaAnswerNode, $isQaAnswerNode } from './nodes/QaAnswerNode/QaAnswerNode'
import { $createQaPairNode, $isQaPairNode } from './nodes/QaPairNode/QaPairNode'
import { $createQaQuestionNode, $isQaQuestionNode } from './nodes/QaQuestionNode/QaQuestionNode'
import { $isSectionBreakNode } from './nodes/SectionBreakNode/SectionBreakNode'
import { $createTimelineDateNode, $isTimelineDateNode } from './nodes/TimelineDateNode/TimelineDateNode'
import { $createTimelineEntryNode, $isTimelineEntryNode } from './nodes/TimelineEntryNode/TimelineEntryNode'
import { $createTimelineEventNode, $isTimelineEventNode } from './nodes/TimelineEventNode/TimelineEventNode'
import { $createTimelineNode, $isTimelineNode } from './nodes/TimelineNode/TimelineNode'

type Is = (node: LexicalNode | null | undefined) => boolean

/** Parts holding inline text inside a structured block. */
export function $isPart(node: LexicalNode | null | undefined): node is ElementNode {
  return (
    $isPullQuoteTextNode(node) ||
    $isPullQuoteAttributionNode(node) ||
    $isQaQuestionNode(node) ||
    $isQaAnswerNode(node) ||
    $isTimelineDateNode(node) ||
    $isTimelineEventNode(node) ||
    $isFactBoxTitleNode(node)
  )
}

/** Blocks that only live at the top level of the body. */
export function $isTopLevelOnly(node: LexicalNode | null | undefined): boolean {
  return (
    $isPullQuoteNode(node) ||
    $isQaPairNode(node) ||
    $isTimelineNode(node) ||
    $isFactBoxNode(node) ||
    $isImageNode(node) ||
    $isSectionBreakNode(node) ||
    $isPageBreakNode(node)
  )
}

/** The ancestor of `node` that is a direct child of the root (the node itself when it is one). */
export function $topLevelOf(node: LexicalNode): LexicalNode | null {
  let current: LexicalNode | null = node
  while (current) {
    const parent: ElementNode | null = current.getParent()
    if ($isRootNode(parent)) return current
    current = parent
  }
  return null
}

/** The nearest element holding the caret's text (paragraph, heading, list item, part…). */
export function $blockOf(node: LexicalNode): ElementNode | null {
  let current: LexicalNode | null = node
  while (current && !($isElementNode(current) && !current.isInline())) current = current.getParent()
  return current
}

export function $selectionBlock(): ElementNode | null {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return null
  return $blockOf(selection.anchor.getNode())
}

function part(create: () => ElementNode, text: string): ElementNode {
  const node = create()
  if (text) node.append($createTextNode(text))
  return node
}

export function $buildPullQuote(text = '', attribution = ''): ElementNode {
  return $createPullQuoteNode().append(part($createPullQuoteTextNode, text), part($createPullQuoteAttributionNode, attribution))
}

export function $buildQaPair(speakers: { question?: string; answer?: string } = {}, question = '', answer = ''): ElementNode {
  return $createQaPairNode().append(
    part(() => $createQaQuestionNode(speakers.question ?? ''), question),
    part(() => $createQaAnswerNode(speakers.answer ?? ''), answer),
  )
}

export function $buildTimelineEntry(date = '', event = ''): ElementNode {
  return $createTimelineEntryNode().append(part($createTimelineDateNode, date), part($createTimelineEventNode, event))
}

export function $buildTimeline(): ElementNode {
  return $createTimelineNode().append($buildTimelineEntry())
}

export const DEFAULT_BOX_TITLES: Readonly<Record<BoxVariant, string>> = {
  facts: '',
  background: 'Background',
  correction: 'Correction',
  'editors-note': 'Editor’s note',
}

export function $buildFactBox(variant: BoxVariant): ElementNode {
  return $createFactBoxNode(variant).append(part($createFactBoxTitleNode, DEFAULT_BOX_TITLES[variant]), $createParagraphNode())
}

// ---------------------------------------------------------------------------------------------
// Repairs, run as node transforms (only on nodes that changed).

function $mergeInto(target: ElementNode, source: LexicalNode): void {
  if ($isElementNode(source) && !source.isInline()) {
    if (!target.isEmpty() && !source.isEmpty()) target.append($createTextNode(' '))
    target.append(...source.getChildren().filter((c) => !$isElementNode(c) || c.isInline()))
    source.remove()
  } else if (!$isDecoratorNode(source)) target.append(source)
  else source.remove()
}

/** Makes `container` hold exactly one A part followed by one B part. */
export function $normalizePair(container: ElementNode, isA: Is, createA: () => ElementNode, isB: Is, createB: () => ElementNode): void {
  const kids = container.getChildren()
  if (kids.length === 2 && isA(kids[0]) && isB(kids[1])) return
  const a = (kids.find(isA) as ElementNode | undefined) ?? createA()
  const b = (kids.find(isB) as ElementNode | undefined) ?? createB()
  for (const kid of kids) if (kid !== a && kid !== b) $mergeInto(isB(kid) ? b : a, kid)
  if (container.getFirstChild() !== a) container.splice(0, 0, [a])
  if (container.getLastChild() !== b) container.append(b)
}

export function $normalizePullQuote(node: ElementNode): void {
  $normalizePair(node, $isPullQuoteTextNode, $createPullQuoteTextNode, $isPullQuoteAttributionNode, $createPullQuoteAttributionNode)
}
export function $normalizeQaPair(node: ElementNode): void {
  $normalizePair(node, $isQaQuestionNode, () => $createQaQuestionNode(), $isQaAnswerNode, () => $createQaAnswerNode())
}
export function $normalizeTimelineEntry(node: ElementNode): void {
  $normalizePair(node, $isTimelineDateNode, $createTimelineDateNode, $isTimelineEventNode, $createTimelineEventNode)
}

export function $normalizeTimeline(node: ElementNode): void {
  for (const kid of node.getChildren()) {
    if ($isTimelineEntryNode(kid)) continue
    const entry = $buildTimelineEntry()
    kid.insertBefore(entry)
    const event = entry.getLastChild()
    if ($isElementNode(event)) $mergeInto(event, kid)
  }
}

export function $normalizeFactBox(node: ElementNode): void {
  const first = node.getFirstChild()
  if (!$isFactBoxTitleNode(first)) {
    const title = $createFactBoxTitleNode()
    if (first) first.insertBefore(title)
    else node.append(title)
  }
  for (const kid of node.getChildren().slice(1)) {
    if ($isParagraphNode(kid) || $isListNode(kid) || $isQuoteNode(kid)) continue
    if ($isElementNode(kid) && !kid.isInline()) {
      // A subhead, a second title or any other block inside a box prints as a paragraph of it.
      const paragraph = $createParagraphNode()
      paragraph.append(...kid.getChildren())
      kid.replace(paragraph)
    } else if ($isDecoratorNode(kid)) {
      const top = $topLevelOf(node)
      if (top) top.insertAfter(kid)
    } else {
      const paragraph = $createParagraphNode()
      kid.insertBefore(paragraph)
      paragraph.append(kid)
    }
  }
  if (node.getChildrenSize() === 1) node.append($createParagraphNode())
}

/** A part that lost its container (pasted alone, say) becomes a paragraph. */
export function $requireContainer(partNode: ElementNode, isContainer: Is): void {
  if (isContainer(partNode.getParent())) return
  const paragraph = $createParagraphNode()
  paragraph.append(...partNode.getChildren())
  partNode.replace(paragraph)
}

/** Structured blocks and images nested inside anything but the root move out after it. */
export function $liftToTopLevel(node: LexicalNode): void {
  const parent = node.getParent()
  if (!parent || $isRootNode(parent)) return
  const top = $topLevelOf(node)
  if (top && top !== node) top.insertAfter(node)
}
