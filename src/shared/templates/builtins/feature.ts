// A feature: a told story with a scene-setting opening, sections and a pull quote.
import { body } from '../../article/body'
import { FIELDS, charLimit } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const feature: Template = {
  id: 'feature',
  name: 'Feature',
  description: 'A longer, told story: an opening scene, a nut graf, sections under subheads, a pull quote, and an ending that comes back to the start.',
  group: 'features',
  fields: [
    FIELDS.kicker(),
    FIELDS.headline({ limit: charLimit(80) }),
    FIELDS.deck({ limit: charLimit(200), required: true }),
    FIELDS.byline(),
    FIELDS.dateline({ required: false }),
    FIELDS.section({ default: 'Features' }),
  ],
  skeleton: body([
    ph.paragraph('Opening scene: put the reader in a place, with a person, at a moment.'),
    ph.paragraph('Nut graf: what this story is about, and why it matters now.'),
    ph.subhead('Subhead: the first part of the story'),
    ph.paragraph('The story, told through people, details and quotes.'),
    ph.pullQuote('Pull quote: the line that makes a reader stop', 'Who said it'),
    ph.subhead('Subhead: the next part'),
    ph.paragraph('Build to the turning point.'),
    ph.paragraph('Ending: return to the opening scene or person, changed by what the reader now knows.'),
  ]),
  target: { unit: 'words', min: 1200, max: 3000 },
  layout: {
    pageSize: 'Tabloid',
    columns: 4,
    gutterMm: 5,
    marginsMm: { top: 20, right: 18, bottom: 20, left: 18 },
    columnRule: false,
    masthead: 'section',
    headlineFont: 'sans',
    headlineSizePt: 54,
    bodyFont: 'serif',
    bodySizePt: 9.5,
    leadingPt: 12.5,
    dropCap: true,
    justify: true,
  },
  suggestedBlocks: ['pull-quote', 'section', 'fact-box', 'timeline'],
}
