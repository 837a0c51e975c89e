// Help › Keyboard Shortcuts lists every command with its keys; Insert › Block… opens the insert
// palette at the caret.
import { expect, test } from './harness/fixtures'
import { BODY, exportedBody, mod } from './helpers/editor'

const M = mod()
const isMac = process.platform === 'darwin'

test('the shortcuts sheet lists the commands with this platform’s keys, searchable, and the other platform’s on request', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  await page.keyboard.press(`${M}+Shift+Slash`)
  const sheet = page.getByTestId('shortcuts-sheet')
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('searchbox', { name: 'Search shortcuts' })).toBeFocused()
  const preview = sheet.locator('tr[data-command="view.preview"]')
  await expect(preview).toContainText('Print Preview')
  await expect(preview.locator('kbd')).toHaveText(isMac ? '⇧⌘P' : 'Ctrl+Shift+P')
  await expect(sheet.locator('tr[data-command]')).not.toHaveCount(0)

  await sheet.getByRole('searchbox').fill('export')
  await expect(sheet.locator('tr[data-command="file.exportPdf"]')).toBeVisible()
  await expect(sheet.locator('tr[data-command="format.bold"]')).toHaveCount(0)
  await sheet.getByRole('searchbox').fill('nothing like this')
  await expect(sheet).toContainText('No command matches')
  await sheet.getByRole('searchbox').fill('')

  await sheet.getByRole('button', { name: isMac ? 'Windows' : 'macOS' }).click()
  await expect(preview.locator('kbd')).toHaveText(isMac ? 'Ctrl+Shift+P' : '⇧⌘P')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  // The same sheet from the Help menu.
  await page.evaluate(() => (window as unknown as { __galleyEmit(ch: string, p: unknown): void }).__galleyEmit('galley:event.menuCommand', { command: 'help.shortcuts' }))
  await expect(sheet).toBeVisible()
})

test('Insert › Block… opens the insert palette at the caret, without typing into the text', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  await page.keyboard.type('Before the quote.')
  await page.keyboard.press('Enter')
  await page.keyboard.press(`${M}+Slash`)
  const palette = page.getByTestId('insert-palette')
  await expect(palette).toBeVisible()
  const input = palette.getByRole('combobox', { name: 'Block to insert' })
  await expect(input).toBeFocused()
  // At the caret: just under the empty second paragraph, or just above it when the window has no room below.
  const caret = (await page.locator(`${BODY} > :nth-child(2)`).boundingBox())!
  const box = (await palette.boundingBox())!
  const below = Math.abs(box.y - (caret.y + caret.height))
  const above = Math.abs(box.y + box.height - caret.y)
  expect(Math.min(below, above)).toBeLessThan(20)

  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(page.locator(BODY)).toBeFocused()
  expect(JSON.stringify(await exportedBody(page))).not.toContain('/')

  await page.keyboard.press(`${M}+Slash`)
  await input.fill('pull')
  await expect(palette.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await page.keyboard.type('We kept our word')
  const body = await exportedBody(page)
  expect(body.root.children.map((b) => b.type)).toEqual(['paragraph', 'pull-quote', 'paragraph'])
  expect(JSON.stringify(body)).toContain('We kept our word')
})
