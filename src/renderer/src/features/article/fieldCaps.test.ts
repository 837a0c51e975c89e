import { describe, expect, it } from 'vitest'
import { MetaSchema } from '../../../../shared/article/meta'
import { fieldCap } from './fieldCaps'

describe('field caps', () => {
  it('are what the file format accepts, so an input never holds what a save would refuse', () => {
    expect(fieldCap('headline')).toBe(500)
    expect(fieldCap('kicker')).toBe(200)
    expect(fieldCap('workReviewed')).toBe(5000)
    for (const id of ['headline', 'deck', 'byline', 'dateline'] as const) {
      const cap = fieldCap(id)!
      expect(MetaSchema.shape[id].safeParse('x'.repeat(cap)).success).toBe(true)
      expect(MetaSchema.shape[id].safeParse('x'.repeat(cap + 1)).success).toBe(false)
    }
  })
})
