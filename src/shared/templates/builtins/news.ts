// A news story: kicker, headline, deck, byline, dateline; inverted pyramid in the body.
import { body } from '../../article/body'
import { FIELDS } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const news: Template = {
  id: 'news',
  name: 'News story',
  description: 'Hard news in the inverted pyramid: lede, nut graf, quotes, details and background, under a kicker, headline, deck, byline and dateline.',
  group: 'news',
  fields: [
    FIELDS.kicker(),
    FIELDS.headline(),
    FIELDS.deck(),
    FIELDS.byline(),
    FIELDS.dateline(),
    FIELDS.section({ default: 'News' }),
  ],
  skeleton: body([
    ph.paragraph('Lede: who did what, when and where, in one sentence of about 30 words.'),
    ph.paragraph('Nut graf: why this matters, and what it means for readers.'),
    ph.paragraph('Quote: “What a named source said, word for word,” said the source, giving their title.'),
    ph.paragraph('Details: the facts behind the lede (numbers, places, times) with their sources.'),
    ph.paragraph('Reaction: a second quote, from someone with another view.'),
    ph.paragraph('Background: what led to this, and what happens next.'),
  ]),
  target: { unit: 'words', min: 400, max: 900 },
  layout: {
    pageSize: 'Berliner',
    columns: 5,
    gutterMm: 4,
    columnRule: true,
    masthead: 'section',
    headlineFont: 'serif',
    headlineSizePt: 42,
    bodyFont: 'serif',
    bodySizePt: 9,
    leadingPt: 11,
    dropCap: false,
    justify: true,
  },
  suggestedBlocks: ['fact-box', 'timeline', 'background', 'pull-quote'],
}
