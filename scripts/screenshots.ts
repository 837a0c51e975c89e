// Takes the README's screenshots of the real app through the e2e harness: npm run screenshots
// (the editor's here, the print preview's in screenshots-preview.ts)
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator } from 'playwright-core'
import { launchChromium, launchGalley, type GalleyApp } from '../tests/e2e/harness/index'
import { openInWindow, writeBlankArticle } from '../tests/e2e/helpers/session'
import { solidPng } from '../tests/e2e/helpers/png'
import { dariStory, englishStory, libraryArticles } from './sampleArticles'
import { takePreviewScreenshots } from './screenshots-preview'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = (name: string): string => path.join(root, 'docs/screenshots', name)

function gradientPng(): Buffer {
  // A calm sky-to-river image stands in for a news photo.
  return solidPng(960, 420, [92, 124, 150])
}

/** Puts the article in the app's library and hands it to the window, as a double-click would. */
async function openArticle(app: GalleyApp, text: string, name: string): Promise<void> {
  const page = app.page
  const file = path.join(app.libraryDir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  await openInWindow(app, file)
  await page.waitForSelector('[data-testid="article-body"] p')
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(800)
}

/** The library tab with a search: every match marked, in headlines and in the text. */
async function librarySearch(app: GalleyApp): Promise<void> {
  for (const a of libraryArticles()) {
    const file = path.join(app.libraryDir, a.path)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, a.text)
  }
  const page = app.page
  await page.getByRole('tab', { name: 'Library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('bridge')
  await page.getByTestId('library-list').getByRole('option').nth(4).waitFor()
  await page.getByTestId('library-list').getByRole('option').nth(1).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: out('library-search.png') })
  console.log('wrote docs/screenshots/library-search.png')
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
}

/** Selects a paragraph's whole text, or puts the caret at its end. */
async function selectText(paragraph: Locator, what: 'all' | 'end'): Promise<void> {
  await paragraph.click()
  await paragraph.evaluate((p, end) => {
    const range = document.createRange()
    range.selectNodeContents(p)
    if (end) range.collapse(false)
    window.getSelection()?.removeAllRanges()
    window.getSelection()?.addRange(range)
  }, what === 'end')
}

/** A saved version compared word by word with the text as it is now. */
async function historyCompare(app: GalleyApp): Promise<void> {
  const page = app.page
  const body = page.locator('[data-testid="article-body"]')
  await page.getByRole('tab', { name: 'History' }).click()
  await page.getByRole('button', { name: 'Save version…' }).click()
  await page.getByRole('textbox', { name: 'Version label (optional)' }).fill('Sent to the desk')
  await page.getByRole('button', { name: 'Save version', exact: true }).click()
  await page.getByTestId('status-message').filter({ hasText: 'Version “Sent to the desk” saved' }).waitFor()
  // An editor's pass: the lede tightened, a sentence added to the mayor's quote. The lede is
  // selected through a range, not a triple-click: Chromium's triple-click reaches into the next
  // paragraph, and typing over it would join the two.
  await selectText(body.locator('p').first(), 'all')
  await page.keyboard.type('The bridge over the river reopened on Wednesday, a week early, ending a detour that cost commuters an hour a day.')
  // The caret at the end of the quote (End alone stops at the end of a visual line).
  await selectText(body.locator('p').nth(1), 'end')
  await page.waitForTimeout(150)
  await page.keyboard.type(' Traffic was flowing normally by noon.')
  await page.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor()
  await page.getByTestId('history').getByRole('list', { name: 'Versions' }).getByRole('button', { name: /Sent to the desk/ }).click()
  await page.getByTestId('version-viewer').getByRole('button', { name: 'Compare with now' }).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: out('history-compare.png') })
  console.log('wrote docs/screenshots/history-compare.png')
  await page.getByTestId('version-viewer').getByRole('button', { name: 'Close' }).click()
}

/** Spell check (underlines in the headline and the body) and the keyboard shortcuts sheet. */
async function spellingShots(): Promise<void> {
  const app = await launchGalley({ browser, viewport: { width: 1440, height: 900 } })
  try {
    const { page } = app
    await openInWindow(app, await writeBlankArticle(app.libraryDir, 'Bridge.galley'))
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
      await openArticle(app, englishStory(png, key), 'City/The river bridge reopens.galley')
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
        await dialog.getByRole('button', { name: 'Done' }).click()
        await librarySearch(app)
        await historyCompare(app)
      }
    } finally {
      await app.close()
    }
  }
  const app = await launchGalley({ browser, viewport: { width: 1440, height: 900 } })
  try {
    await openArticle(app, dariStory(), 'kabul.galley')
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
  if (!onlySpelling) await takePreviewScreenshots(browser, out)
} finally {
  await browser.close()
}
