// Writes, through the UI, an article with every kind of block a story uses: subheads, a list, a
// pull quote, a fact box, a Q&A pair and a captioned image. The editor spec checks what it makes;
// the session spec checks it all comes back from the file. And opening a prepared article in the
// window (one helper, so a change of how the window opens files is made once).
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from '@playwright/test'
import { serializeArticle, type Article } from '../../../src/shared/article/file'
import type { GalleyApp } from '../harness'
import type { GalleyUnderTest } from '../harness/fixtures'
import { BODY, mod } from './editor'
import { solidPng } from './png'
import { openInWindow } from './session'

/** Writes `article` to `<dir>/<name>.galley` and opens it in the window as the OS would hand it over. */
export async function openArticle(galley: GalleyUnderTest | GalleyApp, dir: string, article: Article, name = 'article'): Promise<string> {
  const app = 'container' in galley ? galley : galley.harness
  if (!app) throw new Error('Opening a prepared article needs the in-process harness (it hands the file over as the OS does).')
  const file = path.join(dir, `${name}.galley`)
  await writeFile(file, serializeArticle(article))
  await openInWindow(app, file)
  await app.page.getByTestId('document-title').filter({ hasText: article.meta.headline || 'Untitled article' }).waitFor()
  return file
}

export async function writeRichArticle(page: Page): Promise<void> {
  const M = mod()
  await page.getByRole('textbox', { name: 'Headline' }).first().fill('Bridge reopens after the flood')
  const body = page.locator(BODY)
  await body.click()
  const k = page.keyboard
  await k.type('The bridge over the river reopened on Wednesday.')
  await k.press('Enter')
  await k.type('## What comes next')
  await k.press('Enter')
  await k.type('- Repairs to the east bank')
  await k.press('Enter')
  await k.type('New lighting')
  await k.press('Enter')
  await k.press('Enter')
  // Pull quote from the slash menu.
  await k.type('/pull')
  // Enter only once the menu has narrowed to the pull quote (a slow machine may still show the full list).
  await expect(page.getByTestId('slash-menu').getByRole('option', { selected: true })).toContainText(/pull quote/i)
  await k.press('Enter')
  await k.type('We kept our word')
  await k.press('Enter')
  await k.type('Mayor Ahmadi')
  await k.press('Enter')
  // Fact box from its shortcut: it comes as the section-block data has it, its first fact ready to be typed over.
  await k.press(`${M}+Alt+B`)
  await k.type('Length: 240 metres')
  await k.press(`${M}+End`)
  await k.type('### The interview')
  await k.press('Enter')
  // Q&A pair from the Insert menu.
  await page.getByRole('button', { name: 'Insert' }).click()
  await page.getByRole('menuitem', { name: /Question and answer/ }).click()
  await k.type('When will the road open?')
  await k.press('Enter')
  await k.type('Next month.')
  await k.press('Enter')
  await k.press('Enter')
  await k.type('Image follows.')
  // Image from a file, then a caption.
  await page.getByTestId('image-file-input').setInputFiles({ name: 'bridge.png', mimeType: 'image/png', buffer: solidPng(64, 40, [40, 90, 160]) })
  const caption = page.getByRole('textbox', { name: 'Caption' })
  await expect(caption).toBeVisible()
  await caption.fill('The bridge at dawn')
  await page.getByRole('textbox', { name: 'Credit' }).fill('Photo: A. Noori')
  await page.getByRole('textbox', { name: 'Credit' }).press('Enter')
}

/** What the window shows of that article: the structure, block by block. */
export async function expectRichArticle(page: Page): Promise<void> {
  const body = page.locator(BODY)
  await expect(body.locator('h2')).toHaveText('What comes next')
  await expect(body.locator('h3')).toHaveText('The interview')
  await expect(body.locator('> ul li')).toHaveText(['Repairs to the east bank', 'New lighting'])
  await expect(body.locator('figure.ed-pull-quote')).toContainText('We kept our word')
  await expect(body.locator('aside.ed-box')).toContainText('Length: 240 metres')
  await expect(body.locator('.ed-qa-answer')).toHaveText('Next month.')
  await expect(body.locator('figure.image img')).toHaveAttribute('src', /^data:image\/png;base64,/)
  await expect(page.getByTestId('outline').getByRole('button')).toHaveText(['What comes next', 'The interview'])
}
