// Corrupt and hostile inputs: each gives its typed error, nothing crashes, no file changes.
import { mkdir, open, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createArticle, serializeArticle } from '../../../shared/article/file'
import { edit, testLibrary, type TestLibrary } from './testLibrary'

let lib: TestLibrary
beforeEach(async () => {
  lib = await testLibrary()
})
afterEach(async () => lib.cleanup())

/** Every file under the library with its bytes, to prove nothing changed. */
async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.name === '.galley') continue
      if (e.isDirectory()) await walk(p)
      else if (e.isFile()) {
        const size = (await stat(p)).size
        out[path.relative(dir, p)] = size > 1024 * 1024 ? `size:${size}` : (await readFile(p)).toString('base64')
      }
    }
  }
  await walk(dir)
  return out
}

const valid = (): string => serializeArticle(createArticle({ id: '0b7f7b5e-4c1b-4f7e-9a57-0c0e1b8f7d11', now: new Date('2020-07-08T08:00:00Z'), meta: { headline: 'Valid' } }))

describe('hostile and corrupt inputs', () => {
  it.each([
    ['truncated JSON', () => valid().slice(0, 300), 'NOT_JSON'],
    ['wrong types', () => valid().replace('"headline": "Valid"', '"headline": 42'), 'FILE_INVALID'],
    ['another JSON file', () => '{"name":"x"}', 'NOT_GALLEY'],
    ['binary garbage', () => '\u0000\u0001\u0002PK\u0003\u0004', 'NOT_JSON'],
  ])('%s gives its typed error and changes nothing', async (_name, content, code) => {
    const file = path.join(lib.dir, 'Bad.galley')
    await writeFile(file, content())
    const before = await snapshotTree(lib.dir)
    await expect(lib.service.open(file)).rejects.toMatchObject({ code })
    expect(await snapshotTree(lib.dir)).toEqual(before)
  })

  it('a 300 MB file is refused by its size without being read', async () => {
    const file = path.join(lib.dir, 'Huge.galley')
    const handle = await open(file, 'w')
    await handle.truncate(300 * 1024 * 1024) // sparse: no 300 MB on disk or in memory
    await handle.close()
    const rss = process.memoryUsage().rss
    await expect(lib.service.open(file)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringMatching(/300 MB; Galley opens articles up to 200 MB/) })
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024)
    const service = await lib.restart()
    expect((await service.list({})).find((s) => s.relPath === 'Huge.galley')?.problem?.code).toBe('FILE_TOO_LARGE')
    expect((await stat(file)).size).toBe(300 * 1024 * 1024)
  })

  it('refuses ../ paths, relative paths and NUL bytes', async () => {
    const outside = path.join(path.dirname(lib.dir), 'secret.galley')
    await writeFile(outside, valid())
    const before = await snapshotTree(path.dirname(lib.dir))
    await expect(lib.service.open(path.join(lib.dir, '..', 'secret.galley'))).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' })
    await expect(lib.service.open('../secret.galley')).rejects.toMatchObject({ code: 'BAD_PATH' })
    await expect(lib.service.open(`${lib.dir}/a\0.galley`)).rejects.toMatchObject({ code: 'BAD_PATH' })
    const a = await lib.service.create({ templateId: 'news' })
    await expect(lib.service.move(a.path, '../..')).rejects.toMatchObject({ code: 'BAD_PATH' })
    await expect(lib.service.move(a.path, '.galley')).rejects.toMatchObject({ code: 'BAD_PATH' })
    await expect(lib.service.rename(a.path, '../../evil')).rejects.toMatchObject({ code: 'BAD_NAME' })
    await expect(lib.service.create({ templateId: 'news', folder: '../outside' })).rejects.toMatchObject({ code: 'BAD_PATH' })
    await expect(lib.service.saveAs(a.path, edit(a, {}), { name: 'x', folder: '/etc' })).rejects.toMatchObject({ code: 'BAD_PATH' })
    await expect(lib.service.historyList(path.join(lib.dir, '.galley', 'index', 'cache.json'))).rejects.toMatchObject({ code: 'NOT_GALLEY_FILE' })
    // The recent list is written after an open returns: read the tree once that write settled.
    await lib.service.recentEntries()
    const after = await snapshotTree(path.dirname(lib.dir))
    delete after[path.join('Galley', 'Untitled.galley')]
    delete after[path.join('user-data', 'recent.json')]
    expect(after).toEqual(before)
  })

  it('refuses a symlink escaping the library, as a file and as a desk folder', async () => {
    const outsideDir = path.join(path.dirname(lib.dir), 'outside')
    await mkdir(outsideDir)
    await writeFile(path.join(outsideDir, 'target.galley'), valid())
    await symlink(path.join(outsideDir, 'target.galley'), path.join(lib.dir, 'link.galley'))
    await symlink(outsideDir, path.join(lib.dir, 'Desk'))
    const before = await readFile(path.join(outsideDir, 'target.galley'))
    await expect(lib.service.open(path.join(lib.dir, 'link.galley'))).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY', message: expect.stringMatching(/link that leads outside/) })
    await expect(lib.service.open(path.join(lib.dir, 'Desk', 'target.galley'))).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' })
    await expect(lib.service.create({ templateId: 'news', folder: 'Desk' })).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' })
    const a = await lib.service.create({ templateId: 'news' })
    await expect(lib.service.move(a.path, 'Desk')).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' })
    expect(await readFile(path.join(outsideDir, 'target.galley'))).toEqual(before)
    expect(await readdir(outsideDir)).toEqual(['target.galley'])
    const service = await lib.restart()
    expect((await service.list({})).map((s) => s.relPath)).toEqual(['Untitled.galley'])
  })

  it('a folder named x.galley is not an article', async () => {
    await mkdir(path.join(lib.dir, 'x.galley'))
    await expect(lib.service.open(path.join(lib.dir, 'x.galley'))).rejects.toMatchObject({ code: 'NOT_A_FILE' })
    await expect(lib.service.trash(path.join(lib.dir, 'x.galley'))).rejects.toMatchObject({ code: 'NOT_A_FILE' })
    const service = await lib.restart()
    expect(await service.list({})).toEqual([])
    expect((await service.info()).folders).toEqual(['x.galley'])
  })

  it('refuses a non-.galley file and a file that is not there', async () => {
    await writeFile(path.join(lib.dir, 'notes.txt'), 'hello')
    await expect(lib.service.open(path.join(lib.dir, 'notes.txt'))).rejects.toMatchObject({ code: 'NOT_GALLEY_FILE' })
    await expect(lib.service.open(path.join(lib.dir, 'missing.galley'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await readFile(path.join(lib.dir, 'notes.txt'), 'utf8')).toBe('hello')
  })

  it('refuses images that are too large, damaged or not images', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const big = Buffer.alloc(51 * 1024 * 1024, 1)
    big.set([0x89, 0x50, 0x4e, 0x47], 0)
    await expect(lib.service.addImage(a.path, { mime: 'image/png', data: big.toString('base64') })).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' })
    await expect(lib.service.addImage(a.path, { mime: 'image/png', data: Buffer.from('<html><script>alert(1)</script>').toString('base64') })).rejects.toMatchObject({ code: 'IMAGE_UNSUPPORTED' })
    await expect(lib.service.addImage(a.path, { mime: 'image/png', data: '!!!not base64' })).rejects.toMatchObject({ code: 'IMAGE_UNSUPPORTED' })
  }, 30_000)
})
