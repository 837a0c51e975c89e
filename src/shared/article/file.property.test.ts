// parse(serialize(x)) = x for generated articles: every node type, unknown fields, RTL text, images.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleArb } from './arbitraries'
import { parseArticle, serializeArticle } from './file'

const RUNS = 1000
const seed = Number(process.env['GALLEY_SEED'] ?? Date.now() % 2 ** 31)

describe('the .galley format (property)', () => {
  it(`parse(serialize(x)) equals x for ${RUNS} generated articles (seed ${seed})`, () => {
    console.log(`fast-check seed ${seed} (rerun with GALLEY_SEED=${seed})`)
    fc.assert(
      fc.property(articleArb, (article) => {
        const text = serializeArticle(article)
        const parsed = parseArticle(text)
        expect(parsed.readOnly).toBeNull()
        expect(parsed.article).toEqual(article)
        // Stable: once read, writing and reading again gives the same bytes.
        const again = serializeArticle(parsed.article)
        expect(serializeArticle(parseArticle(again).article)).toBe(again)
      }),
      { numRuns: RUNS, seed },
    )
  }, 120_000)
})
