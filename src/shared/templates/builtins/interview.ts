// An interview: an introduction, then question-and-answer pairs.
import { body } from '../../article/body'
import { FIELDS, charLimit, customField } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const interview: Template = {
  id: 'interview',
  name: 'Interview',
  description: 'An introduction to the person and the moment, then the conversation as questions and answers.',
  group: 'features',
  fields: [
    FIELDS.kicker({ default: 'Interview' }),
    FIELDS.headline({ hint: 'The most striking thing they said, or who they are' }),
    FIELDS.deck(),
    FIELDS.byline(),
    customField('interviewee', 'Interviewee', { hint: 'Name and title of the person interviewed', required: true, limit: charLimit(100) }),
    FIELDS.section(),
  ],
  skeleton: body([
    ph.paragraph('Introduction: who they are, why they matter now, and where and when you spoke.'),
    ph.paragraph('What the reader needs to know before the questions. Say that answers were edited for length and clarity.'),
    ph.qaPair('First question, as asked', 'Their answer, edited for length and clarity'),
    ph.qaPair('Second question', 'Their answer'),
    ph.qaPair('Follow-up question', 'Their answer'),
    ph.qaPair('Last question', 'Their last answer: end on a strong one'),
  ]),
  target: { unit: 'words', min: 800, max: 2000 },
  layout: {
    pageSize: 'A4',
    columns: 2,
    gutterMm: 6,
    columnRule: false,
    masthead: 'section',
    headlineFont: 'sans',
    headlineSizePt: 34,
    bodyFont: 'serif',
    bodySizePt: 10,
    leadingPt: 13.5,
    dropCap: false,
    justify: false,
  },
  suggestedBlocks: ['qa-pair', 'pull-quote', 'fact-box'],
}
