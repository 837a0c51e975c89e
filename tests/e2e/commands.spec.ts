// Menu commands from the main process reach the window's features; a key the window handled is not
// run a second time by the menu's echo of the same accelerator.
import type { Page } from 'playwright-core'
import { expect, test } from './harness/fixtures'
import { BODY, exportedBody, mod } from './helpers/editor'

const M = mod()

/** What main does for a menu item: the `onMenuCommand` host event to the focused window. */
async function menu(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __galleyEmit(ch: string, p: unknown): void }).__galleyEmit('galley:event.menuCommand', { command: c }), command)
}

test('Format, Insert and View menu commands act on the window', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  await page.keyboard.type('Bold words')
  await page.keyboard.press('Shift+Home')
  await menu(page, 'format.bold')
  await expect(page.locator(`${BODY} strong, ${BODY} b, ${BODY} .editor-text-bold`).first()).toHaveText('Bold words')
  await page.keyboard.press('End')
  await menu(page, 'insert.sectionBreak')
  await expect.poll(async () => (await exportedBody(page)).root.children.map((b) => b.type)).toContain('section-break')
  await menu(page, 'view.sidebar')
  await expect(page.getByTestId('sidebar')).toBeHidden()
  await menu(page, 'view.sidebar')
  await expect(page.getByTestId('sidebar')).toBeVisible()
  await menu(page, 'edit.find')
  await expect(page.getByRole('search')).toBeVisible()
})

test('a shortcut handled in the window is not repeated by the menu’s echo', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  await page.keyboard.press(`${M}+Shift+Digit1`)
  await menu(page, 'view.sidebar')
  await expect(page.getByTestId('sidebar')).toBeHidden()
})
