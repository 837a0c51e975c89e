// Driving section templates from a test: menu commands as main sends them, the picker, and
// reading the placeholders the editor holds.
import type { Page } from 'playwright-core'
import { exportedBody } from './editor'

/** What main does for a menu item: the `onMenuCommand` host event to the focused window. */
export async function menuCommand(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => (window as unknown as { __galleyEmit(ch: string, p: unknown): void }).__galleyEmit('galley:event.menuCommand', { command: c }), command)
}

/** Opens the picker from the top bar, picks the template by name and creates the article. */
export async function newArticle(page: Page, templateName: string, language?: string): Promise<void> {
  await page.getByRole('button', { name: 'New…' }).click()
  const picker = page.getByRole('dialog', { name: 'New article' })
  await picker.getByRole('option', { name: new RegExp(`^${templateName}`) }).click()
  if (language) await picker.getByLabel('Language').selectOption(language)
  await picker.getByRole('button', { name: `Create ${templateName}` }).click()
  await picker.waitFor({ state: 'detached' })
}

/** The texts of the body's text nodes still marked as placeholders, in order. */
export async function placeholderTexts(page: Page): Promise<string[]> {
  const body = await exportedBody(page)
  const found: string[] = []
  const walk = (node: unknown): void => {
    const n = node as { type?: string; text?: string; $?: Record<string, unknown>; children?: unknown[] }
    if (n.type === 'text' && typeof n.$?.['galleyPlaceholder'] === 'string' && n.$['galleyPlaceholder'] !== '') found.push(n.text ?? '')
    for (const child of n.children ?? []) walk(child)
  }
  walk(body.root)
  return found
}

/** The selected text in the window, as the user sees it. */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '')
}
