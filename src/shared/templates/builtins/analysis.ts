// News analysis: what happened, why it matters, the numbers, what to watch.
import { body } from '../../article/body'
import { FIELDS, wordLimit } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const analysis: Template = {
  id: 'analysis',
  name: 'Analysis',
  description: 'Explains the news behind the news: what happened, why it matters, the key numbers in a box, and what to watch next.',
  group: 'news',
  fields: [
    FIELDS.kicker({ default: 'Analysis' }),
    FIELDS.headline(),
    FIELDS.deck({ limit: wordLimit(30), required: true, hint: 'The argument of the analysis, in one sentence' }),
    FIELDS.byline(),
    FIELDS.section(),
  ],
  skeleton: body([
    ph.paragraph('What happened: the news this analysis explains, in two sentences.'),
    ph.subhead('Subhead: why it matters'),
    ph.paragraph('The significance, with evidence and the views of people who know the subject.'),
    ph.box('facts', 'Key numbers', [ph.list('bullet', ['A number that explains the story, with its source', 'Another number, with its source', 'A third number, with its source'])]),
    ph.subhead('Subhead: what to watch'),
    ph.paragraph('What happens next, and the signs that will show which way it goes.'),
  ]),
  target: { unit: 'words', min: 800, max: 1500 },
  layout: {
    pageSize: 'A4',
    columns: 3,
    gutterMm: 5,
    columnRule: true,
    masthead: 'section',
    headlineFont: 'serif',
    headlineSizePt: 32,
    bodyFont: 'serif',
    bodySizePt: 9.5,
    leadingPt: 12,
    dropCap: false,
    justify: true,
  },
  suggestedBlocks: ['fact-box', 'timeline', 'background', 'section'],
}
