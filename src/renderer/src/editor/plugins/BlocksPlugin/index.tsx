// Structured blocks: inserting them, keeping their shape, and the keys inside them (Enter moves
// from a question to its answer, from the answer to a new pair; Backspace never merges a part
// into the paragraph before it).
import { ListNode } from '@lexical/list'
import { LinkNode, $isLinkNode } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { HeadingNode, $createHeadingNode } from '@lexical/rich-text'
import { mergeRegister } from '@lexical/utils'
import {
  $createParagraphNode,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import { useEffect } from 'react'
import { safeUrl } from '../../../../../shared/render/html'
import { $insertBlock, $isBlankParagraph, CHOOSE_IMAGE_COMMAND, INSERT_BLOCK_COMMAND, speakersOf } from '../../commands'
import { $insertSectionBlockById, INSERT_SECTION_BLOCK_COMMAND } from '../../sectionBlocks'
import { FactBoxNode, $isFactBoxNode } from '../../nodes/FactBoxNode/FactBoxNode'
import { FactBoxTitleNode, $isFactBoxTitleNode } from '../../nodes/FactBoxTitleNode/FactBoxTitleNode'
import { ImageNode } from '../../nodes/ImageNode/ImageNode'
import { PageBreakNode } from '../../nodes/PageBreakNode/PageBreakNode'
import { PullQuoteAttributionNode, $isPullQuoteAttributionNode } from '../../nodes/PullQuoteAttributionNode/PullQuoteAttributionNode'
import { PullQuoteNode, $isPullQuoteNode } from '../../nodes/PullQuoteNode/PullQuoteNode'
import { PullQuoteTextNode, $isPullQuoteTextNode } from '../../nodes/PullQuoteTextNode/PullQuoteTextNode'
import { QaAnswerNode, $isQaAnswerNode } from '../../nodes/QaAnswerNode/QaAnswerNode'
import { QaPairNode, $isQaPairNode } from '../../nodes/QaPairNode/QaPairNode'
import { QaQuestionNode, $isQaQuestionNode } from '../../nodes/QaQuestionNode/QaQuestionNode'
import { SectionBreakNode } from '../../nodes/SectionBreakNode/SectionBreakNode'
import { TimelineDateNode, $isTimelineDateNode } from '../../nodes/TimelineDateNode/TimelineDateNode'
import { TimelineEntryNode, $isTimelineEntryNode } from '../../nodes/TimelineEntryNode/TimelineEntryNode'
import { TimelineEventNode, $isTimelineEventNode } from '../../nodes/TimelineEventNode/TimelineEventNode'
import { TimelineNode, $isTimelineNode } from '../../nodes/TimelineNode/TimelineNode'
import {
  $blockOf,
  $buildQaPair,
  $buildTimelineEntry,
  $isPart,
  $isTopLevelOnly,
  $liftToTopLevel,
  $normalizeFactBox,
  $normalizePullQuote,
  $normalizeQaPair,
  $normalizeTimeline,
  $normalizeTimelineEntry,
  $requireContainer,
  $topLevelOf,
} from '../../structure'

export { INSERT_BLOCK_COMMAND }

/** Leaves a structured block for the paragraph after it (reusing an empty one). */
/** True when every part of a structured block is empty. */
function $allPartsEmpty(container: ElementNode): boolean {
  return container.getChildren().every((c) => $isElementNode(c) && c.isEmpty())
}

function $exitAfter(container: LexicalNode): void {
  const next = container.getNextSibling()
  if ($isBlankParagraph(next)) {
    ;(next as ElementNode).selectStart()
    return
  }
  const paragraph = $createParagraphNode()
  container.insertAfter(paragraph)
  paragraph.select()
}

/** Enter inside a part: returns true when handled. */
function $enter(block: ElementNode): boolean {
  const container = block.getParent()
  if (!container) return false
  if ($isPullQuoteTextNode(block)) {
    block.getNextSibling()?.selectEnd()
    return true
  }
  if ($isPullQuoteAttributionNode(block)) {
    $exitAfter(container)
    return true
  }
  if ($isQaQuestionNode(block)) {
    // Enter in a pair left empty ends the interview, as Enter in an empty list item ends a list.
    if ($allPartsEmpty(container) && $isQaPairNode(container.getPreviousSibling())) {
      $exitAfter(container)
      container.remove()
      return true
    }
    block.getNextSibling()?.selectEnd()
    return true
  }
  if ($isQaAnswerNode(block)) {
    const question = block.getPreviousSibling()
    if (block.isEmpty() && $isElementNode(question) && question.isEmpty()) {
      $exitAfter(container)
      container.remove()
      return true
    }
    const pair = $buildQaPair(speakersOf(container))
    container.insertAfter(pair)
    ;(pair.getFirstChild() as ElementNode).select()
    return true
  }
  if ($isTimelineDateNode(block)) {
    const timeline = container.getParent()
    if ($allPartsEmpty(container) && timeline && timeline.getChildrenSize() > 1) {
      $exitAfter(timeline)
      container.remove()
      return true
    }
    block.getNextSibling()?.selectEnd()
    return true
  }
  if ($isTimelineEventNode(block)) {
    const date = block.getPreviousSibling()
    const timeline = container.getParent()
    if (block.isEmpty() && $isElementNode(date) && date.isEmpty() && timeline) {
      $exitAfter(timeline)
      container.remove()
      return true
    }
    const entry = $buildTimelineEntry()
    container.insertAfter(entry)
    ;(entry.getFirstChild() as ElementNode).select()
    return true
  }
  if ($isFactBoxTitleNode(block)) {
    const next = block.getNextSibling()
    if ($isElementNode(next)) next.selectStart()
    else {
      const paragraph = $createParagraphNode()
      block.insertAfter(paragraph)
      paragraph.select()
    }
    return true
  }
  // An empty last paragraph in a box: Enter leaves the box, as it leaves a list.
  if ($isParagraphNode(block) && block.isEmpty() && $isFactBoxNode(container) && container.getLastChild() === block && container.getChildrenSize() > 2) {
    block.remove()
    $exitAfter(container)
    return true
  }
  return false
}

function $atStartOf(block: ElementNode): boolean {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false
  const { anchor } = selection
  if (anchor.offset !== 0) return false
  const node = anchor.getNode()
  return node === block || node === block.getFirstDescendant()
}

function $unwrapToParagraphs(container: ElementNode): void {
  const parts = container.getChildren().filter($isElementNode)
  const paragraphs = parts.filter((p) => !p.isEmpty()).map((p) => $createParagraphNode().append(...p.getChildren()))
  if (paragraphs.length === 0) paragraphs.push($createParagraphNode())
  for (const paragraph of paragraphs) container.insertBefore(paragraph)
  container.remove()
  paragraphs[0]?.selectStart()
}

/** Backspace at the start of a part or just after a structured block: returns true when handled. */
function $backspace(block: ElementNode): boolean {
  if (!$atStartOf(block)) return false
  const container = block.getParent()
  if ($isPart(block) && container) {
    const previous = block.getPreviousSibling()
    if ($isElementNode(previous)) {
      previous.selectEnd()
      return true
    }
    if ($isTimelineDateNode(block)) {
      const previousEntry = container.getPreviousSibling()
      if ($allPartsEmpty(container) && $isElementNode(previousEntry)) {
        previousEntry.selectEnd()
        container.remove()
      } else if ($isElementNode(previousEntry)) previousEntry.selectEnd()
      else if (container.getParent()?.getChildrenSize() === 1 && $allPartsEmpty(container)) $unwrapToParagraphs(container.getParent() as ElementNode)
      return true
    }
    if ($isFactBoxTitleNode(block)) {
      if (container.getTextContent().trim() === '') $unwrapToParagraphs(container)
      return true
    }
    $unwrapToParagraphs(container)
    return true
  }
  // A paragraph right after a structured block: never merge into its last part.
  const top = $topLevelOf(block)
  const previous = top?.getPreviousSibling()
  if (top === block && $isElementNode(previous) && $isTopLevelOnly(previous)) {
    if (block.isEmpty()) block.remove()
    previous.selectEnd()
    return true
  }
  return false
}

/** Delete at the end of a block followed by a structured one: never pull its part in. */
function $deleteForward(block: ElementNode): boolean {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false
  const top = $topLevelOf(block)
  const next = top?.getNextSibling()
  if (top !== block || !$isTopLevelOnly(next) || $isDecoratorNode(next)) return false
  const end = block.getLastDescendant()
  const { anchor } = selection
  const atEnd = anchor.getNode() === block ? anchor.offset === block.getChildrenSize() : anchor.getNode() === end && anchor.offset === end?.getTextContentSize()
  if (!atEnd) return false
  if (block.isEmpty()) {
    block.remove()
    ;(next as ElementNode).selectStart()
  }
  return true
}

function $removeSelectedBlocks(): boolean {
  const selection = $getSelection()
  if (!$isNodeSelection(selection)) return false
  const nodes = selection.getNodes().filter((n) => $isDecoratorNode(n))
  if (nodes.length === 0) return false
  const after = nodes[nodes.length - 1]?.getNextSibling() ?? nodes[0]?.getPreviousSibling()
  for (const node of nodes) node.remove()
  if (after) after.selectStart()
  return true
}

export function registerBlocks(editor: LexicalEditor): () => void {
  const caretBlock = (): ElementNode | null => {
    const selection = $getSelection()
    return $isRangeSelection(selection) ? $blockOf(selection.anchor.getNode()) : null
  }
  return mergeRegister(
    editor.registerNodeTransform(PullQuoteNode, $normalizePullQuote),
    editor.registerNodeTransform(QaPairNode, $normalizeQaPair),
    editor.registerNodeTransform(TimelineEntryNode, $normalizeTimelineEntry),
    editor.registerNodeTransform(TimelineNode, $normalizeTimeline),
    editor.registerNodeTransform(FactBoxNode, $normalizeFactBox),
    editor.registerNodeTransform(PullQuoteTextNode, (n) => $requireContainer(n, $isPullQuoteNode)),
    editor.registerNodeTransform(PullQuoteAttributionNode, (n) => $requireContainer(n, $isPullQuoteNode)),
    editor.registerNodeTransform(QaQuestionNode, (n) => $requireContainer(n, $isQaPairNode)),
    editor.registerNodeTransform(QaAnswerNode, (n) => $requireContainer(n, $isQaPairNode)),
    editor.registerNodeTransform(TimelineDateNode, (n) => $requireContainer(n, $isTimelineEntryNode)),
    editor.registerNodeTransform(TimelineEventNode, (n) => $requireContainer(n, $isTimelineEntryNode)),
    editor.registerNodeTransform(TimelineEntryNode, (n) => $requireContainer(n, $isTimelineNode)),
    editor.registerNodeTransform(FactBoxTitleNode, (n) => $requireContainer(n, $isFactBoxNode)),
    ...[PullQuoteNode, QaPairNode, TimelineNode, FactBoxNode, ImageNode, SectionBreakNode, PageBreakNode].map((klass) =>
      editor.registerNodeTransform(klass, $liftToTopLevel),
    ),
    // Subheads are h2/h3 only (h1 is the headline, a field); pasted h1/h4–h6 are mapped.
    editor.registerNodeTransform(HeadingNode, (node) => {
      const tag = node.getTag()
      if (tag === 'h2' || tag === 'h3') {
        if ($isFactBoxNode($topLevelOf(node))) node.replace($createParagraphNode().append(...node.getChildren()))
        return
      }
      node.replace($createHeadingNode(tag === 'h1' ? 'h2' : 'h3').append(...node.getChildren()), false)
    }),
    editor.registerNodeTransform(ListNode, (node) => {
      if (node.getListType() === 'check') node.setListType('bullet')
    }),
    // Links go to http(s) and mailto only, whatever pasted or typed them.
    editor.registerNodeTransform(LinkNode, (node) => {
      if (!$isLinkNode(node)) return
      const safe = safeUrl(node.getURL())
      if (!safe) {
        for (const child of node.getChildren()) node.insertBefore(child)
        node.remove()
      } else {
        if (node.getTarget() !== null) node.setTarget(null)
        if (node.getRel() !== 'noreferrer') node.setRel('noreferrer')
      }
    }),
    editor.registerCommand(
      INSERT_BLOCK_COMMAND,
      (kind) => {
        if (kind === 'image') return editor.dispatchCommand(CHOOSE_IMAGE_COMMAND, undefined)
        $insertBlock(kind)
        return true
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(INSERT_SECTION_BLOCK_COMMAND, $insertSectionBlockById, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false
        const block = caretBlock()
        if (!block || !$enter(block)) return false
        event?.preventDefault()
        return true
      },
      COMMAND_PRIORITY_HIGH,
    ),
    ...([
      [KEY_BACKSPACE_COMMAND, $backspace],
      [KEY_DELETE_COMMAND, $deleteForward],
    ] as const).map(([command, $inBlock]) =>
      editor.registerCommand(
        command,
        (event: KeyboardEvent) => {
          const block = caretBlock()
          if (!(block ? $inBlock(block) : $removeSelectedBlocks())) return false
          event.preventDefault()
          return true
        },
        COMMAND_PRIORITY_LOW,
      ),
    ),
  )
}

export function BlocksPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerBlocks(editor), [editor])
  return null
}
