// An op-ed or column: a signed argument, with the writer's one-line bio.
import { body } from '../../article/body'
import { FIELDS } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const opEd: Template = {
  id: 'op-ed',
  name: 'Op-ed / column',
  description: 'A signed argument by a columnist or guest writer, with a one-line bio. Add a pull quote from the insert menu if it helps.',
  group: 'opinion',
  fields: [
    FIELDS.kicker({ default: 'Opinion' }),
    FIELDS.headline(),
    FIELDS.deck({ required: false }),
    FIELDS.byline(),
    FIELDS.authorBio(),
    FIELDS.section({ default: 'Opinion' }),
  ],
  skeleton: body([
    ph.paragraph('Opening: your argument in a sentence or two. Start with a scene, a fact or a claim.'),
    ph.paragraph('Your evidence: what you know that readers don’t, and how you know it.'),
    ph.paragraph('The counter-argument, put fairly, and your answer to it.'),
    ph.paragraph('Close: what should change, and who should change it.'),
  ]),
  target: { unit: 'words', min: 650, max: 1000 },
  layout: {
    pageSize: 'A4',
    columns: 2,
    gutterMm: 7,
    columnRule: false,
    masthead: 'section',
    headlineFont: 'sans',
    headlineSizePt: 32,
    bodyFont: 'serif',
    bodySizePt: 10,
    leadingPt: 13.5,
    dropCap: false,
    justify: false,
  },
  suggestedBlocks: ['pull-quote', 'section'],
}
