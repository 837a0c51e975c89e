// The README's pictures of section templates, taken from the real app through the e2e harness:
// the template picker, and an editorial in progress (masthead, fields, checklist).
// npm run screenshots:templates
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchGalley } from '../tests/e2e/harness/index'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = (name: string): string => path.join(root, 'docs/screenshots', name)
const BODY = '[data-testid="article-body"]'

const app = await launchGalley({ viewport: { width: 1440, height: 900 } })
const { page } = app
try {
  await app.container.services.settings.set({ publicationName: 'The Riverside Courier', editorInChief: 'Maryam Haidari', datelinePlace: 'Kabul' })
  await app.reload()
  await page.evaluate(() => document.fonts.ready)

  await page.getByRole('button', { name: 'New…' }).click()
  const picker = page.getByRole('dialog', { name: 'New article' })
  await picker.getByRole('option', { name: /^Editorial/ }).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: out('template-picker.png') })
  console.log('wrote docs/screenshots/template-picker.png')

  await picker.getByRole('button', { name: 'Create Editorial' }).click()
  const header = page.getByTestId('article-header')
  await header.getByRole('textbox', { name: 'Headline' }).fill('A City That Keeps Its Promises')
  await header.getByRole('textbox', { name: 'Deck' }).fill('The new bridge opened on the day it was promised. Now the council must show the same discipline with housing.')
  const body = page.locator(BODY)
  await body.locator('p .is-placeholder').first().click()
  await page.keyboard.type(
    'When the river bridge opened last week, on the very day promised four years ago, the city did something rare: it kept its word. There were no ribbons cut months late and no quiet revisions of the budget.',
  )
  await body.locator('h2 .is-placeholder').first().click()
  await page.keyboard.type('A promise kept is a policy')
  await body.locator('p .is-placeholder').first().click()
  await page.keyboard.type(
    'The council deserves credit, and it should take it. But it should also take the lesson. For a decade the city has treated deadlines as aspirations and budgets as opening bids.',
  )
  await page.getByTestId('field-date').locator('input').fill('2020-07-08')
  await body.locator('h2 .is-placeholder').first().click()
  await page.waitForTimeout(1200)
  await page.screenshot({ path: out('editorial-in-progress.png') })
  console.log('wrote docs/screenshots/editorial-in-progress.png')
} finally {
  await app.close()
}
