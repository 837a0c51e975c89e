// The section blocks of the insert menu, as data: the menu lists these and inserts `blocks` as they
// are (each a fresh copy), so no component knows what a fact box or a timeline is made of.
import type { BlockJSON } from '../article/body'
import { ph } from './placeholders'

export interface SectionBlock {
  readonly id: string
  readonly label: string
  readonly description: string
  /** Extra words the menu's filter matches (“box”, “sidebar”…). */
  readonly keywords: readonly string[]
  readonly blocks: readonly BlockJSON[]
}

export const SECTION_BLOCKS: readonly SectionBlock[] = [
  {
    id: 'section',
    label: 'Subhead and section',
    description: 'A subhead with a paragraph under it, to break a long text into parts.',
    keywords: ['subhead', 'heading', 'crosshead', 'part'],
    blocks: [ph.subhead('Subhead: a few words on what this part is about'), ph.paragraph('The text of this section.')],
  },
  {
    id: 'fact-box',
    label: 'Fact box',
    description: 'Key figures and facts, boxed beside the text.',
    keywords: ['box', 'sidebar', 'facts', 'figures', 'numbers'],
    blocks: [ph.box('facts', 'Key facts', [ph.list('bullet', ['A fact or figure, with its source', 'Another fact', 'A third fact'])])],
  },
  {
    id: 'pull-quote',
    label: 'Pull quote',
    description: 'A striking line from the text, set large to draw the reader in.',
    keywords: ['quote', 'callout', 'highlight'],
    blocks: [ph.pullQuote('The strongest line of the piece, quoted exactly', 'Who said it')],
  },
  {
    id: 'qa-pair',
    label: 'Question and answer',
    description: 'One question and its answer, for interviews.',
    keywords: ['interview', 'q&a', 'question', 'answer'],
    blocks: [ph.qaPair('The question, as asked', 'The answer, edited for length and clarity')],
  },
  {
    id: 'timeline',
    label: 'Timeline',
    description: 'Dates and what happened on each, in order.',
    keywords: ['chronology', 'dates', 'history', 'events'],
    blocks: [
      ph.timeline([
        { date: 'Date', event: 'What happened' },
        { date: 'Date', event: 'What happened next' },
        { date: 'Date', event: 'Where things stand' },
      ]),
    ],
  },
  {
    id: 'background',
    label: 'Background box',
    description: 'The history a reader needs to follow the story, boxed.',
    keywords: ['box', 'context', 'explainer', 'history'],
    blocks: [ph.box('background', 'Background', [ph.paragraph('What led up to this, in a few sentences.')])],
  },
  {
    id: 'correction',
    label: 'Correction',
    description: 'Sets the record straight on an error the paper printed.',
    keywords: ['erratum', 'error', 'clarification', 'fix'],
    blocks: [ph.box('correction', 'Correction', [ph.paragraph('An earlier version of this article said … It is …')])],
  },
  {
    id: 'editors-note',
    label: 'Editor’s note',
    description: 'A note from the editors on how the story was reported or changed.',
    keywords: ['note', 'editor', 'disclosure', 'update'],
    blocks: [ph.box('editors-note', 'Editor’s note', [ph.paragraph('What the reader should know about this article.')])],
  },
]

export function sectionBlock(id: string): SectionBlock | undefined {
  return SECTION_BLOCKS.find((b) => b.id === id)
}

/** A fresh copy of a block's nodes, ready to insert (the menu never hands out shared objects). */
export function instantiateBlock(block: SectionBlock): BlockJSON[] {
  return JSON.parse(JSON.stringify(block.blocks)) as BlockJSON[]
}

/**
 * The insert menu's entries: the template's suggested blocks first, in its order, then the rest;
 * `query` filters on label, description and keywords (any case).
 */
export function insertMenu(suggested: readonly string[] = [], query = ''): SectionBlock[] {
  const needle = query.trim().toLocaleLowerCase()
  const matches = (b: SectionBlock): boolean =>
    needle === '' || [b.label, b.description, ...b.keywords].some((s) => s.toLocaleLowerCase().includes(needle))
  const first = suggested.map(sectionBlock).filter((b): b is SectionBlock => b !== undefined)
  const rest = SECTION_BLOCKS.filter((b) => !suggested.includes(b.id))
  return [...first, ...rest].filter(matches)
}
