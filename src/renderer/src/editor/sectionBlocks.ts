// Section blocks from the template data (src/shared/templates/blocks.ts) into the editor: their JSON
// is parsed into Lexical nodes as it is, so the editor knows nothing of what a fact box holds.
import { $getSelection, $isElementNode, $isRangeSelection, $parseSerializedNode, createCommand, type LexicalNode, type SerializedLexicalNode } from 'lexical'
import type { BlockJSON } from '../../../shared/article/body'
import { instantiateBlock, sectionBlock, type SectionBlock } from '../../../shared/templates/blocks'
import { $ensureParagraphAfter, $focusFirstPart, $insertTopLevel, speakersOf } from './commands'
import { $isQaPairNode } from './nodes/QaPairNode/QaPairNode'
import { $firstPlaceholderIn, $selectRun } from './placeholders'
import { $topLevelOf } from './structure'

/** Inserts the section block with this id (from SECTION_BLOCKS) at the caret. */
export const INSERT_SECTION_BLOCK_COMMAND = createCommand<string>('GALLEY_INSERT_SECTION_BLOCK')

/** The speakers of the Q&A pair at or just before the caret: an interview goes on with the same two people. */
function $speakersAtCaret(): { question: string; answer: string } | null {
  const selection = $getSelection()
  const top = $isRangeSelection(selection) ? $topLevelOf(selection.anchor.getNode()) : null
  const pair = $isQaPairNode(top) ? top : $isQaPairNode(top?.getPreviousSibling()) ? top?.getPreviousSibling() : null
  return pair && $isElementNode(pair) ? speakersOf(pair) : null
}

/** Q&A pairs in `blocks` given these speakers. */
export function withSpeakers(blocks: readonly BlockJSON[], speakers: { question: string; answer: string }): BlockJSON[] {
  return blocks.map((block) => {
    if (block.type !== 'qa-pair') return block
    const [question, answer] = block.children
    return { ...block, children: [{ ...question, speaker: speakers.question }, { ...answer, speaker: speakers.answer }] as const }
  })
}

/** Inserts a section block's nodes after the caret's block and selects its first placeholder, ready to be typed over. */
export function $insertSectionBlock(block: SectionBlock): LexicalNode[] {
  const speakers = $speakersAtCaret()
  const json = speakers ? withSpeakers(instantiateBlock(block), speakers) : instantiateBlock(block)
  const nodes = json.map((b) => $parseSerializedNode(b as unknown as SerializedLexicalNode))
  const [first, ...rest] = nodes
  if (!first) return []
  $insertTopLevel(first)
  let last = first
  for (const node of rest) {
    last.insertAfter(node)
    last = node
  }
  $ensureParagraphAfter(last)
  const placeholder = $firstPlaceholderIn(first)
  if (placeholder) $selectRun(placeholder)
  else $focusFirstPart(first)
  return nodes
}

/** Runs the command's insertion; false when the id names no section block. */
export function $insertSectionBlockById(id: string): boolean {
  const block = sectionBlock(id)
  if (!block) return false
  $insertSectionBlock(block)
  return true
}
