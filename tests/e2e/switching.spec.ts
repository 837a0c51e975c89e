// One editor serves every article a window opens: opening another swaps its text. Nothing of the
// article left behind may survive the swap — text, undo history, find, selection, read-only state,
// language and direction, spelling underlines, counts, outline — and no save may reach the wrong file.
import { readFile, stat, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from 'playwright-core'
import { body, paragraph, subhead } from '../../src/shared/article/body'
import { createArticle, parseArticle, serializeArticle, type Article } from '../../src/shared/article/file'
import { plainText } from '../../src/shared/article/text'
import { expect, test, type GalleyUnderTest } from './harness/fixtures'
import type { GalleyApp } from './harness'
import { BODY, exportedBody, mod } from './helpers/editor'
import { openInWindow, saveState } from './helpers/session'

const M = mod()

function harness(galley: GalleyUnderTest): GalleyApp {
  if (!galley.harness) throw new Error('needs the in-process harness')
  return galley.harness
}

async function writeArticle(dir: string, name: string, meta: Partial<Article['meta']>, blocks: Parameters<typeof body>[0]): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, serializeArticle(createArticle({ id: crypto.randomUUID(), now: new Date('2026-03-02T09:00:00Z'), meta, body: body(blocks) })))
  return file
}

async function onDisk(file: string): Promise<Article> {
  return parseArticle(await readFile(file, 'utf8')).article
}

/** Misspelling underlines whose text is no longer in the page (left over from another article). */
function strayUnderlines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('galley-spelling')
    let stray = 0
    for (const range of highlight ?? []) if (!(range as Range).startContainer.isConnected) stray++
    return stray
  })
}

const ENGLISH = [
  subhead('Bridge reopens'),
  paragraph('The council reopened the bridge on Monday after repairs that took most of the winter.'),
  subhead('Traffic returns'),
  paragraph('Buses run on the old routes again from Tuesday morning.'),
]
const DARI = [subhead('بازگشایی پل'), paragraph('شورای شهر پل را روز دوشنبه باز کرد.'), paragraph('اتوبوس‌ها از سه‌شنبه دوباره حرکت می‌کنند.')]

test('switching articles: edits stay in their own file, undo never reaches across, and counts, outline, direction and find are the new article’s', async ({ galley }) => {
  const app = harness(galley)
  const { page } = galley
  const a = await writeArticle(galley.libraryDir, 'Bridge.galley', { headline: 'Bridge reopens', language: 'en', direction: 'ltr' }, ENGLISH)
  const b = await writeArticle(galley.libraryDir, 'Pul.galley', { headline: 'بازگشایی پل', language: 'fa-AF', direction: 'rtl' }, DARI)

  await openInWindow(app, a)
  await page.locator(BODY).getByText('Buses run on the old routes').click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Fares are unchanged.')
  await expect(saveState(page)).toHaveText('Saved')
  await expect.poll(async () => plainText((await onDisk(a)).body)).toContain('Fares are unchanged.')
  // Find is open on A with a query when B opens.
  await page.keyboard.press(`${M}+f`)
  await page.getByRole('textbox', { name: 'Find' }).fill('bridge')
  await expect(page.getByTestId('find-panel')).toBeVisible()
  await expect(page.getByTestId('outline')).toContainText('Traffic returns')
  const aText = await readFile(a, 'utf8')
  const aTime = (await stat(a)).mtimeMs
  const bText = await readFile(b, 'utf8')

  await openInWindow(app, b)
  const editor = page.locator(BODY)
  await expect(editor).toContainText('شورای شهر پل را روز دوشنبه باز کرد.')
  await expect(editor).not.toContainText('Fares are unchanged')
  await expect(editor).not.toContainText('Buses run')
  await expect(page.getByTestId('find-panel')).toHaveCount(0)
  // The new article's language and direction, on the text and on its fields.
  await expect(editor).toHaveAttribute('dir', 'rtl')
  await expect(editor).toHaveAttribute('lang', 'fa-AF')
  await expect(page.getByTestId('article-header')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByTestId('article-header').getByRole('textbox', { name: 'Headline' })).toHaveValue('بازگشایی پل')
  // The inspector shows B's fields, never A's.
  await expect(page.getByTestId('inspector').getByTestId('field-headline').locator('input, textarea')).toHaveValue('بازگشایی پل')
  // Counts and outline are B's alone.
  await expect(page.getByTestId('count-words')).toHaveText(`${plainText(body(DARI)).split(/\s+/).filter(Boolean).length} words`)
  await expect(page.getByTestId('outline')).toHaveText('بازگشایی پل')
  // Nothing selected in B, and nothing of A's undo history: undo changes nothing, the toolbar says so.
  expect(await page.evaluate((sel) => window.getSelection()?.anchorNode && document.querySelector(sel)?.contains(window.getSelection()?.anchorNode ?? null), BODY)).toBeFalsy()
  const opened = await exportedBody(page)
  await expect(page.getByTestId('toolbar').getByRole('button', { name: /undo/i })).toHaveClass(/is-dim/)
  await editor.getByText('اتوبوس‌ها').click()
  await page.keyboard.press(`${M}+z`)
  await page.keyboard.press(`${M}+z`)
  expect(await exportedBody(page)).toEqual(opened)
  await expect(saveState(page)).toHaveText('Saved')
  // Longer than the autosave delay: no save of B (nothing changed) and none of A after it was left.
  await page.waitForTimeout(2500)
  expect(await readFile(b, 'utf8')).toBe(bText)
  expect(await readFile(a, 'utf8')).toBe(aText)
  expect((await stat(a)).mtimeMs).toBe(aTime)
  expect(await strayUnderlines(page)).toBe(0)

  // An edit in B goes to B's file only, and B's own undo takes it back.
  await page.keyboard.press('End')
  await page.keyboard.type(' تمام.')
  await expect.poll(async () => plainText((await onDisk(b)).body)).toContain('تمام.')
  expect(plainText((await onDisk(b)).body)).not.toContain('Fares')
  expect(await readFile(a, 'utf8')).toBe(aText)
  await page.keyboard.press(`${M}+z`)
  await expect(editor).not.toContainText('تمام.')
  await expect(editor).toContainText('اتوبوس‌ها از سه‌شنبه دوباره حرکت می‌کنند.')

  // Back to A: its saved text, left to right, its own outline and counts.
  await openInWindow(app, a)
  await expect(editor).toContainText('Fares are unchanged.')
  await expect(editor).not.toContainText('شورای شهر')
  await expect(editor).toHaveAttribute('dir', 'ltr')
  await expect(page.getByTestId('inspector').getByTestId('field-headline').locator('input, textarea')).toHaveValue('Bridge reopens')
  await expect(page.getByTestId('outline')).toContainText('Traffic returns')
  await expect(page.getByTestId('count-words')).toHaveText(`${plainText((await onDisk(a)).body).split(/\s+/).filter(Boolean).length} words`)
  expect(await page.evaluate(() => document.querySelectorAll('.find-panel').length)).toBe(0)
  expect(await strayUnderlines(page)).toBe(0)
  expect(plainText((await onDisk(b)).body)).not.toContain('Fares')
})

test('a read-only article after an editable one cannot be typed in, and the editable one is editable again after it', async ({ galley }) => {
  const app = harness(galley)
  const { page } = galley
  const editable = await writeArticle(galley.libraryDir, 'Editable.galley', { headline: 'Open for edits' }, [paragraph('Editable words.')])
  const future = await writeArticle(galley.libraryDir, 'Future.galley', { headline: 'From the future' }, [paragraph('Words from a newer Galley.')])
  const raw = (await readFile(future, 'utf8')).replace(/"version": \d+/, '"version": 999')
  await writeFile(future, raw)
  const editor = page.locator(BODY)

  await openInWindow(app, editable)
  await expect(editor).toHaveAttribute('contenteditable', 'true')
  await openInWindow(app, future)
  await expect(saveState(page)).toHaveText('Read-only')
  await expect(editor).toContainText('Words from a newer Galley.')
  await expect(editor).toHaveAttribute('contenteditable', 'false')
  await editor.click()
  await page.keyboard.type('Trying to type.')
  await expect(editor).not.toContainText('Trying to type.')
  await page.waitForTimeout(1500)
  expect(await readFile(future, 'utf8')).toBe(raw)

  await openInWindow(app, editable)
  await expect(saveState(page)).toHaveText('Saved')
  await expect(editor).toHaveAttribute('contenteditable', 'true')
  await editor.getByText('Editable words.').click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Still editable.')
  await expect.poll(async () => plainText((await onDisk(editable)).body)).toBe('Editable words. Still editable.')
  expect(await readFile(future, 'utf8')).toBe(raw)
})

test('words typed just before another article opens are saved into their own file, and nothing into the other one', async ({ galley }) => {
  const app = harness(galley)
  const { page } = galley
  const a = await writeArticle(galley.libraryDir, 'Council.galley', { headline: 'Council meets' }, [paragraph('The council met on Monday.')])
  const b = await writeArticle(galley.libraryDir, 'Ferries.galley', { headline: 'Ferries return' }, [paragraph('Ferries return on Friday.')])
  const bText = await readFile(b, 'utf8')
  await openInWindow(app, a)
  await page.locator(BODY).getByText('The council met on Monday.').click()
  await page.keyboard.press('End')
  await page.keyboard.type(' It voted late.')
  // No waiting for the autosave: opening B must save A first, into A.
  await openInWindow(app, b)
  await expect(page.locator(BODY)).toHaveText('Ferries return on Friday.')
  expect(plainText((await onDisk(a)).body)).toBe('The council met on Monday. It voted late.')
  await page.waitForTimeout(2500)
  expect(await readFile(b, 'utf8')).toBe(bText)
  expect(plainText((await onDisk(a)).body)).toBe('The council met on Monday. It voted late.')
})

test('the inspector follows the next article: nothing half typed in it for one article shows over, or reaches, another', async ({ galley }) => {
  const app = harness(galley)
  const { page } = galley
  const a = path.join(galley.libraryDir, 'Council.galley')
  const b = path.join(galley.libraryDir, 'Market.galley')
  const now = new Date('2026-03-02T09:00:00Z')
  await writeFile(a, serializeArticle(createArticle({ id: crypto.randomUUID(), now, meta: { headline: 'Council vote', status: 'draft', tags: ['council'] }, layout: { columns: 3 }, body: body(ENGLISH) })))
  await writeFile(b, serializeArticle(createArticle({ id: crypto.randomUUID(), now, meta: { headline: 'Market day', status: 'in-edit', tags: ['market'] }, layout: { columns: 2 }, body: body(ENGLISH) })))
  const aText = await readFile(a, 'utf8')
  const bText = await readFile(b, 'utf8')
  const inspector = page.getByTestId('inspector')
  const headline = page.getByTestId('article-header').getByRole('textbox', { name: 'Headline' })
  const status = inspector.getByRole('radiogroup', { name: 'Status' }).locator('[aria-checked="true"]')

  // A column count out of range, still in its box (not taken, marked) when B opens: B shows its own.
  await openInWindow(app, a)
  await expect(inspector.locator('#ps-columns')).toHaveValue('3')
  await inspector.locator('#ps-columns').fill('9')
  await expect(inspector.locator('#ps-columns')).toHaveAttribute('aria-invalid', 'true')
  await openInWindow(app, b)
  await expect(headline).toHaveValue('Market day')
  await expect(inspector.locator('#ps-columns')).toHaveValue('2')
  await expect(inspector.locator('#ps-columns')).not.toHaveAttribute('aria-invalid', 'true')
  await expect(status).toHaveText(/in edit/i)
  await expect(inspector.locator('.tag-chip')).toHaveText(['market×'])

  // A tag typed in B but not added when A opens: A's tags alone, the box empty.
  await inspector.locator('#field-tags').fill('half-typed')
  await openInWindow(app, a)
  await expect(headline).toHaveValue('Council vote')
  await expect(inspector.locator('#field-tags')).toHaveValue('')
  await expect(inspector.locator('.tag-chip')).toHaveText(['council×'])
  await expect(inspector.locator('#ps-columns')).toHaveValue('3')
  await expect(status).toHaveText(/draft/i)

  // Nothing of either reached a file.
  await page.waitForTimeout(1500)
  expect(await readFile(a, 'utf8')).toBe(aText)
  expect(await readFile(b, 'utf8')).toBe(bText)
})
