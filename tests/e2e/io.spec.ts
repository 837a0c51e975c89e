// The import/export host API through the real bridge (the File menu UI comes later).
import * as path from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { serializeArticle } from '../../src/shared/article/file'
import { sampleArticle } from '../../src/main/services/io/testing/sampleArticle'
import { expect, test } from './harness/fixtures'
import { boxMm, pdfinfo } from './print/pdfTools'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import')

test('the page imports a document into the library and exports an article through window.galley.io', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the harness to answer the dialogs')
  const { page } = galley
  const dialogs = galley.harness!.dialogs
  dialogs.answerOpen([path.join(FIXTURES, 'editorial-crlf.txt')])
  const imported = await page.evaluate(() => (window as unknown as { galley: { io: { importFiles(r: object): Promise<unknown> } } }).galley.io.importFiles({}))
  expect(imported).toMatchObject({ ok: true, value: { cancelled: false, failed: [], imported: [{ headline: 'A City That Keeps Its Promises', path: path.join(galley.libraryDir, 'A City That Keeps Its Promises.galley') }] } })

  const file = path.join(galley.libraryDir, 'Leader.galley')
  await writeFile(file, serializeArticle(sampleArticle()))
  const target = path.join(galley.libraryDir, 'leader.md')
  dialogs.answerSave(target)
  const exported = await page.evaluate((f) => (window as unknown as { galley: { io: { exportArticle(p: string, f: string, o: object): Promise<unknown> } } }).galley.io.exportArticle(f, 'md', {}), file)
  expect(exported).toEqual({ ok: true, value: { status: 'saved', path: target, warnings: [] } })
  expect(await readFile(target, 'utf8')).toMatch(/^---\ntemplate: editorial\n/)
})

test('the page exports an article as a print-ready PDF through window.galley.io, in the layout asked for', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the harness to answer the save dialog')
  const file = path.join(galley.libraryDir, 'Leader.galley')
  await writeFile(file, serializeArticle(sampleArticle()))
  const target = path.join(galley.libraryDir, 'leader.pdf')
  galley.harness!.dialogs.answerSave(target)
  const formats = await galley.page.evaluate(() => (window as unknown as { galley: { io: { formats(): Promise<unknown> } } }).galley.io.formats())
  expect(formats).toMatchObject({ ok: true, value: { export: expect.arrayContaining([expect.objectContaining({ id: 'pdf', extensions: ['pdf'] })]) } })
  const exported = await galley.page.evaluate(
    (f) => (window as unknown as { galley: { io: { exportArticle(p: string, f: string, o: object): Promise<unknown> } } }).galley.io.exportArticle(f, 'pdf', { layout: { pageSize: 'Tabloid', columns: 4, bleedMm: 3 } }),
    file,
  )
  expect(exported).toEqual({ ok: true, value: { status: 'saved', path: target, warnings: [] } })
  const info = pdfinfo(target)
  expect(info.fields['Title']).toBe(sampleArticle().meta.headline)
  const trim = boxMm(info.boxes.TrimBox)
  expect(Math.abs(trim.width - 279.4)).toBeLessThan(0.5)
  expect(Math.abs(trim.height - 431.8)).toBeLessThan(0.5)
  expect(info.pages).toBeGreaterThanOrEqual(1)
})
