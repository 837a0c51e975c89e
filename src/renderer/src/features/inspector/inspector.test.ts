import { describe, expect, it } from 'vitest'
import { body, paragraph } from '../../../../shared/article/body'
import { createArticle } from '../../../../shared/article/file'
import { builtInTemplate } from '../../../../shared/templates/builtins'
import { checkArticle, lengthStatus } from '../../../../shared/templates/checklist'
import { ph } from '../../../../shared/templates/placeholders'
import { checklistSummary } from './checklistSummary'
import { addTags, parseTags } from './tags'
import { lengthMeter, targetForUnit, targetWithNumber } from './target'
import { fieldPatch } from './TemplateFields'

const ID = '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f'
const now = new Date('2020-07-08T09:00:00Z')

describe('the checklist in a few words', () => {
  it('counts blockers, notes and the places placeholder text is left', () => {
    const article = createArticle({ id: ID, now, meta: { template: 'news', headline: '' }, body: body([ph.paragraph('Lede: who did what.'), ph.paragraph('Nut graf.'), paragraph('Copy.')]) })
    const summary = checklistSummary(checkArticle(article, builtInTemplate('news')!))
    expect(summary.placeholders).toBe(2)
    expect(summary.placeholderText).toBe('Placeholder text is left in 2 places.')
    expect(summary.badge).toBe(`${summary.blockers} to fix`)
    expect(summary.verdict).toBe(`${summary.blockers} things to fix before print.`)
  })

  it('says ready, with the notes that do not block', () => {
    expect(checklistSummary({ items: [], ready: true, words: 0, length: null })).toMatchObject({ verdict: 'Ready for print.', badge: 'Ready', placeholderText: '' })
    const note = { id: 'length', kind: 'length-unmeasured', severity: 'info', message: 'Open the print preview.' } as const
    expect(checklistSummary({ items: [note], ready: true, words: 0, length: null }).verdict).toBe('Ready for print, with 1 note.')
    const blocker = { id: 'field-missing:headline', kind: 'field-missing', severity: 'blocker', message: 'Headline is empty.' } as const
    expect(checklistSummary({ items: [blocker, note], ready: false, words: 0, length: null }).verdict).toBe('1 thing to fix before print, and 1 note.')
  })
})

describe('tags', () => {
  it('splits on commas, trims, drops repeats', () => {
    expect(parseTags(' bridge, flood ,, bridge ')).toEqual(['bridge', 'flood'])
    expect(addTags(['Bridge'], 'bridge, Kabul')).toEqual(['Bridge', 'Kabul'])
    expect(parseTags('x'.repeat(120))[0]).toHaveLength(80)
  })
})

describe('the target length', () => {
  const news = builtInTemplate('news')!
  it('switches units, offering the template’s own target when it has that unit', () => {
    expect(targetForUnit('words', news.target)).toEqual(news.target)
    expect(targetForUnit('lines', news.target)).toEqual({ unit: 'lines', lines: 120 })
    expect(targetForUnit('none', news.target)).toBeNull()
  })

  it('takes typed numbers within the file’s limits and ignores what is not a number', () => {
    const words = { unit: 'words', min: 400, max: 900 } as const
    expect(targetWithNumber(words, 'max', '1,200')).toEqual({ ...words, max: 1200 })
    expect(targetWithNumber(words, 'min', '-5')).toEqual({ ...words, min: 0 })
    expect(targetWithNumber(words, 'min', 'many')).toBe(words)
    expect(targetWithNumber(words, 'lines', '3')).toBe(words)
    expect(targetWithNumber({ unit: 'pages', pages: 1 }, 'pages', '2.25')).toEqual({ unit: 'pages', pages: 2.3 })
    expect(targetWithNumber({ unit: 'lines', lines: 100 }, 'lines', '0')).toEqual({ unit: 'lines', lines: 1 })
  })

  it('fills the meter to the maximum and marks the minimum', () => {
    const article = createArticle({ id: ID, now, meta: { target: { unit: 'words', min: 600, max: 1200 } } })
    expect(lengthMeter(lengthStatus(article, 300)!)).toEqual({ fill: 0.25, minMark: 0.5, state: 'under' })
    expect(lengthMeter(lengthStatus(article, 2000)!)).toMatchObject({ fill: 1, state: 'over' })
    const lines = createArticle({ id: ID, now, meta: { target: { unit: 'lines', lines: 100 } } })
    expect(lengthMeter(lengthStatus(lines, 0)!)).toEqual({ fill: 0, minMark: null, state: 'unmeasured' })
  })
})

describe('field patches', () => {
  it('sets a named field by name and a template’s own field inside `fields`, keeping the others', () => {
    const meta = createArticle({ id: ID, now, meta: { fields: { rating: '3' } } }).meta
    expect(fieldPatch(meta, 'headline', 'Bridge reopens')).toEqual({ headline: 'Bridge reopens' })
    expect(fieldPatch(meta, 'workReviewed', 'The Kite Runner')).toEqual({ fields: { rating: '3', workReviewed: 'The Kite Runner' } })
  })
})
