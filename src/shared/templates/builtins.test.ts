import { describe, expect, it } from 'vitest'
import { BodySchema, type BlockJSON } from '../article/body'
import { parseArticle, serializeArticle } from '../article/file'
import { defaultLayout } from '../article/layout'
import { bodyStats } from '../article/stats'
import { SECTION_BLOCKS, insertMenu, instantiateBlock } from './blocks'
import { BUILT_IN_TEMPLATES, builtInTemplate } from './builtins'
import { checkArticle } from './checklist'
import { createFromTemplate, type PublicationDefaults } from './create'
import { FIELDS, fieldValue } from './fields'
import { findPlaceholders } from './placeholders'
import { headFieldsOf, templatePreview } from './preview'
import { TemplateSchema, validateTemplate } from './schema'

const defaults: PublicationDefaults = {
  publicationName: 'Kabul Evening Post',
  editorInChief: 'Farida Ahmadi',
  dateFormat: 'long',
  defaultLanguage: 'en',
  datelinePlace: 'Kabul',
}
const now = new Date(2020, 6, 8, 9, 30)
const ID = '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f'

describe('built-in templates', () => {
  it('are the ten sections the newsroom asked for, each once', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(['editorial', 'news', 'op-ed', 'feature', 'analysis', 'interview', 'brief', 'obituary', 'review', 'letter'])
  })

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s validates against the template schema', (_id, template) => {
    const result = validateTemplate(template)
    expect(result).toEqual({ ok: true, template: expect.anything() })
    // And round-trips through JSON unchanged (what a template file stores).
    expect(TemplateSchema.parse(JSON.parse(JSON.stringify(template)))).toEqual(template)
  })

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('creating from %s yields a valid .galley file', (_id, template) => {
    const article = createFromTemplate(template, { id: ID, now, defaults })
    const { article: reread, readOnly, migratedFrom } = parseArticle(serializeArticle(article))
    expect(readOnly).toBeNull()
    expect(migratedFrom).toBeNull()
    expect(reread).toEqual(article)
    expect(article.meta.template).toBe(template.id)
    expect(article.meta.target).toEqual(template.target)
    expect(article.layout).toEqual({ ...defaultLayout, ...template.layout })
    expect(article.body).toEqual(template.skeleton)
    expect(article.body).not.toBe(template.skeleton)
    // A fresh article is not ready: its skeleton is all placeholder.
    expect(findPlaceholders(article.body).length).toBeGreaterThan(0)
    expect(checkArticle(article, template).ready).toBe(false)
  })

  it('have distinct skeletons and layouts', () => {
    const skeletons = new Set(BUILT_IN_TEMPLATES.map((t) => JSON.stringify(t.skeleton)))
    const layouts = new Set(BUILT_IN_TEMPLATES.map((t) => JSON.stringify({ ...defaultLayout, ...t.layout })))
    expect(skeletons.size).toBe(BUILT_IN_TEMPLATES.length)
    expect(layouts.size).toBe(BUILT_IN_TEMPLATES.length)
  })

  it('suggest only section blocks that exist', () => {
    const ids = new Set(SECTION_BLOCKS.map((b) => b.id))
    for (const t of BUILT_IN_TEMPLATES) for (const id of t.suggestedBlocks) expect(ids, `${t.id} suggests ${id}`).toContain(id)
  })

  it('skeletons are short instructions, well under each target', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const words = bodyStats(t.skeleton).words
      if (t.target?.unit === 'words') expect(words, t.id).toBeLessThan(t.target.max)
    }
  })
})

describe('the editorial', () => {
  const article = createFromTemplate(builtInTemplate('editorial')!, { id: ID, now, defaults })

  it('carries the masthead: editor in chief, the date, the editorial masthead style, and no byline', () => {
    expect(article.meta.editorInChief).toBe('Farida Ahmadi')
    expect(article.meta.date).toBe('2020-07-08')
    expect(article.layout.masthead).toBe('editorial')
    expect(builtInTemplate('editorial')!.fields.map((f) => f.id)).not.toContain('byline')
    expect(article.meta.publication).toBe('Kabul Evening Post')
  })

  it('has sections under subheads and targets 600–1,200 words', () => {
    const subheads = article.body.root.children.filter((b) => b.type === 'heading')
    expect(subheads.length).toBeGreaterThanOrEqual(3)
    expect(article.meta.target).toEqual({ unit: 'words', min: 600, max: 1200 })
    expect(fieldValue(article.meta, 'section')).toBe('Opinion')
  })
})

describe('the news story', () => {
  it('fills the dateline from the newsroom’s place and the date', () => {
    const article = createFromTemplate(builtInTemplate('news')!, { id: ID, now, defaults })
    expect(article.meta.dateline).toBe('KABUL, July 8 —')
    expect(builtInTemplate('news')!.fields.map((f) => f.id)).toEqual(['kicker', 'headline', 'deck', 'byline', 'dateline', 'section'])
    expect(article.meta.target).toEqual({ unit: 'words', min: 400, max: 900 })
  })

  it('leaves the dateline empty when the newsroom has no place set', () => {
    const article = createFromTemplate(builtInTemplate('news')!, { id: ID, now, defaults: { ...defaults, datelinePlace: '' } })
    expect(article.meta.dateline).toBe('')
  })

  it('writes the dateline in the article’s language', () => {
    const article = createFromTemplate(builtInTemplate('news')!, { id: ID, now, defaults: { ...defaults, defaultLanguage: 'fa-AF', datelinePlace: 'کابل' } })
    expect(article.meta.dateline).toBe('کابل، ۱۸ سرطان —')
    expect(article.meta.language).toBe('fa-AF')
    expect(article.meta.direction).toBe('rtl')
  })
})

describe('other built-ins', () => {
  it('the interview opens with an introduction, then Q&A pairs', () => {
    const blocks = builtInTemplate('interview')!.skeleton.root.children
    expect(blocks[0]?.type).toBe('paragraph')
    expect(blocks.filter((b) => b.type === 'qa-pair').length).toBeGreaterThanOrEqual(3)
  })

  it('the brief is at most 150 words in one column', () => {
    const brief = builtInTemplate('brief')!
    expect(brief.target).toMatchObject({ unit: 'words', max: 150 })
    expect(brief.layout.columns).toBe(1)
  })

  it('the review has the work reviewed and a rating out of five', () => {
    const fields = builtInTemplate('review')!.fields
    expect(fields.find((f) => f.id === 'workReviewed')).toMatchObject({ required: true })
    expect(fields.find((f) => f.id === 'rating')).toMatchObject({ input: 'rating', ratingMax: 5, required: true })
  })

  it('the op-ed has a byline and a one-line bio', () => {
    const fields = builtInTemplate('op-ed')!.fields
    expect(fields.find((f) => f.id === 'byline')?.required).toBe(true)
    expect(fields.find((f) => f.id === 'authorBio')).toMatchObject({ required: true, limit: { unit: 'characters', max: 140 } })
  })

  it('takes overrides last (a section chosen in the library)', () => {
    const article = createFromTemplate(builtInTemplate('feature')!, { id: ID, now, defaults, meta: { section: 'Weekend', status: 'in-edit' } })
    expect(article.meta.section).toBe('Weekend')
    expect(article.meta.status).toBe('in-edit')
  })

  it('a template whose defaults would make an invalid article is refused with a clear error', () => {
    const broken = { ...builtInTemplate('news')!, fields: [{ ...builtInTemplate('news')!.fields[1]!, default: 'x'.repeat(501) }] }
    expect(() => createFromTemplate(broken, { id: ID, now, defaults })).toThrow(expect.objectContaining({ code: 'TEMPLATE_INVALID', detail: 'meta › headline' }))
  })
})

describe('section blocks for the insert menu', () => {
  it('cover what the newsroom asked for', () => {
    expect(SECTION_BLOCKS.map((b) => b.id)).toEqual(['section', 'fact-box', 'pull-quote', 'qa-pair', 'timeline', 'background', 'correction', 'editors-note'])
  })

  it.each(SECTION_BLOCKS.map((b) => [b.id, b] as const))('%s is valid body content made of placeholders', (_id, block) => {
    const body = { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: instantiateBlock(block) } }
    expect(BodySchema.safeParse(body).success).toBe(true)
    expect(findPlaceholders(body as never).length).toBeGreaterThan(0)
  })

  it('hands out fresh copies', () => {
    const block = SECTION_BLOCKS[0]!
    const copy = instantiateBlock(block)
    ;(copy as BlockJSON[]).pop()
    expect(block.blocks.length).toBe(2)
  })

  it('the menu puts the template’s suggestions first and filters by words', () => {
    expect(insertMenu(['qa-pair', 'pull-quote']).map((b) => b.id).slice(0, 3)).toEqual(['qa-pair', 'pull-quote', 'section'])
    expect(insertMenu([], 'sidebar').map((b) => b.id)).toEqual(['fact-box'])
    expect(insertMenu([], 'CORRECTION').map((b) => b.id)).toEqual(['correction'])
  })

  it('boxes use the variant their name says', () => {
    const variant = (id: string): unknown => (SECTION_BLOCKS.find((b) => b.id === id)!.blocks[0] as { variant?: string }).variant
    expect([variant('fact-box'), variant('background'), variant('correction'), variant('editors-note')]).toEqual(['facts', 'background', 'correction', 'editors-note'])
  })
})

describe('picker preview', () => {
  it('describes the shape of each template', () => {
    const editorial = templatePreview(builtInTemplate('editorial')!)
    expect(editorial.masthead).toBe(true)
    expect(editorial.head.map((h) => h.id)).toEqual(['headline', 'deck'])
    expect(editorial.blocks.map((b) => b.kind)).toEqual(['paragraph', 'subhead', 'paragraph', 'subhead', 'paragraph', 'subhead', 'paragraph'])
    expect(editorial.target).toBe('600–1,200 words')
    expect(editorial.layout).toBe('A4 · 2 columns · serif')

    const news = templatePreview(builtInTemplate('news')!)
    expect(news.masthead).toBe(false)
    expect(news.head.map((h) => h.id)).toEqual(['kicker', 'headline', 'deck', 'byline', 'dateline'])
    expect(news.layout).toBe('Berliner · 5 columns · serif')

    expect(templatePreview(builtInTemplate('analysis')!).blocks.find((b) => b.kind === 'box')?.label).toBe('Fact box: Key numbers')
    expect(templatePreview(builtInTemplate('brief')!).layout).toBe('90 × 140 mm · 1 column · serif')
  })

  it('takes the fields printed above the body in print order, whatever order the template lists them in', () => {
    const fields = [FIELDS.dateline(), FIELDS.section(), FIELDS.headline(), FIELDS.kicker()]
    expect(headFieldsOf(fields).map((f) => f.id)).toEqual(['kicker', 'headline', 'dateline'])
    expect(headFieldsOf(fields)[1]).toEqual(FIELDS.headline())
  })

  it('gives every built-in a different outline', () => {
    const outlines = new Set(BUILT_IN_TEMPLATES.map((t) => JSON.stringify(templatePreview(t))))
    expect(outlines.size).toBe(BUILT_IN_TEMPLATES.length)
  })
})
