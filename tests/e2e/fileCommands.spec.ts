// File › Export, Print and Import from the window, and documents dropped on it: the real services
// behind the harness's scripted dialogs; exported files checked on disk (pdfinfo for the PDF).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { Page } from 'playwright-core'
import { body, paragraph, subhead } from '../../src/shared/article/body'
import { ExportService } from '../../src/main/services/io/ExportService'
import { sampleArticle } from '../../src/main/services/io/testing/sampleArticle'
import { expect, test } from './harness/fixtures'
import { openArticle } from './helpers/article'
import { BODY, mod } from './helpers/editor'
import { pdfinfo } from './print/pdfTools'
import { englishEditorial } from './print/samples'

const M = mod()
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import')

/** What main does for a menu item: the `onMenuCommand` host event to the focused window. */
async function menu(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __galleyEmit(ch: string, p: unknown): void }).__galleyEmit('galley:event.menuCommand', { command: c }), command)
}

const notice = (page: Page) => page.getByTestId('file-notice')

test.describe('File menu in the window', () => {
  let out: string
  test.beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'galley-exports-'))
  })
  test.afterEach(async () => {
    await rm(out, { recursive: true, force: true })
  })

  test('Export PDF writes the print-ready PDF where the save dialog says, and lists what is not ready for print', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the harness’s scripted save dialog')
    const { page } = galley
    const article = englishEditorial()
    const blocks = [...article.body.root.children, paragraph('Turnout figures TK.')]
    await openArticle(galley, galley.libraryDir, { ...article, body: body(blocks) })
    const dialogs = galley.harness!.dialogs
    const target = path.join(out, 'front page.pdf')
    dialogs.answerSave(target)
    await page.locator(BODY).click()
    await page.keyboard.press(`${M}+e`)
    await expect(notice(page)).toContainText(`Exported the PDF (2 pages) as “front page.pdf” in ${out}.`)
    await expect(notice(page)).toHaveAttribute('data-tone', 'warn')
    await expect(notice(page)).toContainText('Not ready for print — exported anyway:')
    await expect(notice(page)).toContainText('“TK” (to come) is still in the body')
    // The dialog offered the headline as the name.
    expect(path.basename(dialogs.saveRequests.at(-1)!.defaultPath)).toBe(`${article.meta.headline}.pdf`)
    const info = pdfinfo(target)
    expect(info.pages).toBe(2)
    expect(info.fields['Title']).toBe(article.meta.headline)

    // Cancelled: nothing written, nothing said.
    await notice(page).getByRole('button', { name: 'Dismiss' }).click()
    dialogs.answerSave(null)
    // A menu command right after the same key is taken for the menu's echo of that key (registry.ts).
    await page.waitForTimeout(200)
    await menu(page, 'file.exportPdf')
    await expect.poll(() => dialogs.saveRequests.length, { timeout: 20_000 }).toBe(2)
    await page.waitForTimeout(300)
    await expect(notice(page)).toHaveCount(0)
  })

  test('Export Word, web page, Markdown and text write what the window holds, unsaved edits included', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the harness’s scripted save dialog')
    const { page } = galley
    const article = sampleArticle()
    await openArticle(galley, galley.libraryDir, { ...article, body: body([paragraph('The council met on Tuesday.'), subhead('What was decided')]) })
    await page.locator(BODY).click()
    await page.keyboard.press(`${M}+End`)
    await page.keyboard.press('Enter')
    await page.keyboard.type('Typed just now')
    const dialogs = galley.harness!.dialogs
    const cases = [
      { command: 'file.exportDocx', file: 'leader.docx', says: 'Word document', check: (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK') },
      { command: 'file.exportHtml', file: 'leader.html', says: 'web page', check: (b: Buffer) => expect(b.toString()).toMatch(/<article[\s\S]*Typed just now/) },
      { command: 'file.exportMarkdown', file: 'leader.md', says: 'Markdown file', check: (b: Buffer) => expect(b.toString()).toMatch(/^---\n[\s\S]*## What was decided\n\nTyped just now/) },
      { command: 'file.exportText', file: 'leader', says: 'plain-text file', check: (b: Buffer) => expect(b.toString()).toContain('Typed just now') },
    ]
    for (const c of cases) {
      dialogs.answerSave(path.join(out, c.file))
      await menu(page, c.command)
      const written = c.file.includes('.') ? c.file : `${c.file}.txt`
      await expect(notice(page)).toContainText(`Exported the ${c.says} as “${written}” in ${out}.`)
      c.check(await readFile(path.join(out, written)))
      await notice(page).getByRole('button', { name: 'Dismiss' }).click()
    }
    expect((await readdir(out)).sort()).toEqual(['leader.docx', 'leader.html', 'leader.md', 'leader.txt'])
  })

  test('an export that cannot be written says why, in plain words', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the harness’s scripted save dialog')
    const { page } = galley
    await openArticle(galley, galley.libraryDir, sampleArticle())
    galley.harness!.dialogs.answerSave(path.join(out, 'missing folder', 'leader.md'))
    await menu(page, 'file.exportMarkdown')
    await expect(notice(page)).toHaveAttribute('data-tone', 'error')
    await expect(notice(page)).toContainText('The Markdown file was not exported.')
    await expect(notice(page)).toContainText(`Galley could not save the file in ${path.join(out, 'missing folder')}`)
  })

  test('Print sends the print document to the system print dialog', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the harness’s recorded print dialog')
    const { page } = galley
    const article = englishEditorial()
    await openArticle(galley, galley.libraryDir, article)
    const printDialog = galley.harness!.printDialog
    await page.locator(BODY).click()
    await page.keyboard.press(`${M}+p`)
    await expect(notice(page)).toContainText(`Sent “${article.meta.headline}” to the printer.`)
    expect(printDialog.jobs).toHaveLength(1)
    expect(printDialog.jobs[0]!.title).toBe(article.meta.headline)
    expect(printDialog.jobs[0]!.html).toMatch(/^<!doctype html>/i)
    expect(printDialog.jobs[0]!.html).toContain('@page')
    await notice(page).getByRole('button', { name: 'Dismiss' }).click()

    printDialog.answer('cancelled')
    // A menu command right after the same key is taken for the menu's echo of that key (registry.ts).
    await page.waitForTimeout(200)
    await menu(page, 'file.print')
    await expect.poll(() => printDialog.jobs.length, { timeout: 20_000 }).toBe(2)
    await page.waitForTimeout(300)
    await expect(notice(page)).toHaveCount(0)

    printDialog.answer(new Error('CUPS is not running'))
    await menu(page, 'file.print')
    await expect(notice(page)).toContainText('The article was not printed.')
    await expect(notice(page)).toContainText('Check that the printer is on and connected')
  })

  test('Import takes a document into the library through the open dialog and opens it', async ({ galley }) => {
    test.skip(!galley.harness, 'needs the harness’s scripted open dialog')
    const { page } = galley
    galley.harness!.dialogs.answerOpen([path.join(FIXTURES, 'editorial-crlf.txt')])
    await page.keyboard.press(`${M}+Shift+o`)
    await expect(notice(page)).toContainText('Imported one document into the library and opened “A City That Keeps Its Promises”.')
    await expect(page.getByTestId('document-title')).toHaveText('A City That Keeps Its Promises')
    await expect(page.locator(BODY)).toContainText('bridge')
    expect(existsSync(path.join(galley.libraryDir, 'A City That Keeps Its Promises.galley'))).toBe(true)
  })

  test('documents dropped on the window are imported, even onto the text; the first one opens', async ({ galley }) => {
    test.skip(!galley.harness, 'reads the imported files from the harness’s library')
    const { page } = galley
    const docx = (await new ExportService().export(sampleArticle(), 'docx')).bytes
    const md = await readFile(path.join(FIXTURES, 'feature.md'))
    const before = new Set(await readdir(galley.libraryDir))
    await page.locator(BODY).click()
    await page.keyboard.type('Draft text')
    await page.locator(BODY).evaluate(
      (el, files) => {
        const data = new DataTransfer()
        for (const f of files) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }))
        data.items.add(new File(['x'], 'notes.odt'))
        el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
      },
      [
        { name: 'leader.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: [...docx] },
        { name: 'feature.md', type: 'text/markdown', bytes: [...md] },
      ],
    )
    const headline = sampleArticle().meta.headline
    await expect(notice(page)).toContainText(`Imported 2 documents into the library and opened “${headline}”.`)
    await expect(page.getByTestId('document-title')).toHaveText(headline)
    // Two new articles in the library, and nothing of the drop landed in the text that was open.
    const added = (await readdir(galley.libraryDir)).filter((f) => f.endsWith('.galley') && f !== '.galley' && !before.has(f))
    expect(added.sort()).toEqual([`${headline}.galley`, 'Life on the River A Ferryman\'s Year.galley'].sort())
    const draft = await readFile(path.join(galley.libraryDir, 'Untitled.galley'), 'utf8')
    expect(draft).toContain('Draft text')
    expect(draft).not.toContain('Ferryman')
    expect(draft).not.toContain(headline)
  })
})
