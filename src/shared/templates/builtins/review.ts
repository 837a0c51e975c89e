// A review: the work reviewed and a star rating as fields, the verdict first in the body.
import { body } from '../../article/body'
import { FIELDS, charLimit, customField } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const review: Template = {
  id: 'review',
  name: 'Review',
  description: 'A critic’s verdict on a book, film, play, exhibition or album, with the work reviewed and a star rating.',
  group: 'features',
  fields: [
    FIELDS.kicker({ default: 'Review' }),
    FIELDS.headline(),
    customField('workReviewed', 'Work reviewed', { hint: 'Title and maker: “The Kite Runner”, directed by Marc Forster', required: true, limit: charLimit(120) }),
    customField('rating', 'Rating', { hint: 'Stars out of five', required: true, input: 'rating', ratingMax: 5 }),
    customField('details', 'Details', { hint: 'Publisher, venue, dates, running time, price', input: 'text', limit: charLimit(200) }),
    FIELDS.byline(),
    FIELDS.section({ default: 'Culture' }),
  ],
  skeleton: body([
    ph.paragraph('Verdict first: what the work is and whether it succeeds, in two sentences.'),
    ph.paragraph('What it is about, without giving away the ending.'),
    ph.paragraph('What works, with examples.'),
    ph.paragraph('What does not, with examples.'),
    ph.paragraph('Who should see, read or hear it.'),
  ]),
  target: { unit: 'words', min: 400, max: 900 },
  layout: {
    pageSize: 'A4',
    columns: 3,
    gutterMm: 4.5,
    columnRule: false,
    masthead: 'section',
    headlineFont: 'sans',
    headlineSizePt: 30,
    bodyFont: 'serif',
    bodySizePt: 9,
    leadingPt: 11.5,
    dropCap: true,
    justify: true,
  },
  suggestedBlocks: ['pull-quote', 'fact-box'],
}
