// One article holding every kind of block, fields and an image: the fixture round-trip tests share.
import { body, factBox, image, link, list, pageBreak, paragraph, pullQuote, qaPair, quote, sectionBreak, subhead, textNode, timeline, TEXT_FORMAT, SMALL_CAPS_STYLE } from '../../../../shared/article/body'
import { createArticle, type Article } from '../../../../shared/article/file'
import type { ArticleMeta } from '../../../../shared/article/meta'

// A 2×2 PNG (red, green / blue, white).
export const PNG_2X2 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=='
export const PNG_KEY = 'c5b3b5ad24a3e0a2de9c2b3c3e0c1b7a1b6f3f0f0e5e8c4d2b1a0f9e8d7c6b5a'

export function sampleArticle(overrides: Partial<ArticleMeta> = {}, key = PNG_KEY): Article {
  return createArticle({
    id: '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10',
    now: new Date('2020-07-08T09:00:00Z'),
    meta: {
      template: 'editorial',
      publication: 'The Daily Galley',
      section: 'Opinion',
      kicker: 'Our view',
      headline: 'A City That Keeps Its Promises',
      deck: 'The new bridge opened on time. Now the council must do the same with housing.',
      byline: 'The Editorial Board',
      dateline: 'RIVERTON, July 8 —',
      date: '2020-07-08',
      editorInChief: 'Jane Doe',
      tags: ['city', 'housing'],
      fields: { rating: '4' },
      ...overrides,
    },
    body: body([
      paragraph([textNode('When the river bridge opened last week, the city did something '), textNode('rare', TEXT_FORMAT.bold), textNode(': it kept its '), textNode('word', TEXT_FORMAT.italic), textNode('.')]),
      paragraph([textNode('Read the '), link('https://example.org/plan', 'full plan'), textNode(' and the '), textNode('council', 0, SMALL_CAPS_STYLE), textNode(' minutes.')]),
      subhead('Housing is next'),
      paragraph('Four thousand flats were promised by 2022. So far, fewer than a thousand have been built.'),
      quote('We will build them, and we will build them on time.'),
      list('bullet', ['Flats promised: 4,000', 'Flats built: 950']),
      list('number', ['Publish the schedule', 'Fund the plan']),
      pullQuote('A promise kept is worth more than a plan announced.', 'The editors'),
      factBox('In numbers', [paragraph('The bridge cost 120 million.'), list('bullet', ['Opened July 1', 'Four lanes'])], 'facts'),
      factBox('Background', [paragraph('The plan dates from 2016.')], 'background'),
      subhead('What the mayor said', 3),
      qaPair('Will the flats be ready?', 'Most of them, yes.', { question: 'Galley', answer: 'Mayor' }),
      qaPair('When?', 'By the end of next year.'),
      timeline([
        { date: '2016', event: 'Plan approved' },
        { date: '2020', event: 'Bridge opened' },
      ]),
      image(key, { caption: 'The bridge on opening day.', credit: 'Photo: City Archive', altText: 'A bridge over a river', width: 'full' }),
      sectionBreak(),
      paragraph('The city can do it again.'),
      pageBreak('page'),
      paragraph('Letters to the editor are welcome.'),
    ]),
    assets: { [key]: { mime: 'image/png', data: PNG_2X2, name: 'bridge.png' } },
  })
}
