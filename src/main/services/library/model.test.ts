// Model-based test of the article store and library (fast-check commands): create, edit (journal),
// save, autosave, headline change (rename from headline), rename, move, delete, external change,
// crash, restart — each checked against an in-memory model of what must be on disk.
import fc from 'fast-check'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { body, paragraph } from '../../../shared/article/body'
import { parseArticle, serializeArticle } from '../../../shared/article/file'
import { plainText } from '../../../shared/article/text'
import type { ArticleContent, OpenedArticle } from '../../../shared/ipc/library'
import { TEMP_PREFIX } from '../fs/atomicWrite'
import { isAutoName, nameFromHeadline, UNTITLED } from './naming'
import { testLibrary, type TestLibrary } from './testLibrary'

interface ModelArticle {
  /** Desk folder ('' or 'Desk'). */
  folder: string
  name: string
  headline: string
  /** Body text on disk. */
  disk: string
  /** Unsaved text the renderer journalled, or null. */
  pending: string | null
  /** Someone else changed the file while there were unsaved edits: the next save is a conflict. */
  stale: boolean
}
interface Model {
  articles: Map<string, ModelArticle>
}
interface Real {
  lib: TestLibrary
  /** What the renderer holds for each article: its path, revision and last opened article. */
  open: Map<string, OpenedArticle>
}

const relOf = (a: ModelArticle): string => (a.folder ? `${a.folder}/${a.name}.galley` : `${a.name}.galley`)
const taken = (m: Model, folder: string, name: string, except?: string): boolean =>
  [...m.articles.entries()].some(([id, a]) => id !== except && a.folder === folder && a.name === name)
const unique = (m: Model, folder: string, name: string, except?: string): string => {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} ${n}`
    if (!taken(m, folder, candidate, except)) return candidate
  }
}

function content(opened: OpenedArticle, text: string, headline: string): ArticleContent {
  return { meta: { ...opened.article.meta, headline }, layout: opened.article.layout, body: body(text ? [paragraph(text)] : []) }
}

const pick = (m: Model, i: number): [string, ModelArticle] | undefined => {
  const ids = [...m.articles.keys()].sort()
  const id = ids[i % Math.max(1, ids.length)]
  const a = id !== undefined ? m.articles.get(id) : undefined
  return id !== undefined && a ? [id, a] : undefined
}

const words = fc.constantFrom('bridge', 'мост', 'پل', 'council', 'harbour', 'vote', 'اخبار', 'новости')
const textArb = fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))
const headlineArb = fc.constantFrom('Bridge opens', 'Council votes', 'Мост открыт', 'پل باز شد', 'Bridge opens')

/** A command on one of the model's articles, picked by index. */
abstract class OnArticle implements fc.AsyncCommand<Model, Real> {
  constructor(readonly i: number) {}
  check = (m: Readonly<Model>): boolean => m.articles.size > 0
  protected target(m: Model, r: Real): { id: string; a: ModelArticle; opened: OpenedArticle } {
    const [id, a] = pick(m, this.i) as [string, ModelArticle]
    return { id, a, opened: r.open.get(id) as OpenedArticle }
  }
  abstract run(m: Model, r: Real): Promise<void>
  abstract toString(): string
}

class Create implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>): boolean => m.articles.size < 6
  async run(m: Model, r: Real): Promise<void> {
    const opened = await r.lib.service.create({ templateId: 'news' })
    const name = unique(m, '', UNTITLED)
    expect(opened.summary.relPath).toBe(`${name}.galley`)
    m.articles.set(opened.article.id, { folder: '', name, headline: '', disk: '', pending: null, stale: false })
    r.open.set(opened.article.id, opened)
  }
  toString = (): string => 'create'
}

class Edit extends OnArticle {
  constructor(
    i: number,
    readonly text: string,
  ) {
    super(i)
  }
  async run(m: Model, r: Real): Promise<void> {
    const { a, opened } = this.target(m, r)
    await r.lib.service.journalWrite(opened.path, content(opened, this.text, a.headline), opened.revision)
    a.pending = this.text === a.disk && !a.stale ? null : this.text
  }
  toString = (): string => `edit(${this.i}, ${this.text})`
}

/** Save (explicit or the autosave after a pause: the same call) of the text the renderer holds. */
class Save extends OnArticle {
  constructor(
    i: number,
    readonly headline: string | null,
    readonly keepMine: boolean,
  ) {
    super(i)
  }
  async run(m: Model, r: Real): Promise<void> {
    const { id, a, opened } = this.target(m, r)
    const text = a.pending ?? a.disk
    const headline = this.headline ?? a.headline
    const result = await r.lib.service.save(opened.path, content(opened, text, headline), opened.revision)
    if (a.stale) {
      expect(result.status).toBe('conflict')
      if (result.status !== 'conflict') return
      const resolved = await r.lib.service.resolveConflict(opened.path, result.conflictPath, this.keepMine ? 'mine' : 'theirs')
      r.open.set(id, resolved)
      if (this.keepMine) {
        a.disk = text
        a.headline = headline
      }
      a.pending = null
      a.stale = false
      return
    }
    expect(result.status).toBe('saved')
    if (result.status !== 'saved') return
    if (isAutoName(a.name, a.headline)) {
      const wanted = nameFromHeadline(headline)
      if (wanted !== null && a.name !== wanted && a.name.replace(/ \d+$/, '') !== wanted) a.name = unique(m, a.folder, wanted, id)
    }
    a.disk = text
    a.headline = headline
    a.pending = null
    expect(path.basename(result.path)).toBe(`${a.name}.galley`)
    r.open.set(id, await r.lib.service.open(result.path))
  }
  toString = (): string => `save(${this.i}, ${this.headline ?? 'same headline'}${this.keepMine ? '' : ', keep theirs on conflict'})`
}

/** The renderer's autosave: typing is journalled, then saved about a second after the pause. */
class Autosave extends OnArticle {
  constructor(
    i: number,
    readonly text: string,
  ) {
    super(i)
  }
  async run(m: Model, r: Real): Promise<void> {
    await new Edit(this.i, this.text).run(m, r)
    await new Save(this.i, null, true).run(m, r)
    const { id } = this.target(m, r)
    expect((await r.lib.service.journal.journals()).some((j) => j.id === id)).toBe(false)
  }
  toString = (): string => `autosave(${this.i}, ${this.text})`
}

/** Renames or moves like the user does: refused with NAME_TAKEN when the target name is in use there. */
async function relocate(m: Model, r: Real, i: number, target: { folder?: string; name?: string }, op: (path: string) => Promise<{ path: string; relPath: string }>): Promise<void> {
  const [id, a] = pick(m, i) as [string, ModelArticle]
  const opened = r.open.get(id) as OpenedArticle
  const folder = target.folder ?? a.folder
  const name = target.name ?? a.name
  if ((folder !== a.folder || name !== a.name) && taken(m, folder, name, id)) {
    await expect(op(opened.path)).rejects.toMatchObject({ code: 'NAME_TAKEN' })
    return
  }
  const summary = await op(opened.path)
  a.folder = folder
  a.name = name
  expect(summary.relPath).toBe(relOf(a))
  r.open.set(id, { ...opened, path: summary.path })
}

class Rename extends OnArticle {
  constructor(
    i: number,
    readonly name: string,
  ) {
    super(i)
  }
  async run(m: Model, r: Real): Promise<void> {
    await relocate(m, r, this.i, { name: this.name }, (p) => r.lib.service.rename(p, this.name))
  }
  toString = (): string => `rename(${this.i}, ${this.name})`
}

class Move extends OnArticle {
  constructor(
    i: number,
    readonly folder: string,
  ) {
    super(i)
  }
  async run(m: Model, r: Real): Promise<void> {
    if (this.folder !== '') await r.lib.service.createFolder(this.folder)
    await relocate(m, r, this.i, { folder: this.folder }, (p) => r.lib.service.move(p, this.folder))
  }
  toString = (): string => `move(${this.i}, '${this.folder}')`
}

class Delete extends OnArticle {
  async run(m: Model, r: Real): Promise<void> {
    const { id, opened } = this.target(m, r)
    await r.lib.service.trash(opened.path)
    m.articles.delete(id)
    r.open.delete(id)
  }
  toString = (): string => `delete(${this.i})`
}

/** Another program rewrites the file; the watcher's report is delivered by hand. */
class ExternalChange extends OnArticle {
  constructor(
    i: number,
    readonly text: string,
  ) {
    super(i)
  }
  async run(m: Model, r: Real): Promise<void> {
    const { id, a, opened } = this.target(m, r)
    const onDisk = parseArticle(await readFile(opened.path, 'utf8')).article
    const changed = { ...onDisk, body: body([paragraph(`${this.text} (external)`)]) }
    if (serializeArticle(changed) === serializeArticle(onDisk)) return
    await writeFile(opened.path, serializeArticle(changed))
    const before = r.lib.events.length
    await r.lib.service.store.diskChanged(opened.path)
    const event = r.lib.events.slice(before).find((e) => e.name === 'onArticleChanged')?.payload as { reload: boolean } | undefined
    a.disk = `${this.text} (external)`
    if (a.pending === null && !a.stale) {
      // No unsaved edits: the renderer reloads silently.
      expect(event?.reload).toBe(true)
      r.open.set(id, await r.lib.service.open(opened.path))
    } else {
      expect(event === undefined || event.reload === false).toBe(true)
      a.stale = true
    }
  }
  toString = (): string => `external(${this.i}, ${this.text})`
}

/** The process dies (crash) or quits (restart: queued saves finish); unsaved edits come back as recoveries. */
class Restart implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly crash: boolean,
    readonly accept: boolean,
  ) {}
  check = (): boolean => true
  async run(m: Model, r: Real): Promise<void> {
    if (!this.crash) await r.lib.service.dispose()
    const service = await r.lib.restart()
    const pending = await service.pending()
    const expected = [...m.articles.entries()].filter(([, a]) => a.pending !== null)
    expect(pending.map((p) => p.path).sort()).toEqual(expected.map(([, a]) => path.join(r.lib.dir, relOf(a))).sort())
    for (const item of pending) {
      const [id, a] = expected.find(([, x]) => path.join(r.lib.dir, relOf(x)) === item.path) as [string, ModelArticle]
      if (this.accept && !a.stale) {
        await service.accept(item.id)
        a.disk = a.pending as string
      } else await service.discard(item.id)
      a.pending = null
      void id
    }
    expect(await service.pending()).toEqual([])
    r.open.clear()
    for (const [id, a] of m.articles) {
      a.stale = false
      r.open.set(id, await service.open(path.join(r.lib.dir, relOf(a))))
    }
  }
  toString = (): string => `${this.crash ? 'crash' : 'quit'}+restart(${this.accept ? 'accept' : 'discard'} recoveries)`
}

async function checkInvariants(m: Model, r: Real): Promise<void> {
  const listed = (await r.lib.service.list({})).map((s) => s.relPath).sort()
  const expected = [...m.articles.values()].map(relOf).sort()
  expect(listed).toEqual(expected)
  for (const a of m.articles.values()) {
    const article = parseArticle(await readFile(path.join(r.lib.dir, relOf(a)), 'utf8')).article
    expect(plainText(article.body)).toBe(a.disk)
  }
  for (const folder of ['', 'Desk']) {
    const names = await readdir(path.join(r.lib.dir, folder)).catch(() => [] as string[])
    expect(names.filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([])
    expect(names.filter((n) => n.endsWith('.galley') && !n.startsWith('.')).sort()).toEqual(expected.filter((e) => (folder ? e.startsWith(`${folder}/`) : !e.includes('/'))).map((e) => path.basename(e)).sort())
  }
}

const RUNS = Number(process.env['GALLEY_MODEL_RUNS'] ?? 200)
const seed = Number(process.env['GALLEY_SEED'] ?? Date.now() % 2 ** 31)

describe('the article store against a model', () => {
  it(`behaves like the model for ${RUNS} command sequences (seed ${seed})`, async () => {
    console.log(`fast-check seed ${seed} (rerun with GALLEY_SEED=${seed})`)
    const index = fc.nat(20)
    const commands = [
      fc.constant(new Create()),
      fc.tuple(index, textArb).map(([i, t]) => new Edit(i, t)),
      fc.tuple(index, fc.option(headlineArb, { nil: null }), fc.boolean()).map(([i, h, k]) => new Save(i, h, k)),
      fc.tuple(index, textArb).map(([i, t]) => new Autosave(i, t)),
      fc.tuple(index, fc.constantFrom('Final', 'Bridge opens', 'Draft 2', 'Копия')).map(([i, n]) => new Rename(i, n)),
      fc.tuple(index, fc.constantFrom('', 'Desk')).map(([i, f]) => new Move(i, f)),
      index.map((i) => new Delete(i)),
      fc.tuple(index, textArb).map(([i, t]) => new ExternalChange(i, t)),
      fc.tuple(fc.boolean(), fc.boolean()).map(([c, a]) => new Restart(c, a)),
    ]
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const lib = await testLibrary({ now: () => new Date() })
        try {
          const model: Model = { articles: new Map() }
          const real: Real = { lib, open: new Map() }
          await fc.asyncModelRun(
            () => ({ model, real }),
            [...cmds].map((cmd) => ({
              check: (mm: Readonly<Model>) => cmd.check(mm),
              run: async (mm: Model, rr: Real) => {
                await cmd.run(mm, rr)
                await checkInvariants(mm, rr)
              },
              toString: () => cmd.toString(),
            })),
          )
        } finally {
          await lib.cleanup()
        }
      }),
      { numRuns: RUNS, seed },
    )
  }, 240_000)
})
