import { describe, expect, it } from 'vitest'
import { WordList, wordListEngine } from './WordListEngine'

const WORDS = ['apple', 'apply', 'bridge', 'budget', 'council', 'mayor', 'night', 'نگار', 'روزنامه'].sort()
const list = new WordList(`${WORDS.join('\n')}\n`)

describe('WordList', () => {
  it('finds exactly the listed words by binary search', () => {
    expect(list.size).toBe(WORDS.length)
    for (const w of WORDS) expect(list.has(w), w).toBe(true)
    for (const w of ['', 'appl', 'apples', 'Apple', 'zebra', 'a', 'نگا']) expect(list.has(w), w).toBe(false)
  })

  it('reads a list without a final newline, and an empty one', () => {
    expect(new WordList('a\nb').has('b')).toBe(true)
    expect(new WordList('').has('a')).toBe(false)
  })
})

describe('wordListEngine', () => {
  const engine = wordListEngine(list, [...new Set(WORDS.join(''))])

  it('suggests one edit away first, then two, and words run together', () => {
    expect(engine.suggest('budgte')).toEqual(['budget'])
    expect(engine.suggest('mayr')).toEqual(['mayor'])
    expect(engine.suggest('councilll')).toEqual(['council'])
    expect(engine.suggest('mayornight')).toContain('mayor night')
    expect(engine.suggest('qqqqqqqq')).toEqual([])
  })

  it('accepts personal words until removed', () => {
    expect(engine.correct('Hekmatyar')).toBe(false)
    engine.add('Hekmatyar')
    expect(engine.correct('Hekmatyar')).toBe(true)
    engine.remove('Hekmatyar')
    expect(engine.correct('Hekmatyar')).toBe(false)
  })
})
