// A brief: one paragraph of news, at most 150 words, set in a single narrow column.
import { body } from '../../article/body'
import { FIELDS, charLimit } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const brief: Template = {
  id: 'brief',
  name: 'Brief',
  description: 'A short news item of at most 150 words: a small headline and one paragraph, set in a single column for a round-up.',
  group: 'short',
  fields: [
    FIELDS.headline({ limit: charLimit(40), hint: 'A short label for the item' }),
    FIELDS.dateline({ required: false }),
    FIELDS.byline({ required: false, hint: 'Agency or writer, if credited' }),
    FIELDS.section({ default: 'In brief' }),
  ],
  skeleton: body([ph.paragraph('The news in full: who, what, when, where and why, in at most 150 words.')]),
  target: { unit: 'words', min: 40, max: 150 },
  layout: {
    pageSize: 'custom',
    customWidthMm: 90,
    customHeightMm: 140,
    orientation: 'portrait',
    marginsMm: { top: 6, right: 6, bottom: 6, left: 6 },
    columns: 1,
    masthead: 'none',
    headlineFont: 'sans',
    headlineSizePt: 16,
    bodyFont: 'serif',
    bodySizePt: 9,
    leadingPt: 11,
    dropCap: false,
    justify: true,
    runningHeader: false,
    pageNumbers: false,
  },
  suggestedBlocks: [],
}
