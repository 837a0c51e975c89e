import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleArb } from '../../../shared/article/arbitraries'
import { serializeArticle } from '../../../shared/article/file'
import { encodeArticle } from './encode'

describe('encodeArticle', () => {
  it('gives exactly the bytes of serializeArticle, with and without a kept image block', () => {
    const big = 'A'.repeat(400 * 1024)
    fc.assert(
      fc.property(articleArb, fc.boolean(), (article, withBigImage) => {
        const a = withBigImage ? { ...article, assets: { ...article.assets, ['f'.repeat(64)]: { mime: 'image/png' as const, data: `iVBORw0KGgo${big}` } } } : article
        const first = encodeArticle(a, null)
        expect(Buffer.concat(first.pieces).toString('utf8')).toBe(serializeArticle(a))
        expect(first.length).toBe(Buffer.byteLength(serializeArticle(a)))
        const again = encodeArticle({ ...a, meta: { ...a.meta, headline: `${a.meta.headline} again` } }, first.block)
        expect(Buffer.concat(again.pieces).toString('utf8')).toBe(serializeArticle({ ...a, meta: { ...a.meta, headline: `${a.meta.headline} again` } }))
        if (withBigImage) expect(again.block).toBe(first.block)
      }),
      { numRuns: 200 },
    )
  }, 60_000)
})
