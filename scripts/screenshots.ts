// Takes the README's screenshots of the real app through the e2e harness: npm run screenshots
// (the editor's here, the print preview's in screenshots-preview.ts)
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { launchChromium, launchGalley } from '../tests/e2e/harness/index'
import { solidPng } from '../tests/e2e/helpers/png'
import { dariStory, englishStory } from './sampleArticles'
import { takePreviewScreenshots } from './screenshots-preview'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = (name: string): string => path.join(root, 'docs/screenshots', name)
const work = mkdtempSync(path.join(tmpdir(), 'galley-shots-'))

function gradientPng(): Buffer {
  // A calm sky-to-river image stands in for a news photo.
  return solidPng(960, 420, [92, 124, 150])
}

async function openArticle(page: Page, text: string, name: string): Promise<void> {
  const file = path.join(work, name)
  writeFileSync(file, text)
  await page.getByTestId('open-file-input').setInputFiles(file)
  await page.waitForSelector('[data-testid="article-body"] p')
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(800)
}

const png = gradientPng()
const key = createHash('sha256').update(png).digest('hex')
const browser = await launchChromium()
try {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await launchGalley({ browser, viewport: { width: 1440, height: 900 }, colorScheme: scheme })
    try {
      await openArticle(app.page, englishStory(png, key), 'bridge.galley')
      await app.page.getByTestId('editor-scroll').evaluate((el) => el.scrollTo(0, 0))
      await app.page.locator('[data-testid="article-body"] p').first().click()
      await app.page.waitForTimeout(500)
      await app.page.screenshot({ path: out(`editor-${scheme}.png`) })
      console.log(`wrote docs/screenshots/editor-${scheme}.png`)
      if (scheme === 'light') {
        await app.page.locator('.ed-pull-quote').evaluate((el) => el.scrollIntoView({ block: 'start' }))
        await app.page.waitForTimeout(400)
        await app.page.screenshot({ path: out('editor-blocks.png') })
        console.log('wrote docs/screenshots/editor-blocks.png')
        await app.page.keyboard.press('Control+H')
        await app.page.getByRole('textbox', { name: 'Find' }).fill('bridge')
        await app.page.waitForTimeout(400)
        await app.page.screenshot({ path: out('find-replace.png') })
        console.log('wrote docs/screenshots/find-replace.png')
        await app.page.keyboard.press('Escape')
        await app.page.getByRole('button', { name: 'Preferences' }).click()
        const dialog = app.page.getByRole('dialog', { name: 'Preferences' })
        await dialog.getByLabel('Publication name').fill('The Steppe Herald')
        await dialog.getByLabel('Editor in chief').fill('Aigerim Nurlanovna')
        await dialog.getByLabel('Publication name').focus()
        await app.page.screenshot({ path: out('preferences.png') })
        console.log('wrote docs/screenshots/preferences.png')
      }
    } finally {
      await app.close()
    }
  }
  const app = await launchGalley({ browser, viewport: { width: 1440, height: 900 } })
  try {
    await openArticle(app.page, dariStory(), 'kabul.galley')
    await app.page.locator('[data-testid="article-body"] p').nth(1).click()
    await app.page.waitForTimeout(500)
    await app.page.screenshot({ path: out('editor-rtl.png') })
    console.log('wrote docs/screenshots/editor-rtl.png')
    await app.page.keyboard.press('Control+Shift+F')
    await app.page.waitForTimeout(400)
    await app.page.screenshot({ path: out('focus-mode.png') })
    console.log('wrote docs/screenshots/focus-mode.png')
  } finally {
    await app.close()
  }
  await takePreviewScreenshots(browser, out)
} finally {
  await browser.close()
}
