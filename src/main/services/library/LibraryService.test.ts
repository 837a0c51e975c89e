import { lstat, mkdir, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { body, paragraph } from '../../../shared/article/body'
import { createArticle, parseArticle, serializeArticle } from '../../../shared/article/file'
import { HOUR } from './prune'
import { SNAPSHOT_INTERVAL_MS } from './HistoryService'
import { edit, testLibrary, type TestLibrary } from './testLibrary'
import { TEMP_PREFIX } from '../fs/atomicWrite'

let lib: TestLibrary
beforeEach(async () => {
  lib = await testLibrary()
})
afterEach(async () => lib.cleanup())

const files = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((n) => n !== '.galley').sort()

describe('a new article is a file from its first keystroke', () => {
  it('creates Untitled.galley, then takes its headline as its name', async () => {
    const a = await lib.service.create({ templateId: 'editorial' })
    expect(path.basename(a.path)).toBe('Untitled.galley')
    expect(a.article.meta.template).toBe('editorial')
    const saved = await lib.service.save(a.path, edit(a, { headline: 'A City That Keeps Its Promises' }), a.revision)
    expect(saved).toMatchObject({ status: 'saved', renamedFrom: a.path })
    expect(await files(lib.dir)).toEqual(['A City That Keeps Its Promises.galley'])
    // Renamed again when the headline changes, since the user never named it.
    const opened = await lib.service.open(saved.path)
    const again = await lib.service.save(saved.path, edit(opened, { headline: 'A City: Promises Kept?' }), opened.revision)
    expect(await files(lib.dir)).toEqual(['A City Promises Kept.galley'])
    expect(again.status === 'saved' && path.basename(again.path)).toBe('A City Promises Kept.galley')
  })

  it('keeps a name the user chose', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.rename(a.path, 'Bridge story')
    const opened = await lib.service.open(path.join(lib.dir, 'Bridge story.galley'))
    await lib.service.save(opened.path, edit(opened, { headline: 'Bridge opens' }), opened.revision)
    expect(await files(lib.dir)).toEqual(['Bridge story.galley'])
  })

  it('numbers a second Untitled and never overwrites a file with the same headline', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const b = await lib.service.create({ templateId: 'news' })
    expect(path.basename(b.path)).toBe('Untitled 2.galley')
    await lib.service.save(a.path, edit(a, { headline: 'Same' }), a.revision)
    await lib.service.save(b.path, edit(b, { headline: 'Same' }), b.revision)
    expect(await files(lib.dir)).toEqual(['Same 2.galley', 'Same.galley'])
  })

  it('fills the publication and editor in chief from the defaults and takes a desk folder', async () => {
    await lib.restart({ defaults: async () => ({ publication: 'The Kabul Ledger', editorInChief: 'Mariam Haidari', language: 'fa-AF' }) })
    const a = await lib.service.create({ templateId: 'editorial', folder: 'Opinion' })
    expect(a.summary.relPath).toBe('Opinion/Untitled.galley')
    expect(a.article.meta).toMatchObject({ publication: 'The Kabul Ledger', editorInChief: 'Mariam Haidari', language: 'fa-AF', direction: 'rtl' })
  })
})

describe('saving', () => {
  it('serializes saves to one file and the last edit wins', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.rename(a.path, 'Story')
    const p = path.join(lib.dir, 'Story.galley')
    const opened = await lib.service.open(p)
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => lib.service.save(p, edit(opened, { paragraphs: [`version ${i}`] }), opened.revision)),
    )
    expect(results.every((r) => r.status === 'saved')).toBe(true)
    const onDisk = parseArticle(await readFile(p, 'utf8')).article
    expect(JSON.stringify(onDisk.body)).toContain('version 11')
    expect((await readdir(lib.dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([])
  })

  it('keeps images the body uses and drops the ones it no longer uses', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    const { key } = await lib.service.addImage(a.path, { mime: 'image/png', data: png })
    const twice = await lib.service.addImage(a.path, { mime: 'image/jpeg', data: png })
    expect(twice.key).toBe(key)
    expect(twice.asset.mime).toBe('image/png')
    const withImage = { ...edit(a, {}), body: body([paragraph('x'), { type: 'image', version: 1, asset: key, altText: '', caption: '', credit: '', width: 'column' }]) }
    const saved = await lib.service.save(a.path, withImage, a.revision)
    expect(Object.keys(parseArticle(await readFile(a.path, 'utf8')).article.assets)).toEqual([key])
    await lib.service.save(a.path, edit(a, { paragraphs: ['no image'] }), saved.status === 'saved' ? saved.revision : '')
    expect(parseArticle(await readFile(a.path, 'utf8')).article.assets).toEqual({})
  })

  it('Save As writes a new article with the editor content and its images; the original stays as last saved', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
    const { key } = await lib.service.addImage(a.path, { mime: 'image/png', data: png })
    const content = { ...edit(a, { headline: 'Copy desk' }), body: body([paragraph('new text'), { type: 'image', version: 1, asset: key, altText: '', caption: '', credit: '', width: 'column' }]) }
    const before = await readFile(a.path)
    const copy = await lib.service.saveAs(a.path, content, { name: 'Second take', folder: 'Drafts' })
    expect(copy.summary.relPath).toBe('Drafts/Second take.galley')
    expect(copy.article.id).not.toBe(a.article.id)
    expect(Object.keys(copy.article.assets)).toEqual([key])
    expect(await readFile(a.path)).toEqual(before)
    await expect(lib.service.saveAs(a.path, content, { name: 'Second take', folder: 'Drafts' })).rejects.toMatchObject({ code: 'NAME_TAKEN' })
  })

  it('opens a file from a newer Galley read-only and refuses to save over it', async () => {
    const json = JSON.parse(serializeArticle(createArticle({ id: '0b7f7b5e-4c1b-4f7e-9a57-0c0e1b8f7d11', now: lib.clock.now }))) as Record<string, unknown>
    json['version'] = 99
    const p = path.join(lib.dir, 'Future.galley')
    await writeFile(p, JSON.stringify(json))
    const opened = await lib.service.open(p)
    expect(opened.readOnly).toMatch(/newer version of Galley/)
    const before = await readFile(p)
    await expect(lib.service.save(p, edit(opened, { headline: 'x' }), opened.revision)).rejects.toMatchObject({ code: 'READ_ONLY' })
    expect(await readFile(p)).toEqual(before)
  })
})

describe('conflicts', () => {
  it('an external same-length edit blocks the overwrite and produces the conflict copy', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.rename(a.path, 'Story')
    const p = path.join(lib.dir, 'Story.galley')
    const opened = await lib.service.open(p)
    const original = await readFile(p, 'utf8')
    const theirs = original.replace('"draft"', '"ready"') // same length: "draft" and "ready"
    expect(theirs.length).toBe(original.length)
    await writeFile(p, theirs)
    const result = await lib.service.save(p, edit(opened, { paragraphs: ['my words'] }), opened.revision)
    expect(result.status).toBe('conflict')
    if (result.status !== 'conflict') return
    expect(await readFile(p, 'utf8')).toBe(theirs)
    expect(path.basename(result.conflictPath)).toMatch(/^Story \(conflict \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\)\.galley$/)
    const copy = parseArticle(await readFile(result.conflictPath, 'utf8')).article
    expect(JSON.stringify(copy.body)).toContain('my words')
    expect(copy.id).not.toBe(opened.article.id)
    expect(result.message).toMatch(/changed on disk by someone else/)
    // Autosave keeps going to the same copy until the user decides.
    const next = await lib.service.save(p, edit(opened, { paragraphs: ['my words, more'] }), opened.revision)
    expect(next).toMatchObject({ status: 'conflict', conflictPath: result.conflictPath })
    expect((await files(lib.dir)).length).toBe(2)
  })

  it('keeping mine puts my version in the file and theirs in the history; the copy goes', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const p = a.path
    await writeFile(p, serializeArticle({ ...a.article, meta: { ...a.article.meta, headline: 'Their headline' } }))
    const result = await lib.service.save(p, edit(a, { headline: 'My headline' }), a.revision)
    if (result.status !== 'conflict') throw new Error('expected a conflict')
    const kept = await lib.service.resolveConflict(p, result.conflictPath, 'mine')
    expect(kept.article.meta.headline).toBe('My headline')
    expect(kept.article.id).toBe(a.article.id)
    await expect(stat(result.conflictPath)).rejects.toMatchObject({ code: 'ENOENT' })
    const versions = await lib.service.historyList(kept.path)
    expect(versions[0]).toMatchObject({ reason: 'before-conflict', headline: 'Their headline' })
    // Saving goes on normally afterwards.
    expect((await lib.service.save(kept.path, edit(kept, { paragraphs: ['after'] }), kept.revision)).status).toBe('saved')
  })

  it('keeping theirs reloads the file and keeps mine in the history', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await writeFile(a.path, serializeArticle({ ...a.article, meta: { ...a.article.meta, headline: 'Theirs' } }))
    const result = await lib.service.save(a.path, edit(a, { headline: 'Mine' }), a.revision)
    if (result.status !== 'conflict') throw new Error('expected a conflict')
    const kept = await lib.service.resolveConflict(a.path, result.conflictPath, 'theirs')
    expect(kept.article.meta.headline).toBe('Theirs')
    expect((await lib.service.historyList(a.path))[0]).toMatchObject({ reason: 'before-conflict', headline: 'Mine' })
    await expect(stat(result.conflictPath)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('peeking shows what is on disk (theirs) and leaves the conflict standing', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await writeFile(a.path, serializeArticle({ ...a.article, meta: { ...a.article.meta, headline: 'Theirs' } }))
    const result = await lib.service.save(a.path, edit(a, { headline: 'Mine' }), a.revision)
    if (result.status !== 'conflict') throw new Error('expected a conflict')
    const peeked = await lib.service.peek(a.path)
    expect(peeked.article.meta.headline).toBe('Theirs')
    expect(peeked.revision).toBe(result.diskRevision)
    // Still in conflict: the next save goes to the same copy, never over their file.
    expect(await lib.service.save(a.path, edit(a, { headline: 'Mine again' }), a.revision)).toMatchObject({ status: 'conflict', conflictPath: result.conflictPath })
    expect(parseArticle(await readFile(a.path, 'utf8')).article.meta.headline).toBe('Theirs')
    await expect(lib.service.peek(path.join(lib.dir, '..', 'outside.galley'))).rejects.toMatchObject({ code: expect.any(String) })
  })

  it('a save based on a revision the store never had is a conflict, not an overwrite', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const result = await lib.service.save(a.path, edit(a, { headline: 'x' }), 'f'.repeat(64))
    expect(result.status).toBe('conflict')
  })
})

describe('changes on disk by other programs', () => {
  it('its own saves never announce a change; an external change with no local edits asks for a reload', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const saved = await lib.service.save(a.path, edit(a, { paragraphs: ['one'] }), a.revision)
    const p = saved.path
    await lib.service.store.diskChanged(p)
    expect(lib.events.filter((e) => e.name === 'onArticleChanged')).toEqual([])

    const opened = await lib.service.open(p)
    await writeFile(p, serializeArticle({ ...opened.article, meta: { ...opened.article.meta, kicker: 'NEW' } }))
    await lib.service.store.diskChanged(p)
    await lib.service.store.diskChanged(p) // announced once
    const changes = lib.events.filter((e) => e.name === 'onArticleChanged')
    expect(changes).toEqual([{ name: 'onArticleChanged', payload: expect.objectContaining({ path: p, kind: 'changed', reload: true }) }])
  })

  it('an external change while there are unsaved edits does not ask for a reload', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.journalWrite(a.path, edit(a, { paragraphs: ['typing…'] }), a.revision)
    await writeFile(a.path, serializeArticle({ ...a.article, meta: { ...a.article.meta, kicker: 'NEW' } }))
    await lib.service.store.diskChanged(a.path)
    expect(lib.events.find((e) => e.name === 'onArticleChanged')?.payload).toMatchObject({ reload: false })
    await rm(a.path)
    await lib.service.store.diskChanged(a.path)
    expect(lib.events.filter((e) => e.name === 'onArticleChanged').at(-1)?.payload).toMatchObject({ kind: 'deleted' })
  })

  it('after keeping my version of a conflict, nothing journalled before counts as unsaved: the next external change reloads', async () => {
    // Found by the model test (seed 626071799): the journal was cleared, but the store still
    // remembered the journalled edit as unsaved, so the window was never asked to reload.
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.journalWrite(a.path, edit(a, { paragraphs: ['typed'] }), a.revision)
    await writeFile(a.path, serializeArticle({ ...a.article, body: body([paragraph('theirs')]) }))
    await lib.service.store.diskChanged(a.path)
    const result = await lib.service.save(a.path, edit(a, { headline: 'Bridge opens', paragraphs: ['typed'] }), a.revision)
    if (result.status !== 'conflict') throw new Error('expected a conflict')
    const kept = await lib.service.resolveConflict(a.path, result.conflictPath, 'mine')
    await writeFile(kept.path, serializeArticle({ ...kept.article, body: body([paragraph('theirs again')]) }))
    await lib.service.store.diskChanged(kept.path)
    expect(lib.events.filter((e) => e.name === 'onArticleChanged').at(-1)?.payload).toMatchObject({ kind: 'changed', reload: true })
  })

  it('an open article whose file another program deleted is written again by the next save', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.rename(a.path, 'Story')
    const p = path.join(lib.dir, 'Story.galley')
    const opened = await lib.service.open(p)
    await rm(p)
    const saved = await lib.service.save(p, edit(opened, { paragraphs: ['words that must not vanish'] }), opened.revision)
    expect(saved).toMatchObject({ status: 'saved', path: p })
    expect(JSON.stringify(parseArticle(await readFile(p, 'utf8')).article.body)).toContain('words that must not vanish')
    // A path nobody opened is still refused when its file is missing.
    await expect(lib.service.save(path.join(lib.dir, 'Never.galley'), edit(opened, {}), opened.revision)).rejects.toMatchObject({ code: expect.any(String) })
    expect(await files(lib.dir)).toEqual(['Story.galley'])
  })

  it('the watcher indexes files added, changed and deleted by other programs', async () => {
    const watched = await testLibrary({ watch: true, watchDelayMs: 20 })
    try {
      const ready = (): Promise<void> => new Promise((r) => setTimeout(r, 400))
      await ready()
      const article = createArticle({ id: '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10', now: watched.clock.now, meta: { headline: 'Wire copy' }, body: body([paragraph('The harbour reopened.')]) })
      await mkdir(path.join(watched.dir, 'Wire'))
      await writeFile(path.join(watched.dir, 'Wire', 'wire.galley'), serializeArticle(article))
      await expect.poll(async () => (await watched.service.search({ text: 'harbour' })).map((h) => h.summary.relPath), { timeout: 5000 }).toEqual(['Wire/wire.galley'])
      await writeFile(path.join(watched.dir, 'Wire', 'wire.galley'), serializeArticle({ ...article, body: body([paragraph('The airport reopened.')]) }))
      await expect.poll(async () => (await watched.service.search({ text: 'airport' })).length, { timeout: 5000 }).toBe(1)
      expect(await watched.service.search({ text: 'harbour' })).toEqual([])
      await rm(path.join(watched.dir, 'Wire', 'wire.galley'))
      await expect.poll(async () => (await watched.service.list({})).length, { timeout: 5000 }).toBe(0)
      expect(watched.events.some((e) => e.name === 'onLibraryChanged')).toBe(true)
      expect((await watched.service.info()).folders).toEqual(['Wire'])
    } finally {
      await watched.cleanup()
    }
  }, 30_000)
})

describe('library operations', () => {
  it('renames, moves, duplicates, trashes and restores', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const saved = await lib.service.save(a.path, edit(a, { headline: 'Bridge' }), a.revision)
    const p = saved.path
    await expect(lib.service.rename(p, '../escape')).rejects.toMatchObject({ code: 'BAD_NAME' })
    const renamed = await lib.service.rename(p, 'Bridge final')
    expect(renamed.relPath).toBe('Bridge final.galley')
    await lib.service.createFolder('City Desk')
    const moved = await lib.service.move(renamed.path, 'City Desk')
    expect(moved.relPath).toBe('City Desk/Bridge final.galley')
    const copy = await lib.service.duplicate(moved.path)
    expect(copy.relPath).toBe('City Desk/Bridge final copy.galley')
    expect(copy.id).not.toBe(moved.id)
    await expect(lib.service.rename(copy.path, 'Bridge final')).rejects.toMatchObject({ code: 'NAME_TAKEN' })

    const trashed = await lib.service.trash(moved.path)
    expect(trashed).toMatchObject({ relPath: 'City Desk/Bridge final.galley', name: 'Bridge final.galley' })
    expect((await lib.service.list({})).map((s) => s.relPath)).toEqual(['City Desk/Bridge final copy.galley'])
    expect(await lib.service.trashed()).toHaveLength(1)
    const restored = await lib.service.restoreTrashed(trashed?.id ?? '')
    expect(restored.relPath).toBe('City Desk/Bridge final.galley')
    expect(await lib.service.trashed()).toEqual([])
  })

  it('lists with filters and sorts, and searches with highlighted snippets', async () => {
    const make = async (headline: string, text: string, meta: Record<string, unknown>, folder = ''): Promise<void> => {
      const a = await lib.service.create({ templateId: 'news', folder })
      await lib.service.save(a.path, { ...edit(a, { headline, paragraphs: [text] }), meta: { ...a.article.meta, headline, ...meta } }, a.revision)
      lib.clock.advance(60_000)
    }
    await make('Bridge opens on time', 'The river bridge opened on Wednesday, as promised.', { status: 'ready', section: 'City', date: '2020-07-08' })
    await make('Мост открыт', 'Мост через реку открыли в среду.', { status: 'draft', section: 'World', date: '2020-07-01', language: 'ru' }, 'World')
    await make('پل باز شد', 'پل روز چهارشنبه باز شد.', { status: 'draft', section: 'World', date: '2020-06-01', language: 'fa-AF' }, 'World')

    expect((await lib.service.list({ status: ['ready'] })).map((s) => s.headline)).toEqual(['Bridge opens on time'])
    expect((await lib.service.list({ section: 'world', sort: 'date' })).map((s) => s.headline)).toEqual(['Мост открыт', 'پل باز شد'])
    expect((await lib.service.list({ dateFrom: '2020-07-01', dateTo: '2020-07-05' })).map((s) => s.headline)).toEqual(['Мост открыт'])
    expect((await lib.service.list({ folder: 'World', sort: 'headline' })).length).toBe(2)
    expect((await lib.service.list({ folder: '' })).map((s) => s.headline)).toEqual(['Bridge opens on time'])

    const hits = await lib.service.search({ text: 'wednes' })
    expect(hits.map((h) => h.summary.headline)).toEqual(['Bridge opens on time'])
    const snip = hits[0]?.snippets.find((s) => s.field === 'body')
    expect(snip && snip.marks.map(([s, e]) => snip.text.slice(s, e))).toEqual(['Wednesday'])
    expect((await lib.service.search({ text: 'среду' })).map((h) => h.summary.headline)).toEqual(['Мост открыт'])
    expect((await lib.service.search({ text: 'چهارشنبه' })).map((h) => h.summary.headline)).toEqual(['پل باز شد'])
    expect((await lib.service.search({ text: 'bridge', status: ['draft'] })).length).toBe(0)
    const headlineHit = (await lib.service.search({ text: 'bridge ' }))[0]
    expect(headlineHit?.snippets[0]).toMatchObject({ field: 'headline', marks: [[0, 6]] })
  })

  it('warm start uses the index cache and reads only changed files', async () => {
    for (let i = 0; i < 5; i++) {
      const a = await lib.service.create({ templateId: 'news' })
      await lib.service.save(a.path, edit(a, { headline: `Story ${i}`, paragraphs: [`unique${i} words`] }), a.revision)
    }
    await lib.service.dispose()
    const cache = path.join(lib.dir, '.galley', 'index', 'cache.json')
    expect((await stat(cache)).size).toBeGreaterThan(0)
    // Changed behind Galley's back while it was closed:
    const changed = path.join(lib.dir, 'Story 3.galley')
    const article = parseArticle(await readFile(changed, 'utf8')).article
    await writeFile(changed, serializeArticle({ ...article, body: body([paragraph('rewritten harbour')]) }))
    await utimes(changed, new Date(), new Date(Date.now() + 5000))
    const service = await lib.restart()
    expect(service.started).toEqual({ fromCache: true, read: 1, byWorkers: 0 })
    expect((await service.search({ text: 'unique1' })).length).toBe(1)
    expect((await service.search({ text: 'harbour' })).map((h) => h.summary.headline)).toEqual(['Story 3'])
    expect(await service.search({ text: 'unique3' })).toEqual([])
  })

  it('a catalogue whose search part was lost (a crash between the two cache writes) still searches', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.save(a.path, edit(a, { headline: 'Harbour', paragraphs: ['The ferries sail again.'] }), a.revision)
    await lib.service.dispose()
    await rm(path.join(lib.dir, '.galley', 'index', 'search.bin'))
    const service = await lib.restart()
    expect(service.started).toEqual({ fromCache: true, read: 0, byWorkers: 0 })
    expect((await service.search({ text: 'ferries' })).map((h) => h.summary.headline)).toEqual(['Harbour'])
  })

  it('records recent articles, including files opened from outside the library (not copied)', async () => {
    const outside = path.join(path.dirname(lib.dir), 'elsewhere')
    await mkdir(outside)
    const file = path.join(outside, 'From USB.galley')
    await writeFile(file, serializeArticle(createArticle({ id: '7a1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10', now: lib.clock.now, meta: { headline: 'From a USB stick' } })))
    await expect(lib.service.open(file)).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' })
    const picked = await testPick(lib, file)
    expect(picked?.summary).toMatchObject({ inLibrary: false, relPath: 'From USB.galley' })
    expect(await files(lib.dir)).toEqual([])
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.open(a.path)
    expect((await lib.service.recentArticles()).map((s) => s.headline)).toEqual(['', 'From a USB stick'])
    // After a restart the outside file may still be opened: the user chose it.
    const service = await lib.restart()
    expect((await service.open(file)).article.meta.headline).toBe('From a USB stick')
  })

  it('admits a file the OS hands over (double-click, drop): it may open, and leads Open Recent', async () => {
    const outside = path.join(path.dirname(lib.dir), 'downloads')
    await mkdir(outside)
    const file = path.join(outside, 'Wire.galley')
    await writeFile(file, serializeArticle(createArticle({ id: '8b1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10', now: lib.clock.now, meta: { headline: 'From the wire' } })))
    await expect(lib.service.open(file)).rejects.toMatchObject({ code: 'OUTSIDE_LIBRARY' })
    expect(await lib.service.admit(file)).toBe(file)
    expect((await lib.service.open(file)).article.meta.headline).toBe('From the wire')
    expect(await lib.service.recentEntries()).toEqual([{ path: file, title: 'From the wire' }])
    await expect(lib.service.admit(path.join(outside, 'notes.txt'))).rejects.toMatchObject({ code: 'NOT_GALLEY_FILE' })
    await expect(lib.service.admit(path.join(outside, 'Missing.galley'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await lib.service.clearRecent()
    expect(await lib.service.recentEntries()).toEqual([])
  })
})

async function testPick(l: TestLibrary, file: string): ReturnType<TestLibrary['service']['openFromDisk']> {
  const { QueuedFilePicker } = await import('./FilePicker')
  const picker = new QueuedFilePicker()
  picker.answer(file)
  const service = await l.restart({ picker })
  return service.openFromDisk()
}

describe('history', () => {
  it('takes at most one automatic snapshot per 5 minutes while editing, of the version being replaced', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    let current = a
    let revision = a.revision
    const saveText = async (text: string): Promise<void> => {
      const r = await lib.service.save(current.path, edit(current, { paragraphs: [text] }), revision)
      if (r.status !== 'saved') throw new Error('not saved')
      revision = r.revision
      current = await lib.service.open(r.path)
    }
    await saveText('first') // replaces the empty article: snapshot of it
    lib.clock.advance(60_000)
    await saveText('second') // a minute later: none
    lib.clock.advance(SNAPSHOT_INTERVAL_MS)
    await saveText('third') // 6 minutes after the first snapshot: snapshot of "second"
    const list = await lib.service.historyList(current.path)
    expect(list.map((s) => s.reason)).toEqual(['auto', 'auto'])
    const newest = await lib.service.historyGet(current.path, list[0]?.id ?? '')
    expect(JSON.stringify(newest.article.body)).toContain('second')
  })

  it('saves labelled versions and restores one, snapshotting the current text first', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const saved = await lib.service.save(a.path, edit(a, { paragraphs: ['the old text'] }), a.revision)
    if (saved.status !== 'saved') throw new Error('not saved')
    const version = await lib.service.saveVersion(saved.path, 'Sent to desk')
    expect(version).toMatchObject({ reason: 'manual', label: 'Sent to desk' })
    const opened = await lib.service.open(saved.path)
    await lib.service.save(saved.path, edit(opened, { paragraphs: ['the new text'] }), opened.revision)
    const restored = await lib.service.restoreVersion(saved.path, version.id)
    expect(JSON.stringify(restored.article.body)).toContain('the old text')
    expect(JSON.stringify(parseArticle(await readFile(saved.path, 'utf8')).article.body)).toContain('the old text')
    const list = await lib.service.historyList(saved.path)
    expect(list[0]).toMatchObject({ reason: 'before-restore' })
    const relabelled = await lib.service.labelVersion(saved.path, version.id, null)
    expect(relabelled.label).toBeNull()
    await expect(lib.service.historyGet(saved.path, 'nope')).rejects.toMatchObject({ code: 'NO_SUCH_VERSION' })
  })

  it('prunes old snapshots by the rules and keeps labelled ones', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const start = lib.clock.now.getTime()
    // One snapshot every 20 minutes for 10 days, the first one labelled.
    for (let i = 0; i < 3 * 24 * 10; i++) {
      lib.clock.now = new Date(start + i * 20 * 60_000)
      await lib.service.history.snapshot({ ...a.article, meta: { ...a.article.meta, kicker: String(i) } }, 'auto', i === 0 ? 'first' : null)
    }
    const list = await lib.service.historyList(a.path)
    const now = lib.clock.now.getTime()
    const recent = list.filter((s) => now - s.at <= 24 * HOUR)
    expect(recent).toHaveLength(3 * 24 + 1)
    const olderWeek = list.filter((s) => now - s.at > 24 * HOUR && now - s.at <= 7 * 24 * HOUR && s.label === null)
    expect(new Set(olderWeek.map((s) => Math.floor(s.at / HOUR))).size).toBe(olderWeek.length)
    expect(list.some((s) => s.label === 'first')).toBe(true)
    const files = await readdir(path.join(lib.dir, '.galley', 'history', a.article.id))
    expect(files.filter((f) => f.endsWith('.info.json'))).toHaveLength(list.length)
  }, 60_000)
})

describe('crash recovery', () => {
  it('offers journalled edits after a crash; accepting writes them, the journal is cleared', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.journalWrite(a.path, edit(a, { headline: 'Unsaved headline', paragraphs: ['typed but never saved'] }), a.revision)
    const service = await lib.restart() // the old one halted as in a crash: nothing flushed
    const pending = await service.pending()
    expect(pending).toEqual([expect.objectContaining({ path: a.path, headline: 'Unsaved headline', words: 5 })])
    const recovered = await service.accept(pending[0]?.id ?? '')
    expect(recovered.path).toBe(a.path)
    expect(JSON.stringify(parseArticle(await readFile(a.path, 'utf8')).article.body)).toContain('typed but never saved')
    expect(await service.pending()).toEqual([])
    expect(await readdir(path.join(lib.dir, '.galley', 'recovery', 'pending'))).toEqual([])
    const again = await lib.restart()
    expect(await again.pending()).toEqual([])
  })

  it('a save clears the journal; discarding clears a pending one', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const content = edit(a, { paragraphs: ['typed'] })
    await lib.service.journalWrite(a.path, content, a.revision)
    const saved = await lib.service.save(a.path, content, a.revision)
    expect(saved.status).toBe('saved')
    expect(await (await lib.restart()).pending()).toEqual([])

    const opened = await lib.service.open(a.path)
    await lib.service.journalWrite(a.path, edit(opened, { paragraphs: ['typed again'] }), opened.revision)
    const service = await lib.restart()
    const [item] = await service.pending()
    await service.discard(item?.id ?? '')
    expect(await service.pending()).toEqual([])
    expect(JSON.stringify(parseArticle(await readFile(a.path, 'utf8')).article.body)).not.toContain('typed again')
  })

  it('recovers beside the file when it changed after the crash, and into a new file when it is gone', async () => {
    const a = await lib.service.create({ templateId: 'news' })
    const b = await lib.service.create({ templateId: 'news' })
    await lib.service.journalWrite(a.path, edit(a, { paragraphs: ['mine A'] }), a.revision)
    await lib.service.journalWrite(b.path, edit(b, { paragraphs: ['mine B'] }), b.revision)
    lib.clock.advance(1000)
    await lib.service.halt()
    await writeFile(a.path, serializeArticle({ ...a.article, meta: { ...a.article.meta, kicker: 'changed elsewhere' } }))
    await rm(b.path)
    const service = await lib.restart()
    const pending = await service.pending()
    expect(pending).toHaveLength(2)
    for (const item of pending) await service.accept(item.id)
    const names = await files(lib.dir)
    expect(names.some((n) => /^Untitled \(recovered .*\)\.galley$/.test(n))).toBe(true)
    expect(names).toContain('Untitled 2.galley')
    expect(parseArticle(await readFile(a.path, 'utf8')).article.meta.kicker).toBe('changed elsewhere')
  })
})

describe('start-up', () => {
  it('sweeps temp files a crash left in the library, its desks and its own folders', async () => {
    await mkdir(path.join(lib.dir, 'Desk'), { recursive: true })
    const orphans = [path.join(lib.dir, `${TEMP_PREFIX}a.galley.1`), path.join(lib.dir, 'Desk', `${TEMP_PREFIX}b.galley.2`), path.join(lib.dir, '.galley', 'index', `${TEMP_PREFIX}cache.json.3`)]
    await mkdir(path.join(lib.dir, '.galley', 'index'), { recursive: true })
    for (const o of orphans) await writeFile(o, 'half')
    await lib.restart()
    for (const o of orphans) await expect(lstat(o)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('lists unreadable files with the reason instead of failing', async () => {
    await writeFile(path.join(lib.dir, 'Broken.galley'), '{"format": "galley.article", "vers')
    await symlink('/etc/hostname', path.join(lib.dir, 'Escape.galley')).catch(() => undefined)
    const service = await lib.restart()
    const list = await service.list({})
    expect(list.map((s) => [s.relPath, s.problem?.code])).toEqual([['Broken.galley', 'NOT_JSON']])
  })
})
