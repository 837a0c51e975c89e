// An obituary: the life and its meaning, survivors, arrangements.
import { body } from '../../article/body'
import { FIELDS, charLimit, customField } from '../fields'
import { ph } from '../placeholders'
import type { Template } from '../schema'

export const obituary: Template = {
  id: 'obituary',
  name: 'Obituary',
  description: 'A life told in order: the news of the death, why the life mattered, early years, work, survivors and arrangements. Photos print in black and white.',
  group: 'features',
  fields: [
    FIELDS.kicker({ default: 'Obituary' }),
    FIELDS.headline({ hint: 'Name, age, and what they were known for' }),
    customField('lifespan', 'Life dates', { hint: '1938–2020', required: true, limit: charLimit(30) }),
    FIELDS.deck({ required: false }),
    FIELDS.byline(),
    FIELDS.section({ default: 'Obituaries' }),
  ],
  skeleton: body([
    ph.paragraph('Lede: name, age, what they were known for, and when, where and how they died.'),
    ph.paragraph('Why their life mattered: the achievement or quality that defined it.'),
    ph.paragraph('Early life: where and when they were born, family, education.'),
    ph.paragraph('Their work, with a telling story or a quote from someone who knew them.'),
    ph.paragraph('Survivors: family members, by relationship and name.'),
    ph.paragraph('Funeral or memorial arrangements, if public.'),
  ]),
  target: { unit: 'words', min: 400, max: 1000 },
  layout: {
    pageSize: 'A4',
    columns: 2,
    gutterMm: 6,
    columnRule: true,
    masthead: 'section',
    headlineFont: 'serif',
    headlineSizePt: 28,
    bodyFont: 'serif',
    bodySizePt: 9.5,
    leadingPt: 12.5,
    dropCap: false,
    justify: true,
    grayscaleImages: true,
  },
  suggestedBlocks: ['timeline', 'pull-quote'],
}
