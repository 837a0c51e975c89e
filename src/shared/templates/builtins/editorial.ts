// The paper's own voice: masthead line with the editor in chief and the long date, no byline.
import { body } from '../../article/body'
import { FIELDS, charLimit } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const editorial: Template = {
  id: 'editorial',
  name: 'Editorial',
  description: 'The paper’s position, argued in a few sections under subheads. Printed under the masthead line with the editor in chief and the date; no byline.',
  group: 'opinion',
  fields: [
    FIELDS.editorInChief(),
    FIELDS.date(),
    FIELDS.headline({ limit: charLimit(60), hint: 'The paper’s position, as a claim' }),
    FIELDS.deck({ limit: charLimit(140) }),
    FIELDS.section({ default: 'Opinion' }),
  ],
  skeleton: body([
    ph.paragraph('Opening: state the issue and where the paper stands, in two or three sentences.'),
    ph.subhead('Subhead: the first argument'),
    ph.paragraph('The strongest reason for the paper’s position, with the facts behind it.'),
    ph.subhead('Subhead: the other side'),
    ph.paragraph('The best case against, fairly put, and why it does not change the paper’s view.'),
    ph.subhead('Subhead: what must happen now'),
    ph.paragraph('Close with what the paper calls for, and from whom.'),
  ]),
  target: { unit: 'words', min: 600, max: 1200 },
  layout: {
    pageSize: 'A4',
    columns: 2,
    gutterMm: 6,
    columnRule: true,
    masthead: 'editorial',
    headlineFont: 'serif',
    headlineSizePt: 30,
    bodyFont: 'serif',
    bodySizePt: 10.5,
    leadingPt: 14,
    dropCap: true,
    justify: true,
  },
  suggestedBlocks: ['section', 'pull-quote', 'fact-box'],
}
