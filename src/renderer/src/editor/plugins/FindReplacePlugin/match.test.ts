import { describe, expect, it } from 'vitest'
import { buildMatcher, findAll, replaceAllIn } from './match'

const opts = (o: Partial<{ caseSensitive: boolean; wholeWord: boolean; regex: boolean }> = {}) => ({ caseSensitive: false, wholeWord: false, regex: false, ...o })
const re = (q: string, o = opts()): RegExp => {
  const m = buildMatcher(q, o)
  if (!m?.ok) throw new Error('no matcher')
  return m.re
}

describe('find matching', () => {
  it('plain text, case-insensitive by default, special characters literal', () => {
    expect(findAll('Mayor mayor MAYOR', re('mayor'))).toHaveLength(3)
    expect(findAll('a.b axb', re('a.b'))).toEqual([{ start: 0, end: 3 }])
    expect(findAll('Mayor mayor', re('mayor', opts({ caseSensitive: true })))).toEqual([{ start: 6, end: 11 }])
  })

  it('whole words in Latin, Cyrillic and Arabic script', () => {
    expect(findAll('mayor mayoral', re('mayor', opts({ wholeWord: true })))).toHaveLength(1)
    expect(findAll('мост мостовая мост', re('мост', opts({ wholeWord: true })))).toHaveLength(2)
    expect(findAll('کابل کابلی کابل', re('کابل', opts({ wholeWord: true })))).toHaveLength(2)
  })

  it('regular expressions with groups, and clear errors', () => {
    expect(replaceAllIn('2020-07-08', re('(\\d+)-(\\d+)-(\\d+)', opts({ regex: true })), '$3.$2.$1', opts({ regex: true })).text).toBe('08.07.2020')
    expect(buildMatcher('(', opts({ regex: true }))).toMatchObject({ ok: false })
    expect(buildMatcher('a*', opts({ regex: true }))).toMatchObject({ ok: false, error: 'This pattern matches empty text.' })
    expect(buildMatcher('', opts())).toBeNull()
  })
})
