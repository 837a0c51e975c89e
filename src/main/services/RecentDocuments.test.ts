import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT, RecentDocuments } from './RecentDocuments'

let dir: string
beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'galley-recent-'))))
afterEach(async () => rm(dir, { recursive: true, force: true }))

describe('RecentDocuments', () => {
  it('keeps the latest first, once each, with titles, across restarts', async () => {
    const recent = new RecentDocuments(dir)
    await recent.add('/desk/a.galley', 'Budget vote')
    await recent.add('/desk/b.galley')
    await recent.add('/desk/a.galley')
    expect(await recent.list()).toEqual([
      { path: '/desk/a.galley', title: 'Budget vote' },
      { path: '/desk/b.galley', title: 'b' },
    ])
    expect(await new RecentDocuments(dir).list()).toEqual(await recent.list())
  })

  it('keeps at most ten, compares paths as the platform does, and clears', async () => {
    const recent = new RecentDocuments(dir, (a, b) => a.toLowerCase() === b.toLowerCase())
    for (let i = 0; i < 15; i++) await recent.add(`/desk/${i}.galley`, `Story ${i}`)
    expect((await recent.list()).length).toBe(MAX_RECENT)
    await recent.add('/DESK/14.GALLEY', 'Renamed')
    expect((await recent.list())[0]).toEqual({ path: '/DESK/14.GALLEY', title: 'Renamed' })
    expect((await recent.list()).length).toBe(MAX_RECENT)
    await recent.remove('/desk/13.galley')
    expect((await recent.list()).length).toBe(MAX_RECENT - 1)
    await recent.clear()
    expect(await recent.list()).toEqual([])
    expect(JSON.parse(await readFile(recent.file, 'utf8'))).toEqual([])
  })

  it('starts empty from a damaged file, dropping odd entries', async () => {
    await writeFile(path.join(dir, 'recent.json'), '[{"path":"relative.galley","title":"x"},{"path":"/ok.galley","title":"Ok"},7')
    expect(await new RecentDocuments(dir).list()).toEqual([])
    await writeFile(path.join(dir, 'recent.json'), '[{"path":"relative.galley","title":"x"},{"path":"/ok.galley","title":"Ok"},7]')
    expect(await new RecentDocuments(dir).list()).toEqual([{ path: '/ok.galley', title: 'Ok' }])
  })
})
