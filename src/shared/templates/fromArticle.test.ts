import { describe, expect, it } from 'vitest'
import { body, factBox, image, list, pageBreak, paragraph, pullQuote, qaPair, subhead, timeline } from '../article/body'
import { parseArticle, serializeArticle } from '../article/file'
import { builtInTemplate } from './builtins'
import { createFromTemplate } from './create'
import { findPlaceholders, isPlaceholderBlock } from './placeholders'
import { validateTemplate } from './schema'
import { skeletonFromBody, templateFromArticle } from './fromArticle'
import { parseTemplate, serializeTemplate } from './file'

const ID = '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f'
const ASSET = 'b'.repeat(64)
const now = new Date(2020, 6, 8, 9, 0)
const defaults = { publicationName: 'Kabul Evening Post', editorInChief: 'Farida Ahmadi', dateFormat: 'long' as const, defaultLanguage: 'en' as const }

function column() {
  const article = createFromTemplate(builtInTemplate('op-ed')!, { id: ID, now, defaults })
  return {
    ...article,
    meta: { ...article.meta, kicker: 'Kabul Diary', headline: 'The city that never sleeps', byline: 'Mina Rahimi', authorBio: 'Mina Rahimi writes about Kabul every Thursday.', language: 'en-GB' as const, fields: { episode: '12' } },
    layout: { ...article.layout, columns: 4 },
    body: body([
      paragraph('First paragraph of copy.'),
      paragraph('Second paragraph of copy.'),
      paragraph(''),
      subhead('Night buses'),
      paragraph('More copy.'),
      pullQuote('A great line', 'A driver'),
      image(ASSET, { caption: 'A bus', credit: 'M. Rahimi' }),
      factBox('Key facts', [paragraph('Buses run until 2am.'), list('bullet', ['One', 'Two'])]),
      qaPair('Why?', 'Because.', { question: 'Q', answer: 'Driver' }),
      timeline([{ date: '2001', event: 'First line' }, { date: '2020', event: 'Night line' }]),
      pageBreak('column'),
      paragraph('Last paragraph.'),
    ]),
  }
}

describe('save as template', () => {
  const article = column()
  const template = templateFromArticle(article, { id: 'custom-abc123', name: ' Kabul Diary ', base: builtInTemplate('op-ed')! })

  it('makes a valid template that survives its file format', () => {
    expect(validateTemplate(template).ok).toBe(true)
    expect(parseTemplate(serializeTemplate(template))).toEqual(template)
    expect(template).toMatchObject({ id: 'custom-abc123', name: 'Kabul Diary', group: 'custom', language: 'en-GB', target: article.meta.target, description: 'Based on “Op-ed / column”.' })
    expect(template.layout).toEqual(article.layout)
    expect(template.suggestedBlocks).toEqual(builtInTemplate('op-ed')!.suggestedBlocks)
  })

  it('keeps the base template’s fields, adds the ones the article filled, and keeps standing values as defaults', () => {
    expect(template.fields.map((f) => f.id)).toEqual(['kicker', 'headline', 'deck', 'byline', 'authorBio', 'section', 'episode'])
    const field = (id: string) => template.fields.find((f) => f.id === id)!
    expect(field('kicker').default).toBe('Kabul Diary')
    expect(field('byline').default).toBe('Mina Rahimi')
    expect(field('authorBio').default).toBe('Mina Rahimi writes about Kabul every Thursday.')
    expect(field('headline').default).toBe('')
    expect(field('episode')).toMatchObject({ label: 'Episode', required: false })
  })

  it('turns copy back into placeholders of the same shape, and drops images', () => {
    const types = template.skeleton.root.children.map((b) => b.type)
    expect(types).toEqual(['paragraph', 'heading', 'paragraph', 'pull-quote', 'fact-box', 'qa-pair', 'timeline', 'page-break', 'paragraph'])
    const text = JSON.stringify(template.skeleton)
    for (const copyText of ['First paragraph', 'Night buses', 'A great line', 'Buses run', 'Because.', 'First line']) expect(text).not.toContain(copyText)
    // Labels stay: a box's title and the Q&A speakers.
    expect(text).toContain('Key facts')
    expect(text).toContain('"speaker":"Driver"')
    for (const block of template.skeleton.root.children) {
      if (block.type === 'page-break') continue
      expect(findPlaceholders(body([block])).length, block.type).toBeGreaterThan(0)
    }
  })

  it('makes articles that start from the column’s standing fields', () => {
    const next = createFromTemplate(template, { id: ID, now, defaults })
    expect(parseArticle(serializeArticle(next)).article).toEqual(next)
    expect(next.meta).toMatchObject({ template: 'custom-abc123', kicker: 'Kabul Diary', byline: 'Mina Rahimi', headline: '', language: 'en-GB' })
  })

  it('keeps untouched template placeholders as they were', () => {
    const fresh = createFromTemplate(builtInTemplate('analysis')!, { id: ID, now, defaults })
    const again = templateFromArticle(fresh, { id: 'custom-x', name: 'Analysis 2', base: builtInTemplate('analysis')! })
    expect(again.skeleton).toEqual(builtInTemplate('analysis')!.skeleton)
  })

  it('can keep the text as it is (a standing introduction), still without images', () => {
    const kept = skeletonFromBody(article.body, 'keep')
    expect(kept.root.children.map((b) => b.type)).not.toContain('image')
    expect(JSON.stringify(kept)).toContain('First paragraph of copy.')
  })

  it('gives an empty article a one-paragraph skeleton', () => {
    const empty = skeletonFromBody(body([]))
    expect(empty.root.children).toHaveLength(1)
    expect(isPlaceholderBlock(empty.root.children[0]!)).toBe(true)
  })

  it('without a base template, starts from the headline and what the article filled', () => {
    const bare = templateFromArticle({ ...article, meta: { ...article.meta, template: 'gone' } }, { id: 'custom-y', name: 'Bare' })
    expect(bare.fields.map((f) => f.id)).toEqual(['headline', 'kicker', 'byline', 'authorBio', 'section', 'episode'])
    expect(validateTemplate(bare).ok).toBe(true)
    expect(bare.description).toBe('Made from an article.')
  })
})
