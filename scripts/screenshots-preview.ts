// The README's pictures of the print preview and the print settings, taken from the real window
// through the e2e harness; `npm run screenshots` takes them with the editor's.
import type { Browser, Page } from 'playwright-core'
import { launchGalley } from '../tests/e2e/harness/index'
import { openArticle } from '../tests/e2e/helpers/article'
import { nextPreview, PREVIEW, showPreview } from '../tests/e2e/helpers/preview'
import { englishEditorial, longArticle } from '../tests/e2e/print/samples'

const WIDTH = 1600
const HEIGHT = 1000

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(700)
}

/** Waits until every page slot in view holds its drawn picture (the pump draws them after a swap). */
async function pagesDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const scroller = document.querySelector('[data-testid="preview-scroll"]')
    if (!scroller) return false
    const view = scroller.getBoundingClientRect()
    const slots = [...scroller.querySelectorAll('.preview-page:not(.is-blank)')].filter((slot) => {
      const r = slot.getBoundingClientRect()
      return r.bottom > view.top && r.top < view.bottom
    })
    return slots.length > 0 && slots.every((slot) => slot.querySelector('canvas'))
  })
}

/** Writes preview-side-by-side.png, print-settings.png and preview-facing.png through `out`. */
export async function takePreviewScreenshots(browser: Browser, out: (name: string) => string): Promise<void> {
  const app = await launchGalley({ browser, viewport: { width: WIDTH, height: HEIGHT } })
  try {
    const { page } = app
    await app.container.services.settings.set({ publicationName: 'The Riverside Courier', editorInChief: 'Maryam Haidari' })
    await page.getByRole('button', { name: 'Sidebar' }).click()
    await openArticle(app, app.libraryDir, englishEditorial({ copyfit: { kind: 'depth', depthMm: 235 } }), 'editorial')
    await showPreview(page)
    // Widen the preview a little (its divider, by keyboard); the pages are drawn again for the new width.
    const divider = page.getByRole('separator', { name: 'Preview width' })
    await divider.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft')
    await page.locator('[data-testid="article-body"] p').first().click()
    await pagesDrawn(page)
    await settle(page)
    await page.screenshot({ path: out('preview-side-by-side.png') })
    console.log('wrote docs/screenshots/preview-side-by-side.png')

    await page.getByTestId('print-settings').evaluate((el) => el.closest('.inspector-section')!.scrollIntoView({ block: 'start' }))
    await settle(page)
    const preview = (await page.locator(PREVIEW).boundingBox())!
    await page.screenshot({ path: out('print-settings.png'), clip: { x: preview.x, y: 0, width: WIDTH - preview.x, height: HEIGHT } })
    console.log('wrote docs/screenshots/print-settings.png')

    // A long read on tabloid paper, the preview in place of the text, as printed spreads.
    await openArticle(app, app.libraryDir, longArticle(3000, { columns: 4, pageSize: 'Tabloid', masthead: 'section' }), 'long')
    await page.locator(PREVIEW).getByRole('button', { name: 'Expand' }).click()
    await page.locator(PREVIEW).getByRole('button', { name: 'Facing' }).click()
    await page.locator(PREVIEW).getByRole('button', { name: 'Fit page' }).click()
    // The new article's pane starts again from version 0.
    await nextPreview(page, 0)
    // Pages 2 and 3: a spread, through its thumbnail.
    await page.locator(`${PREVIEW} .preview-thumb[data-page="2"]`).click()
    await pagesDrawn(page)
    await settle(page)
    await page.screenshot({ path: out('preview-facing.png') })
    console.log('wrote docs/screenshots/preview-facing.png')
  } finally {
    await app.close()
  }
}
