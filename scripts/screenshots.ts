// Takes the README's screenshots of the real app through the e2e harness: npm run screenshots
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { launchChromium, launchGalley } from '../tests/e2e/harness/index'
import { solidPng } from '../tests/e2e/helpers/png'
import { dariStory, englishStory } from './sampleArticles'

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

/** Spell check (underlines in the headline and the body) and the keyboard shortcuts sheet. */
async function spellingShots(): Promise<void> {
  const app = await launchGalley({ browser, viewport: { width: 1440, height: 900 } })
  try {
    const { page } = app
    await page.getByRole('textbox', { name: 'Kicker' }).first().fill('City')
    await page.getByRole('textbox', { name: 'Headline' }).first().fill('Bridge reopens after a long, wet sumer')
    await page.getByRole('textbox', { name: 'Deck' }).first().fill('Repairs took eleven months; the council says the new pillars will outlast the river.')
    await page.getByRole('textbox', { name: 'Byline' }).first().fill('By Ana Smith')
    await page.locator('[data-testid="article-body"]').click()
    await page.keyboard.type('The bridge over the river reopened on Wednesday, eleven months after the flood that closed it. Engineers recieved the last inspection report on Monday and signed it off within the hour.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('“We kept our word,” said the mayor, who had promised the city a bridge before the first snow. Residents who had driven an extra hour each day were less forgiving of the delay, and one shopkeeper called the detour “a disaster for bussiness”.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('A visiting delegation from Almaty brought greetings in Russian: «Поздравляем с открытием моста и желаем удачи!» The council plans to repaint the railings next sprng.')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('[data-testid="article-body"]')?.getAttribute('data-spelling') === 'ready')
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(600)
    await page.screenshot({ path: out('spelling.png') })
    console.log('wrote docs/screenshots/spelling.png')
    await page.keyboard.press('Control+Shift+Slash')
    await page.getByTestId('shortcuts-sheet').getByRole('searchbox').fill('insert')
    await page.waitForTimeout(300)
    await page.screenshot({ path: out('shortcuts.png') })
    console.log('wrote docs/screenshots/shortcuts.png')
  } finally {
    await app.close()
  }
}

/** The writing window: light and dark, blocks, find and replace, preferences, right to left, focus mode. */
async function editorShots(): Promise<void> {
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
}

const png = gradientPng()
const key = createHash('sha256').update(png).digest('hex')
// `npm run screenshots -- spelling` takes only the spell-check and shortcuts pictures.
const onlySpelling = process.argv.includes('spelling')
const browser = await launchChromium()
try {
  if (!onlySpelling) await editorShots()
  await spellingShots()
} finally {
  await browser.close()
}
