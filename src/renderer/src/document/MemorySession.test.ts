import { describe, expect, it } from 'vitest'
import { createArticle } from '../../../shared/article/file'
import type { DocumentChange } from './DocumentSession'
import { MemorySession } from './MemorySession'

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])

function session(readOnly: string | null = null) {
  const article = createArticle({ id: '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10', now: new Date('2020-07-08T10:00:00Z'), layout: { columns: 3 } })
  const s = new MemorySession(article, readOnly)
  const changes: DocumentChange[] = []
  s.subscribe((c) => changes.push(c))
  return { s, changes }
}

describe('MemorySession: print layout and images', () => {
  it('changes the layout through updateLayout, notifies once per real change, and saves it with the article', () => {
    const { s, changes } = session()
    s.updateLayout({ columns: 5, justify: false })
    expect(s.getLayout()).toMatchObject({ columns: 5, justify: false, pageSize: 'A4' })
    expect(s.current().layout).toBe(s.getLayout())
    expect(s.snapshot().layout.columns).toBe(5)
    s.updateLayout({ columns: 5 })
    expect(changes).toEqual(['layout'])
    expect(s.getMeta().modified).not.toBe('2020-07-08T10:00:00.000Z')
  })

  it('leaves a read-only article’s layout alone', () => {
    const { s, changes } = session('From a newer Galley.')
    s.updateLayout({ columns: 1 })
    expect(s.getLayout().columns).toBe(3)
    expect(changes).toEqual([])
  })

  it('gives the images added since the article opened to whoever prints it', async () => {
    const { s } = session()
    expect(s.currentAssets()).toEqual({})
    const { key } = await s.addImage({ mime: 'image/png', bytes: PNG, name: 'dot.png' })
    expect(s.currentAssets()[key]).toMatchObject({ mime: 'image/png', name: 'dot.png' })
    expect(s.article.assets[key]).toBeUndefined()
  })
})
