// A letter to the editor: the reader's words, signed with name and town.
import { body } from '../../article/body'
import { chars, custom, FIELDS } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const letter: Template = {
  id: 'letter',
  name: 'Letter to the editor',
  description: 'A reader’s letter, edited for length, under a headline the desk writes and signed with the writer’s name and town.',
  group: 'opinion',
  fields: [
    FIELDS.headline({ limit: chars(60), hint: 'The desk’s headline for the letter' }),
    custom('letterWriter', 'Writer’s name', { hint: 'As the reader signed it', required: true, limit: chars(80) }),
    custom('letterTown', 'Town', { hint: 'Where the writer lives', limit: chars(60) }),
    custom('respondsTo', 'Responding to', { hint: 'Headline and date of the article the letter answers', input: 'text', limit: chars(160) }),
    FIELDS.section({ default: 'Letters' }),
  ],
  skeleton: body([ph.paragraph('The letter, as the reader wrote it, edited for length and clarity.')]),
  target: { unit: 'words', min: 50, max: 250 },
  layout: {
    pageSize: 'A4',
    columns: 3,
    gutterMm: 5,
    columnRule: true,
    masthead: 'section',
    headlineFont: 'serif',
    headlineSizePt: 16,
    bodyFont: 'serif',
    bodySizePt: 9,
    leadingPt: 11,
    dropCap: false,
    justify: true,
  },
  suggestedBlocks: [],
}
