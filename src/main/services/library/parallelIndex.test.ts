// A large index built from scratch is shared out to worker threads and merged. It must be exactly the
// index one thread builds: same catalogue, same document numbers, same FlexSearch postings in the same
// order (so the same ranking), same cache file. Worker threads that fail cost time, never articles.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { body, paragraph, subhead } from '../../../shared/article/body'
import { createArticle, serializeArticle } from '../../../shared/article/file'
import { LibraryService } from './LibraryService'
import { defaultParallelIndexing, type ParallelIndexing } from './parallelIndex'
import { decodeSearchCache } from './searchCache'

const here = path.dirname(fileURLToPath(import.meta.url))
const v0 = path.resolve(here, '../../../../tests/fixtures/articles/v0-editorial.galley')

let root: string
let dir: string
const DESKS = ['News', 'City', 'World']
const WORDS = ['harbour', 'bridge', 'council', 'budget', 'river', 'school', 'storm', 'airport', 'market', 'election', 'housing', 'festival']
const RU = ['мост', 'город', 'бюджет', 'река', 'школа']
const FA = ['پل', 'شهر', 'بودجه', 'رودخانه', 'مدرسه']

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'galley-parallel-index-'))
  dir = path.join(root, 'Galley')
  for (const desk of DESKS) await mkdir(path.join(dir, desk), { recursive: true })
  for (let i = 0; i < 60; i++) {
    const pick = (list: string[], k: number): string => list[(i * 7 + k * 3) % list.length] as string
    const lang = i % 3 === 0 ? 'ru' : i % 5 === 0 ? 'fa-AF' : 'en'
    const words = lang === 'ru' ? RU : lang === 'fa-AF' ? FA : WORDS
    const paragraphs = Array.from({ length: 1 + (i % 4) }, (_, p) => paragraph(`${pick(words, p)} ${pick(WORDS, p + 1)} ${pick(words, p + 2)} number ${i} and ${pick(WORDS, i)}`))
    const article = createArticle({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      now: new Date(Date.UTC(2020, 6, 1 + (i % 28))),
      meta: { headline: `${pick(WORDS, 9)} story ${i}`, section: DESKS[i % 3] as string, language: lang, tags: i % 4 === 0 ? ['weekly'] : [] },
      // Every tenth article has no words at all: FlexSearch does not hold it, the catalogue does.
      body: body(i % 10 === 9 ? [] : [subhead(`${pick(WORDS, 4)} ahead`), ...paragraphs]),
    })
    const final = i % 10 === 9 ? { ...article, meta: { ...article.meta, headline: '' } } : article
    await writeFile(path.join(dir, DESKS[i % 3] as string, `Story ${String(i).padStart(2, '0')}.galley`), serializeArticle(final))
  }
  // A damaged file and an old version (full parser, migration) land in a worker's share too.
  await writeFile(path.join(dir, 'World', 'Story 45 broken.galley'), '{"format": "galley.article", "vers')
  await copyFile(v0, path.join(dir, 'World', 'Story 50 old.galley'))
})

afterAll(async () => rm(root, { recursive: true, force: true }))

interface Built {
  readonly byWorkers: number
  readonly read: number
  readonly catalogue: unknown
  readonly search: unknown
  readonly answers: unknown[]
}

const QUERIES = ['harbour', 'bridge council', 'мост', 'город река', 'پل', 'weekly', 'story', 'hou', 'numb', 'number 7', 'nothing-like-this']

async function build(parallelIndexing: ParallelIndexing | false): Promise<Built> {
  await rm(path.join(dir, '.galley'), { recursive: true, force: true })
  const service = new LibraryService({ dir: async () => dir, userDataDir: path.join(root, 'user-data'), watch: false, parallelIndexing })
  await service.start()
  const started = service.started
  const answers: unknown[] = [await service.list({}), await service.list({ sort: 'headline' })]
  for (const text of QUERIES) answers.push(await service.search({ text, limit: 100 }))
  await service.dispose()
  const catalogue = JSON.parse(await readFile(path.join(dir, '.galley', 'index', 'cache.json'), 'utf8')) as { generation?: string }
  const search = decodeSearchCache(await readFile(path.join(dir, '.galley', 'index', 'search.bin')))
  return { byWorkers: started?.byWorkers ?? -1, read: started?.read ?? -1, catalogue: { ...catalogue, generation: '' }, search: search?.parts, answers }
}

describe('building the index with worker threads', () => {
  it('gives exactly the index one thread builds', async () => {
    const one = await build(false)
    const shared = await build({ ...defaultParallelIndexing(), workers: 2, from: 1 })
    expect(one.read).toBe(62)
    expect(one.byWorkers).toBe(0)
    // Three threads: this one keeps the first 21 files, two workers take 21 and 20.
    expect(shared.byWorkers).toBe(41)
    expect(shared.catalogue).toEqual(one.catalogue)
    expect(shared.search).toEqual(one.search)
    expect(shared.answers).toEqual(one.answers)
    // The answers are real ones: the broken file is listed with its problem, the old one migrated.
    const listed = one.answers[0] as { relPath: string; headline: string; problem?: { code: string } }[]
    expect(listed.find((a) => a.relPath === 'World/Story 45 broken.galley')?.problem?.code).toBeTruthy()
    expect(listed.find((a) => a.relPath === 'World/Story 50 old.galley')?.headline).toBe('A City That Keeps Its Promises')
    expect((one.answers[3] as unknown[]).length).toBeGreaterThan(0)
  }, 60_000)

  it('indexes a failed worker’s files on the main thread, with the same result', async () => {
    const one = await build(false)
    const broken = await build({ workers: 1, from: 1, module: new URL('./no-such-worker.ts', import.meta.url) })
    expect(broken.byWorkers).toBe(0)
    expect(broken.catalogue).toEqual(one.catalogue)
    expect(broken.search).toEqual(one.search)
    expect(broken.answers).toEqual(one.answers)
  }, 60_000)

  it('keeps small libraries on the main thread', async () => {
    const small = await build({ ...defaultParallelIndexing(), workers: 2, from: 1000 })
    expect(small.byWorkers).toBe(0)
  }, 60_000)
})
