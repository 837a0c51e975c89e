import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecentStore } from './RecentStore'

describe('RecentStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'galley-recent-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('lists an article added without waiting for its write (opening does not wait for the recent list), and writes it', async () => {
    const store = new RecentStore(dir)
    void store.add('/a/One.galley', 1)
    void store.add('/a/Two.galley', 2)
    expect((await store.list()).map((e) => e.path)).toEqual(['/a/Two.galley', '/a/One.galley'])
    expect(JSON.parse(await readFile(path.join(dir, 'recent.json'), 'utf8'))).toEqual([
      { path: '/a/Two.galley', opened: 2 },
      { path: '/a/One.galley', opened: 1 },
    ])
    expect((await new RecentStore(dir).list()).map((e) => e.path)).toEqual(['/a/Two.galley', '/a/One.galley'])
  })
})
