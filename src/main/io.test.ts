import { mkdir, mkdtemp, readFile, readdir, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createContainer } from './container'
import { parseArticle, serializeArticle } from '../shared/article/file'
import { channels } from '../shared/ipc/channels'
import { ScriptedFileDialogs } from './services/FileDialogs'
import { sampleArticle } from './services/io/testing/sampleArticle'
import { FakePrinter } from './services/print/testing/FakePrinter'
import { editorial } from '../shared/templates/builtins/editorial'

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/import')
const own = { url: 'app://galley/index.html', isMainFrame: true }

async function setup(options: { printer?: FakePrinter } = {}) {
  const root = await mkdtemp(path.join(tmpdir(), 'galley-io-'))
  const library = path.join(root, 'Library')
  const dialogs = new ScriptedFileDialogs()
  const print = options.printer ? { print: { printer: options.printer } } : {}
  const container = createContainer({ appName: 'Galley', version: '0.0.0', platform: 'linux', userDataDir: path.join(root, 'data'), defaultLibraryDir: library, isTrustedSender: () => true, dialogs, ...print })
  await container.start()
  const call = (channel: string, ...args: unknown[]) => container.dispatch(own, channel, args)
  return { root, library, dialogs, call }
}

describe('host API: io', () => {
  it('lists the formats this build imports and exports', async () => {
    const { call } = await setup()
    const r = await call(channels.io.formats)
    expect(r).toMatchObject({ ok: true, value: { import: expect.arrayContaining([expect.objectContaining({ id: 'docx', extensions: ['docx'] })]), export: expect.arrayContaining([expect.objectContaining({ id: 'md' })]) } })
  })

  it('imports the files chosen in the open dialog into the library, never replacing an article', async () => {
    const { call, dialogs, library } = await setup()
    dialogs.answerOpen([path.join(FIXTURES, 'editorial-crlf.txt'), path.join(FIXTURES, 'editorial-utf8-bom.txt'), path.join(FIXTURES, 'hostile.html')])
    const r = await call(channels.io.importFiles, {})
    expect(r.ok).toBe(true)
    const value = (r as { value: { imported: { path: string; headline: string }[]; failed: unknown[] } }).value
    expect(value.failed).toEqual([])
    expect(value.imported.map((i) => path.basename(i.path))).toEqual(['A City That Keeps Its Promises.galley', 'A City That Keeps Its Promises 2.galley', 'Council approves budget.galley'])
    expect((await readdir(library)).sort()).toEqual(['A City That Keeps Its Promises 2.galley', 'A City That Keeps Its Promises.galley', 'Council approves budget.galley'])
    const { article } = parseArticle(await readFile(value.imported[0]!.path, 'utf8'))
    expect(article.meta.editorInChief).toBe('Jane Doe')
    expect(dialogs.asked[0]).toMatchObject({ kind: 'open', title: 'Import into Galley' })
  })

  it('imports dropped files into a desk folder, reports each failure, and refuses folders outside the library', async () => {
    const { call, library, root } = await setup()
    await mkdir(path.join(library, 'Opinion'))
    await writeFile(path.join(root, 'empty.md'), '')
    await writeFile(path.join(root, 'notes.odt'), 'x')
    const r = await call(channels.io.importFiles, { paths: [path.join(FIXTURES, 'feature.md'), path.join(root, 'empty.md'), path.join(root, 'notes.odt')], folder: 'Opinion' })
    const value = (r as { value: { imported: { path: string }[]; failed: { source: string; error: { code: string } }[] } }).value
    expect(value.imported.map((i) => path.relative(library, i.path))).toEqual([path.join('Opinion', 'Life on the River A Ferryman\'s Year.galley')])
    expect(value.failed.map((f) => [path.basename(f.source), f.error.code])).toEqual([
      ['empty.md', 'EMPTY_FILE'],
      ['notes.odt', 'UNSUPPORTED_FORMAT'],
    ])
    expect(await call(channels.io.importFiles, { paths: [path.join(FIXTURES, 'feature.md')], folder: '../outside' })).toMatchObject({ ok: false, error: { code: 'BAD_FOLDER' } })
    expect(await call(channels.io.importFiles, { paths: ['relative.md'] })).toMatchObject({ ok: true, value: { failed: [{ error: { code: 'BAD_REQUEST' } }] } })
  })

  it('a cancelled open dialog imports nothing', async () => {
    const { call } = await setup()
    expect(await call(channels.io.importFiles, {})).toEqual({ ok: true, value: { cancelled: true, imported: [], failed: [] } })
  })

  it('exports a saved article where the save dialog says, and remembers the folder next time', async () => {
    const { call, dialogs, library, root } = await setup()
    const file = path.join(library, 'Leader.galley')
    await writeFile(file, serializeArticle(sampleArticle()))
    const outDir = path.join(root, 'exports')
    await mkdir(outDir)
    dialogs.answerSave(path.join(outDir, 'leader.docx')).answerSave(null)
    const saved = await call(channels.io.exportArticle, file, 'docx', {})
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path: path.join(outDir, 'leader.docx'), warnings: [] } })
    expect((await readFile(path.join(outDir, 'leader.docx')).then((b) => b.subarray(0, 2).toString()))).toBe('PK')
    expect(dialogs.asked[0]).toMatchObject({ kind: 'save', defaultPath: path.join(library, 'Leader.docx') })
    const cancelled = await call(channels.io.exportArticle, file, 'md', { layout: { columns: 2 } })
    expect(cancelled).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(dialogs.asked[1]).toMatchObject({ kind: 'save', defaultPath: path.join(outDir, 'Leader.md') })
  })

  it('exports PDF through the print engine where the app has a printer, with the layout asked for', async () => {
    const printer = new FakePrinter()
    const { call, dialogs, library, root } = await setup({ printer })
    expect(await call(channels.io.formats)).toMatchObject({ ok: true, value: { export: expect.arrayContaining([{ id: 'pdf', label: 'Print-ready PDF', extensions: ['pdf'] }]) } })
    const file = path.join(library, 'Leader.galley')
    await writeFile(file, serializeArticle(sampleArticle()))
    dialogs.answerSave(path.join(root, 'leader.pdf'))
    const saved = await call(channels.io.exportArticle, file, 'pdf', { layout: { pageSize: 'A3', columns: 4 } })
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path: path.join(root, 'leader.pdf'), warnings: [] } })
    expect((await readFile(path.join(root, 'leader.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(printer.jobs[0]!.html).toContain('@page{size:297mm 420mm;')
    expect(printer.jobs[0]!.html).toContain('column-count:4')
  })

  it('joins imported articles to their template: its layout and target, the publication from the preferences', async () => {
    const { call, library } = await setup()
    const r = await call(channels.io.importFiles, { paths: [path.join(FIXTURES, 'editorial-crlf.txt')] })
    const value = (r as { value: { imported: { path: string }[] } }).value
    const { article } = parseArticle(await readFile(value.imported[0]!.path, 'utf8'))
    expect(article.meta).toMatchObject({ template: 'editorial', section: 'Opinion', target: editorial.target })
    expect(article.layout).toMatchObject(editorial.layout)
    expect(path.dirname(value.imported[0]!.path)).toBe(library)
    const unknown = await call(channels.io.importFiles, { paths: [path.join(FIXTURES, 'editorial-crlf.txt')], template: 'custom-gone' })
    expect(unknown).toMatchObject({ ok: true, value: { imported: [], failed: [{ error: { code: 'TEMPLATE_NOT_FOUND' } }] } })
  })

  it('refuses what it must: unknown formats, non-articles, damaged files, writing over the article', async () => {
    const { call, dialogs, library } = await setup()
    const file = path.join(library, 'Leader.galley')
    await writeFile(file, serializeArticle(sampleArticle()))
    expect(await call(channels.io.exportArticle, file, 'rtf', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await call(channels.io.exportArticle, file, 'pdf', {})).toMatchObject({ ok: false, error: { code: 'FORMAT_UNAVAILABLE' } })
    expect(await call(channels.io.exportArticle, '/etc/passwd', 'md', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    await copyFile(path.join(FIXTURES, 'feature.md'), path.join(library, 'Broken.galley'))
    expect(await call(channels.io.exportArticle, path.join(library, 'Broken.galley'), 'md', {})).toMatchObject({ ok: false, error: { code: 'NOT_JSON' } })
    dialogs.answerSave(file)
    expect(await call(channels.io.exportArticle, file, 'md', {})).toMatchObject({ ok: false, error: { code: 'SAME_FILE' } })
    expect(parseArticle(await readFile(file, 'utf8')).article.meta.headline).toBe(sampleArticle().meta.headline)
  })
  it('exports the article as the window holds it, named after its headline, without a saved file', async () => {
    const { call, dialogs, library, root } = await setup()
    const a = sampleArticle()
    const content = { meta: a.meta, layout: a.layout, body: a.body, assets: a.assets }
    dialogs.answerSave(path.join(root, 'wire')).answerSave(null)
    const saved = await call(channels.io.exportContent, content, 'txt', {})
    // The dialog started in the library, named after the headline; the extension is added when left out.
    expect(dialogs.asked[0]).toMatchObject({ kind: 'save', defaultPath: path.join(library, `${a.meta.headline}.txt`) })
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', path: path.join(root, 'wire.txt') } })
    expect(await readFile(path.join(root, 'wire.txt'), 'utf8')).toContain(a.meta.headline)
    // The next export starts where the last one went, and takes the name it is given.
    await call(channels.io.exportContent, content, 'md', { suggestedName: 'Front page' })
    expect(dialogs.asked[1]).toMatchObject({ kind: 'save', defaultPath: path.join(root, 'Front page.md') })
    // Never over a .galley article, and a clear sentence when the folder cannot be written.
    dialogs.answerSave(path.join(library, 'Other.galley'))
    expect(await call(channels.io.exportContent, content, 'md', {})).toMatchObject({ ok: false, error: { code: 'SAME_FILE' } })
    dialogs.answerSave(path.join(root, 'no-such-folder', 'x.md'))
    const failed = await call(channels.io.exportContent, content, 'md', {})
    expect(failed).toMatchObject({ ok: false, error: { code: 'EXPORT_WRITE_FAILED' } })
    expect((failed as { error: { message: string } }).error.message).toContain(path.join(root, 'no-such-folder'))
    expect(await call(channels.io.exportContent, { ...content, meta: {} }, 'md', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('imports documents dropped on the window from their bytes, and says why one could not be', async () => {
    const { call, library } = await setup()
    const text = await readFile(path.join(FIXTURES, 'editorial-crlf.txt'))
    const r = await call(channels.io.importData, [
      { name: 'editorial-crlf.txt', data: text.toString('base64') },
      { name: 'empty.md', data: '' },
      { name: 'photo.png', data: Buffer.from('x').toString('base64') },
      { name: '../../escape.txt', data: text.toString('base64') },
    ], {})
    const value = (r as { value: { imported: { path: string; source: string; headline: string }[]; failed: { source: string; error: { code: string } }[] } }).value
    expect(value.imported.map((i) => [i.source, path.relative(library, i.path)])).toEqual([
      ['editorial-crlf.txt', 'A City That Keeps Its Promises.galley'],
      ['escape.txt', 'A City That Keeps Its Promises 2.galley'],
    ])
    expect(value.failed.map((f) => [f.source, f.error.code])).toEqual([
      ['empty.md', 'EMPTY_FILE'],
      ['photo.png', 'UNSUPPORTED_FORMAT'],
    ])
    expect(await call(channels.io.importData, [], {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
