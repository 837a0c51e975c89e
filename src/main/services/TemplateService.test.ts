import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { body, paragraph, subhead } from '../../shared/article/body'
import { parseArticle, serializeArticle } from '../../shared/article/file'
import type { ArticleContent } from '../../shared/ipc/library'
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../shared/templates/builtins'
import { createFromTemplate } from '../../shared/templates/create'
import { ScriptedFileDialogs } from './FileDialogs'
import { nodeFs, type FsLike } from './fs/FsLike'
import { TEMPLATES_DIR, TemplateService } from './TemplateService'

let root: string
let library: string
let elsewhere: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'galley-templates-'))
  library = path.join(root, 'library')
  elsewhere = path.join(root, 'shared-drive')
  await mkdir(library)
  await mkdir(elsewhere)
})
afterEach(async () => rm(root, { recursive: true, force: true }))

const ID = '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f'
const now = new Date(2020, 6, 8, 9, 0)
const defaults = { publicationName: 'Kabul Evening Post', editorInChief: 'Farida Ahmadi', dateFormat: 'long' as const, defaultLanguage: 'en' as const }

function sequentialIds(): () => string {
  let n = 0
  return () => `t${++n}`
}

function service(options: { fs?: FsLike; libraryDir?: string; dialogs?: ScriptedFileDialogs } = {}): TemplateService {
  return new TemplateService({
    libraryDir: options.libraryDir ?? library,
    randomId: sequentialIds(),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
  })
}

/** A finished column, as the editor would send it on “Save as template”. */
function columnContent(): ArticleContent {
  const article = createFromTemplate(builtInTemplate('op-ed')!, { id: ID, now, defaults })
  return {
    meta: { ...article.meta, kicker: 'Kabul Diary', headline: 'Night buses', byline: 'Mina Rahimi', authorBio: 'Mina Rahimi writes every Thursday.' },
    layout: { ...article.layout, columns: 4 },
    body: body([paragraph('Copy.'), subhead('A part'), paragraph('More copy.')]),
  }
}

const templatesDir = (): string => path.join(library, TEMPLATES_DIR)
const rejection = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => { throw new Error('expected a rejection') }, (e: unknown) => e)

describe('TemplateService', () => {
  it('lists the built-ins, in order, when the library has no templates folder', async () => {
    const list = await service().list()
    expect(list.templates.map((e) => e.template.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id))
    expect(list.templates.every((e) => e.builtIn && e.path === null)).toBe(true)
    expect(list.problems).toEqual([])
  })

  it('saves an article as a template in .galley/templates, and lists and gets it', async () => {
    const templates = service()
    const saved = await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary', description: 'Mina’s weekly column' })
    expect(saved).toMatchObject({ builtIn: false, path: path.join(templatesDir(), 'custom-t1.galley-template') })
    expect(saved.template).toMatchObject({ id: 'custom-t1', name: 'Kabul Diary', description: 'Mina’s weekly column', group: 'custom' })
    expect(JSON.parse(await readFile(saved.path!, 'utf8'))).toMatchObject({ format: 'galley.template', version: 1, template: { id: 'custom-t1' } })

    const fresh = service()
    expect((await fresh.get('custom-t1')).template).toEqual(saved.template)
    const list = await fresh.list()
    expect(list.templates.at(-1)?.template.name).toBe('Kabul Diary')
    expect(list.templates).toHaveLength(BUILT_IN_TEMPLATES.length + 1)
  })

  it('makes valid articles from a custom template', async () => {
    const templates = service()
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    const article = await templates.createArticle('custom-t1', { id: ID, now, defaults })
    expect(parseArticle(serializeArticle(article)).article).toEqual(article)
    expect(article.meta).toMatchObject({ template: 'custom-t1', kicker: 'Kabul Diary', byline: 'Mina Rahimi', headline: '' })
    expect(article.layout.columns).toBe(4)
    expect(JSON.stringify(article.body)).not.toContain('More copy.')
  })

  it('refuses a name already taken, by a built-in or a custom template, in any case', async () => {
    const templates = service()
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    expect(await rejection(templates.saveFromArticle(columnContent(), { name: 'kabul diary ' }))).toMatchObject({ code: 'TEMPLATE_NAME_TAKEN', message: 'There is already a template called “Kabul Diary”. Choose another name.' })
    expect(await rejection(templates.saveFromArticle(columnContent(), { name: 'Editorial' }))).toMatchObject({ code: 'TEMPLATE_NAME_TAKEN' })
    expect(await readdir(templatesDir())).toEqual(['custom-t1.galley-template'])
  })

  it('renames, keeping the id and file', async () => {
    const templates = service()
    const saved = await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    await templates.saveFromArticle(columnContent(), { name: 'Herat Notes' })
    const renamed = await templates.rename('custom-t1', 'Kabul Nights')
    expect(renamed).toMatchObject({ path: saved.path, template: { id: 'custom-t1', name: 'Kabul Nights' } })
    expect((await service().get('custom-t1')).template.name).toBe('Kabul Nights')
    expect(await rejection(templates.rename('custom-t1', 'Herat Notes'))).toMatchObject({ code: 'TEMPLATE_NAME_TAKEN' })
    // Renaming to its own name (in another case) is fine.
    expect((await templates.rename('custom-t1', 'KABUL NIGHTS')).template.name).toBe('KABUL NIGHTS')
  })

  it('edits fields, layout, target and language; an invalid edit changes nothing', async () => {
    const templates = service()
    const saved = await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    const before = await readFile(saved.path!, 'utf8')
    const fields = saved.template.fields.map((f) => (f.id === 'headline' ? { ...f, limit: { unit: 'characters' as const, max: 50 } } : f))
    const updated = await templates.update('custom-t1', { fields, layout: { columns: 2, pageSize: 'Tabloid' }, target: { unit: 'lines', lines: 140 }, language: 'ru' })
    expect(updated.template.fields.find((f) => f.id === 'headline')?.limit).toEqual({ unit: 'characters', max: 50 })
    expect(updated.template).toMatchObject({ layout: { columns: 2, pageSize: 'Tabloid' }, target: { unit: 'lines', lines: 140 }, language: 'ru' })
    expect((await templates.update('custom-t1', { language: null })).template.language).toBeUndefined()

    const after = await readFile(saved.path!, 'utf8')
    const invalid = await rejection(templates.update('custom-t1', { fields: [fields.find((f) => f.id === 'kicker')!] }))
    expect(invalid).toMatchObject({ code: 'TEMPLATE_INVALID', detail: 'fields', message: 'This template is not valid: the field “fields” must include the headline. Nothing was saved.' })
    expect(await readFile(saved.path!, 'utf8')).toBe(after)
    expect(after).not.toBe(before)
  })

  it('refuses to change or delete a built-in', async () => {
    const templates = service()
    expect(await rejection(templates.rename('editorial', 'Leader'))).toMatchObject({ code: 'TEMPLATE_BUILT_IN' })
    expect(await rejection(templates.delete('news'))).toMatchObject({ code: 'TEMPLATE_BUILT_IN', message: 'Built-in templates cannot be deleted.' })
  })

  it('deletes a custom template; afterwards it is not found', async () => {
    const templates = service()
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    await templates.delete('custom-t1')
    expect(await readdir(templatesDir())).toEqual([])
    expect(await rejection(templates.get('custom-t1'))).toMatchObject({ code: 'TEMPLATE_NOT_FOUND' })
    expect(await rejection(templates.delete('custom-t1'))).toMatchObject({ code: 'TEMPLATE_NOT_FOUND' })
  })

  it('exports and imports a template between libraries unchanged', async () => {
    const ours = service()
    const saved = await ours.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    const file = await ours.exportToFile('custom-t1', path.join(elsewhere, 'Kabul Diary'))
    expect(file).toBe(path.join(elsewhere, 'Kabul Diary.galley-template'))

    const otherLibrary = path.join(root, 'other-library')
    const theirs = service({ libraryDir: otherLibrary })
    const imported = await theirs.importFile(file)
    expect(imported.template).toEqual(saved.template)
    expect(imported.path).toBe(path.join(otherLibrary, TEMPLATES_DIR, 'custom-t1.galley-template'))
    expect((await theirs.list()).templates.map((e) => e.template.name)).toContain('Kabul Diary')
  })

  it('imports a second copy under a new id and a numbered name', async () => {
    const templates = service()
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    const file = await templates.exportToFile('custom-t1', path.join(elsewhere, 'diary.galley-template'))
    const copy = await templates.importFile(file)
    expect(copy.template).toMatchObject({ id: 'custom-t2', name: 'Kabul Diary (2)' })
    expect((await templates.importFile(file)).template.name).toBe('Kabul Diary (3)')
  })

  it('exports a built-in; importing it makes a custom copy', async () => {
    const templates = service()
    const file = await templates.exportToFile('editorial', path.join(elsewhere, 'editorial.galley-template'))
    const copy = await templates.importFile(file)
    expect(copy.template).toMatchObject({ id: 'custom-t1', name: 'Editorial (2)', group: 'custom', skeleton: builtInTemplate('editorial')!.skeleton })
  })

  it('refuses a template file from a newer Galley, and writes nothing', async () => {
    const file = path.join(elsewhere, 'future.galley-template')
    await writeFile(file, JSON.stringify({ format: 'galley.template', version: 2, template: { id: 'custom-future', hologram: true } }))
    expect(await rejection(service().importFile(file))).toMatchObject({
      code: 'TEMPLATE_TOO_NEW',
      message: 'This template was made by a newer version of Galley (template version 2; this Galley reads up to 1). Update Galley to use it.',
    })
    await expect(stat(templatesDir())).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it.each([
    ['invalid JSON', '{"format": "galley.template", "version": 1, "template": {', 'TEMPLATE_INVALID'],
    ['invalid content', JSON.stringify({ format: 'galley.template', version: 1, template: { id: 'custom-x', name: '' } }), 'TEMPLATE_INVALID'],
    ['an article', serializeArticle(createFromTemplate(builtInTemplate('news')!, { id: ID, now, defaults })), 'NOT_A_TEMPLATE'],
  ])('refuses to import %s with a clear error', async (_name, text, code) => {
    const file = path.join(elsewhere, 'bad.galley-template')
    await writeFile(file, text)
    const error = await rejection(service().importFile(file))
    expect(error).toMatchObject({ code })
    expect((error as Error).message).not.toMatch(/at |Error:|undefined/)
    await expect(stat(templatesDir())).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('says plainly when the file to import cannot be read', async () => {
    expect(await rejection(service().importFile(path.join(elsewhere, 'missing.galley-template')))).toMatchObject({
      code: 'TEMPLATE_READ_FAILED',
      message: 'Galley could not read “missing.galley-template”: the file or folder does not exist. Nothing was changed.',
    })
    expect(await rejection(service().importFile(elsewhere))).toMatchObject({ code: 'TEMPLATE_READ_FAILED', message: expect.stringContaining('it is a folder, not a file') })
    const huge = path.join(elsewhere, 'huge.galley-template')
    await writeFile(huge, Buffer.alloc(6 * 1024 * 1024, 32))
    expect(await rejection(service().importFile(huge))).toMatchObject({ code: 'TEMPLATE_INVALID', message: expect.stringContaining('too large') })
  })

  it('exports where the user chooses in the save dialog, named after the template; cancelling writes nothing', async () => {
    const dialogs = new ScriptedFileDialogs()
    const templates = service({ dialogs })
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary: Thursdays' })
    dialogs.answerSave(path.join(elsewhere, 'diary'))
    expect(await templates.exportTo('custom-t1')).toEqual({ status: 'saved', path: path.join(elsewhere, 'diary.galley-template') })
    expect(dialogs.saveRequests[0]).toMatchObject({ title: 'Export template', defaultPath: path.join(library, 'Kabul Diary Thursdays.galley-template'), filters: [{ extensions: ['galley-template'] }] })
    expect(await templates.exportTo('custom-t1')).toEqual({ status: 'cancelled' })
    expect(await readdir(elsewhere)).toEqual(['diary.galley-template'])
  })

  it('imports every file chosen in the open dialog, reporting each bad one without stopping', async () => {
    const dialogs = new ScriptedFileDialogs()
    const templates = service({ dialogs })
    const good = await templates.exportToFile('news', path.join(elsewhere, 'news'))
    const future = path.join(elsewhere, 'future.galley-template')
    await writeFile(future, JSON.stringify({ format: 'galley.template', version: 9, template: {} }))
    dialogs.answerOpen([future, good])
    const outcome = await templates.importFrom()
    expect(outcome.cancelled).toBe(false)
    expect(outcome.imported.map((e) => e.template.name)).toEqual(['News story (2)'])
    expect(outcome.failed).toEqual([{ source: future, error: expect.objectContaining({ code: 'TEMPLATE_TOO_NEW' }) }])
    expect(await templates.importFrom()).toEqual({ cancelled: true, imported: [], failed: [] })
  })

  it('says so when there are no dialogs to ask with', async () => {
    expect(await rejection(service().exportTo('news'))).toMatchObject({ code: 'DIALOGS_UNAVAILABLE' })
    expect(await rejection(service().importFrom())).toMatchObject({ code: 'DIALOGS_UNAVAILABLE' })
  })

  it('refuses to export to a relative path or a folder that does not exist', async () => {
    expect(await rejection(service().exportToFile('news', 'news.galley-template'))).toMatchObject({ code: 'BAD_REQUEST' })
    expect(await rejection(service().exportToFile('news', path.join(root, 'nowhere', 'news')))).toMatchObject({ code: 'TEMPLATE_EXPORT_FAILED', message: expect.stringContaining('does not exist') })
    expect(await rejection(service().exportToFile('custom-nope', path.join(elsewhere, 'x')))).toMatchObject({ code: 'TEMPLATE_NOT_FOUND' })
  })

  it('lists the readable templates and reports damaged files in the folder', async () => {
    const templates = service()
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    await writeFile(path.join(templatesDir(), 'broken.galley-template'), '{"format": "galley.template", "version": 1, "template": {"id": 3}}')
    await writeFile(path.join(templatesDir(), 'copy.galley-template'), await readFile(path.join(templatesDir(), 'custom-t1.galley-template')))
    await writeFile(path.join(templatesDir(), 'notes.txt'), 'not a template')
    const list = await templates.list()
    expect(list.templates.filter((e) => !e.builtIn).map((e) => [e.template.name, path.basename(e.path!)])).toEqual([['Kabul Diary', 'custom-t1.galley-template']])
    expect(list.problems.map((p) => [path.basename(p.path), p.error.code])).toEqual([
      ['broken.galley-template', 'TEMPLATE_INVALID'],
      ['copy.galley-template', 'TEMPLATE_DUPLICATE'],
    ])
  })

  it('follows the library folder when it changes', async () => {
    let current = library
    const templates = new TemplateService({ libraryDir: async () => current, randomId: sequentialIds() })
    await templates.saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    current = path.join(root, 'moved')
    expect((await templates.list()).templates.some((e) => !e.builtIn)).toBe(false)
  })

  it('a failed write leaves the template file as it was', async () => {
    const saved = await service().saveFromArticle(columnContent(), { name: 'Kabul Diary' })
    const before = await readFile(saved.path!, 'utf8')
    const failing: FsLike = { ...nodeFs, rename: async () => { throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }) } }
    const error = await rejection(service({ fs: failing }).rename('custom-t1', 'Kabul Nights'))
    expect(error).toMatchObject({ code: 'TEMPLATE_WRITE_FAILED', message: 'Galley could not save the template: the disk is full. Nothing was changed.' })
    expect(await readFile(saved.path!, 'utf8')).toBe(before)
    expect(await readdir(templatesDir())).toEqual(['custom-t1.galley-template'])
  })

  it('saves templates one at a time, so two saves with the same name cannot both win', async () => {
    const templates = service()
    const results = await Promise.allSettled([templates.saveFromArticle(columnContent(), { name: 'Same' }), templates.saveFromArticle(columnContent(), { name: 'Same' })])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(await readdir(templatesDir())).toHaveLength(1)
  })
})
