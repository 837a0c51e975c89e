// A letter to the editor: the reader's words, signed with name and town.
import { body } from '../../article/body'
import { FIELDS, charLimit, customField } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const letter: Template = {
  id: 'letter',
  name: 'Letter to the editor',
  description: 'A reader’s letter, edited for length, under a headline the desk writes and signed with the writer’s name and town.',
  group: 'opinion',
  fields: [
    FIELDS.headline({ limit: charLimit(60), hint: 'The desk’s headline for the letter' }),
    customField('letterWriter', 'Writer’s name', { hint: 'As the reader signed it', required: true, limit: charLimit(80) }),
    customField('letterTown', 'Town', { hint: 'Where the writer lives', limit: charLimit(60) }),
    customField('respondsTo', 'Responding to', { hint: 'Headline and date of the article the letter answers', input: 'text', limit: charLimit(160) }),
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
