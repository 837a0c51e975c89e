import { Index } from 'flexsearch'
import { describe, expect, it } from 'vitest'
import { decodeSearchCache, encodeSearchCache } from './searchCache'
import { terms } from './searchText'

async function exported(index: Index): Promise<[string, string][]> {
  const parts: [string, string][] = []
  await index.export((key: string, data: string) => {
    parts.push([key, data])
  })
  return parts
}

describe('the search cache file', () => {
  it('gives back exactly what FlexSearch exported, and an index that answers the same', async () => {
    const index = new Index({ tokenize: 'strict', resolution: 3, encode: terms })
    index.add(1, 'The harbour reopened after the storm')
    index.add(2, 'Мост открыли в среду; the harbour waited')
    index.add(3, 'پل روز چهارشنبه باز شد')
    index.update(1, 'The airport reopened') // leaves empty score bands behind
    const parts = await exported(index)
    const decoded = decodeSearchCache(encodeSearchCache('gen-1', parts))
    expect(decoded?.generation).toBe('gen-1')
    expect(decoded?.parts).toEqual(parts.map(([k, d]) => [k, JSON.parse(d)]))
    const again = new Index({ tokenize: 'strict', resolution: 3, encode: terms })
    for (const [key, data] of decoded?.parts ?? []) again.import(key, data as string)
    for (const q of ['harbour', 'airport', 'среду', 'چهارشنبه', 'storm']) expect(again.search(q) ?? []).toEqual(index.search(q) ?? [])
  })

  it('refuses a damaged file', async () => {
    const index = new Index({ tokenize: 'strict', encode: terms })
    index.add(1, 'words')
    const bytes = encodeSearchCache('g', await exported(index))
    expect(decodeSearchCache(bytes.subarray(0, bytes.length - 3))).toBeNull()
    expect(decodeSearchCache(Buffer.from('{}'))).toBeNull()
  })
})
