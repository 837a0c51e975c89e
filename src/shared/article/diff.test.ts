import { describe, expect, it } from 'vitest'
import { body, paragraph } from './body'
import { createArticle } from './file'
import { diffArticles, diffWords, type DiffPart } from './diff'

const rebuild = (parts: readonly DiffPart[], side: 'before' | 'after'): string =>
  parts.filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'removed' : 'added')).map((p) => p.text).join('')

describe('diffWords', () => {
  it('marks whole words, not letters', () => {
    const parts = diffWords('The bridge opened on Wednesday.', 'The new bridge opened on Thursday.')
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['added', 'new'],
      ['removed', 'Wednesday'],
      ['added', 'Thursday'],
    ])
  })

  it.each([
    ['Russian', 'Мост открыли в среду.', 'Мост открыли в четверг.', 'среду', 'четверг'],
    ['Dari', 'پل روز چهارشنبه باز شد.', 'پل روز پنجشنبه باز شد.', 'چهارشنبه', 'پنجشنبه'],
  ])('splits %s text into words', (_lang, before, after, removed, added) => {
    const parts = diffWords(before, after)
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([removed])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([added])
  })

  it('rebuilds both sides exactly', () => {
    const before = 'One two three.\n\nFour five six seven.'
    const after = 'One 2 three.\n\nFour five, six and seven!'
    const parts = diffWords(before, after)
    expect(rebuild(parts, 'before')).toBe(before)
    expect(rebuild(parts, 'after')).toBe(after)
  })

  it('says nothing changed for equal texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }])
    expect(diffWords('', '')).toEqual([])
  })
})

describe('diffArticles', () => {
  const now = new Date('2020-07-08T08:00:00Z')
  const id = '0b7f7b5e-4c1b-4f7e-9a57-0c0e1b8f7d11'
  it('compares fields and body and counts words', () => {
    const a = createArticle({ id, now, meta: { headline: 'Bridge opens' }, body: body([paragraph('It opened today.')]) })
    const b = createArticle({ id, now, meta: { headline: 'Bridge opens on time' }, body: body([paragraph('It opened today.'), paragraph('Crowds came.')]) })
    const diff = diffArticles(a, b)
    expect(diff.identical).toBe(false)
    expect(diff.fields.map((f) => f.field)).toEqual(['headline'])
    expect(diff.wordsAdded).toBe(4)
    expect(diff.wordsRemoved).toBe(0)
    expect(diffArticles(a, a).identical).toBe(true)
  })
})
