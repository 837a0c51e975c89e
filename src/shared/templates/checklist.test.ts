import { describe, expect, it } from 'vitest'
import { body, image, paragraph, subhead, type BlockJSON } from '../article/body'
import { createArticle, type Article } from '../article/file'
import type { ArticleMeta } from '../article/meta'
import { bodyStats } from '../article/stats'
import { builtInTemplate } from './builtins'
import { checkArticle, lengthStatus, nextStatus, statusWarning } from './checklist'
import { FIELDS, fieldStatus, fieldStatuses, fieldsOf, GENERAL_FIELDS, withFieldValue, wordLimit } from './fields'
import { ph } from './placeholders'

const ID = '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f'
const ASSET = 'a'.repeat(64)
const news = builtInTemplate('news')!

/** `n` words of copy, in paragraphs of 50. */
function copy(n: number): BlockJSON[] {
  const blocks: BlockJSON[] = []
  for (let left = n; left > 0; left -= 50) blocks.push(paragraph(Array.from({ length: Math.min(50, left) }, (_, i) => `word${i}`).join(' ')))
  return blocks
}

function story(meta: Partial<ArticleMeta>, blocks: BlockJSON[]): Article {
  return createArticle({
    id: ID,
    now: new Date('2020-07-08T09:00:00Z'),
    meta: { template: 'news', headline: 'Mayor resigns', byline: 'Farida Ahmadi', dateline: 'KABUL, July 8 —', target: { unit: 'words', min: 400, max: 900 }, ...meta },
    body: body(blocks),
  })
}

describe('field limits and live counts', () => {
  const meta = story({}, []).meta

  it('counts characters as a reader sees them, and words', () => {
    const headline = FIELDS.headline()
    expect(fieldStatus(headline, withFieldValue(meta, 'headline', 'Mayor resigns')).label).toBe('13 / 70 characters')
    // A Persian letter with its marks, and a Cyrillic word, each count as they look.
    expect(fieldStatus(headline, withFieldValue(meta, 'headline', 'شهردار کابل')).count).toBe(11)
    const deck = FIELDS.deck({ limit: wordLimit(30) })
    expect(fieldStatus(deck, withFieldValue(meta, 'deck', 'Talks stalled again on Wednesday.')).label).toBe('5 / 30 words')
  })

  it('is ok, then near from 90 % of the limit, then over past it', () => {
    const headline = FIELDS.headline()
    const at = (n: number) => fieldStatus(headline, withFieldValue(meta, 'headline', 'x'.repeat(n)))
    expect([at(62).state, at(63).state, at(70).state, at(71).state]).toEqual(['ok', 'near', 'near', 'over'])
    expect(at(75).label).toBe('5 over the 70-character limit')
  })

  it('reads and writes custom fields in meta.fields', () => {
    const next = withFieldValue(meta, 'workReviewed', '“Kandahar”, directed by Ric Roman Waugh')
    expect(next.fields).toEqual({ workReviewed: '“Kandahar”, directed by Ric Roman Waugh' })
    expect(meta.fields).toEqual({})
    expect(fieldStatuses(builtInTemplate('review')!.fields, next).find((s) => s.field.id === 'workReviewed')).toMatchObject({ empty: false, missing: false, state: 'ok' })
  })

  it('marks required empty fields as missing', () => {
    const statuses = fieldStatuses(news.fields, { ...meta, byline: '  ' })
    expect(statuses.filter((s) => s.missing).map((s) => s.field.id)).toEqual(['byline'])
  })
})

describe('ready-for-print checklist', () => {
  it('passes a finished story', () => {
    const result = checkArticle(story({}, copy(500)), news)
    expect(result.items).toEqual([])
    expect(result.ready).toBe(true)
    expect(result.words).toBe(500)
    expect(result.length).toMatchObject({ state: 'ok', label: '500 words (target 400–900)' })
  })

  it('counts words exactly as the word count does (no captions, no pull quotes)', () => {
    const blocks = [...copy(120), image(ASSET, { caption: 'Four words of caption', credit: 'AP' }), ph.pullQuote('Five words in this quote'), ph.box('facts', 'Key facts', [ph.list('bullet', ['Three more words'])])]
    const article = story({}, blocks)
    expect(checkArticle(article, news).words).toBe(bodyStats(article.body).words)
    expect(checkArticle(article, news).words).toBe(120 + 2 + 3)
  })

  it('lists required fields left empty', () => {
    const result = checkArticle(story({ headline: '', byline: '' }, copy(500)), news)
    expect(result.items.map((i) => i.id)).toEqual(['field-missing:headline', 'field-missing:byline'])
    expect(result.items[0]).toMatchObject({ kind: 'field-missing', severity: 'blocker', field: 'headline', message: 'Headline is empty.' })
    expect(result.ready).toBe(false)
  })

  it('lists limits exceeded', () => {
    const result = checkArticle(story({ headline: 'x'.repeat(80), deck: 'y'.repeat(161) }, copy(500)), news)
    expect(result.items.map((i) => i.message)).toEqual(['Headline is 10 over the 70-character limit.', 'Deck is 1 over the 160-character limit.'])
  })

  it('lists placeholder text still in the body, once per block, where it is', () => {
    const blocks = [...copy(450), ph.paragraph('Nut graf: why this matters, and what it means for readers.'), ph.qaPair('Question', 'Answer')]
    const result = checkArticle(story({}, blocks), news)
    expect(result.items.map((i) => [i.kind, i.blockIndex])).toEqual([
      ['placeholder', 9],
      ['placeholder', 10],
    ])
    expect(result.items[0]!.message).toBe('Placeholder text is still in the body: “Nut graf: why this matters, and what it means for readers.”')
  })

  it('catches a built-in placeholder pasted without its marker', () => {
    const result = checkArticle(story({}, [...copy(450), paragraph('Nut graf: why this matters, and what it means for readers.')]), news)
    expect(result.items.map((i) => i.kind)).toEqual(['placeholder'])
  })

  it('lists images without caption or credit', () => {
    const blocks = [image(ASSET, { caption: 'The mayor on Wednesday.', credit: 'AP' }), ...copy(450), image(ASSET, { caption: '', credit: 'AP' }), image(ASSET)]
    const result = checkArticle(story({}, blocks), news)
    expect(result.items.map((i) => i.message)).toEqual(['Image 2 has no caption.', 'Image 3 has no caption.', 'Image 3 has no credit (who took or made it).'])
    expect(result.items.map((i) => i.blockIndex)).toEqual([10, 11, 11])
  })

  it('says when the article is over or under its word target', () => {
    expect(checkArticle(story({}, copy(950)), news).items).toEqual([
      expect.objectContaining({ kind: 'length-over', message: 'The article is too long: 950 words (target 400–900). Cut it to fit.' }),
    ])
    expect(checkArticle(story({}, copy(150)), news).items).toEqual([expect.objectContaining({ kind: 'length-under', severity: 'blocker' })])
  })

  it('checks a lines target against the print engine’s measure, and only says “unmeasured” without one', () => {
    const article = story({ target: { unit: 'lines', lines: 120 } }, copy(500))
    const unmeasured = checkArticle(article, news)
    expect(unmeasured.items).toEqual([expect.objectContaining({ kind: 'length-unmeasured', severity: 'info' })])
    expect(unmeasured.ready).toBe(true)
    expect(checkArticle(article, news, { measuredLines: 121 }).items.map((i) => i.kind)).toEqual(['length-over'])
    expect(checkArticle(article, news, { measuredLines: 120 }).items).toEqual([])
    expect(checkArticle(article, news, { measuredLines: 114 }).items).toEqual([])
    expect(checkArticle(article, news, { measuredLines: 113 }).items.map((i) => i.kind)).toEqual(['length-under'])
    expect(lengthStatus(article, 500, { measuredLines: 128 })?.label).toBe('128 of 120 lines')
  })

  it('flags “TK” (to come) in fields and body, but not inside words', () => {
    const result = checkArticle(story({ headline: 'Mayor resigns after TK years' }, [...copy(450), paragraph('The council met on TKTK.'), paragraph('TKO in the third round; Atkins won.')]), news)
    expect(result.items.map((i) => i.id)).toEqual(['to-come:headline', 'to-come:9'])
  })

  it('with an unknown template, still wants a headline', () => {
    const result = checkArticle(story({ headline: '', byline: '' }, copy(500)), null)
    expect(result.items.map((i) => i.id)).toEqual(['field-missing:headline'])
  })

  it('with an unknown template, holds the general fields to the usual limits (what the inspector shows)', () => {
    const result = checkArticle(story({ deck: 'x'.repeat(170), byline: '' }, copy(500)), null)
    expect(result.items.map((i) => i.id)).toEqual(['field-over:deck'])
    expect(fieldsOf(null)).toBe(GENERAL_FIELDS)
    expect(fieldsOf(news)).toBe(news.fields)
    expect(GENERAL_FIELDS.filter((f) => f.required).map((f) => f.id)).toEqual(['headline'])
  })

  it('checks a template’s own required fields (the review’s rating and work reviewed)', () => {
    const review = builtInTemplate('review')!
    const article = story({ template: 'review', target: null }, [subhead('Verdict'), ...copy(400)])
    expect(checkArticle(article, review).items.map((i) => i.id)).toEqual(['field-missing:workReviewed', 'field-missing:rating'])
    const done = { ...article, meta: { ...article.meta, fields: { workReviewed: 'Kandahar', rating: '4' } } }
    expect(checkArticle(done, review).ready).toBe(true)
  })
})

describe('status', () => {
  it('moves draft → in edit → ready → printed', () => {
    expect([nextStatus('draft'), nextStatus('in-edit'), nextStatus('ready'), nextStatus('printed')]).toEqual(['in-edit', 'ready', 'printed', null])
  })

  it('warns before marking ready while the checklist has blockers', () => {
    const blocked = checkArticle(story({ headline: '' }, copy(500)), news)
    expect(statusWarning('ready', blocked)).toBe('1 thing still stands between this article and print. Mark it ready anyway?')
    expect(statusWarning('in-edit', blocked)).toBeNull()
    expect(statusWarning('ready', checkArticle(story({}, copy(500)), news))).toBeNull()
  })
})
