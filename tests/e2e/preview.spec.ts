// The print preview in the window: the PDF pages themselves (pdf.js, under the window's strict CSP,
// nothing fetched from elsewhere), following the text, page count and copyfit, keeping the reader's
// place without flicker; zoom, facing pages, thumbnails; the inspector's print settings.
import type { Page } from 'playwright-core'
import type { HeadlessDesktop } from '../../src/main/desktop/HeadlessDesktop'
import { cropMarkGeometry } from '../../src/main/services/print/finishPdf'
import { PX_PER_PT } from '../../src/renderer/src/features/preview/zoom'
import { expect, test } from './harness/fixtures'
import { openArticle } from './helpers/article'
import { BODY, mod } from './helpers/editor'
import { nextPreview, PREVIEW, showPreview, shownVersion } from './helpers/preview'
import { englishEditorial, longArticle } from './print/samples'

const M = mod()
const MM_TO_PX = 96 / 25.4

const pageSlots = (page: Page) => page.locator(`${PREVIEW} .preview-page:not(.is-blank)`)

/** Size of the drawn page 1 in CSS px. */
async function firstPageBox(page: Page): Promise<{ width: number; height: number }> {
  const box = await pageSlots(page).first().boundingBox()
  if (!box) throw new Error('no page drawn')
  return { width: box.width, height: box.height }
}

test('the preview shows the PDF and follows the text: page count and copyfit change as it is edited', async ({ galley }) => {
  test.skip(!galley.harness, 'prints through the harness’s Chromium')
  const { page } = galley
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.evaluate(() => {
    ;(window as unknown as { __csp: string[] }).__csp = []
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await openArticle(galley, galley.libraryDir, englishEditorial({ copyfit: { kind: 'depth', depthMm: 200 } }))

  let version = await showPreview(page)
  await expect(page.getByTestId('preview-page-count')).toHaveText('Page 1 of 2')
  // The text column narrowed for the preview: the headline and deck grow to show every line.
  for (const name of ['Headline', 'Deck']) {
    const field = page.getByTestId('article-header').getByRole('textbox', { name })
    await expect.poll(() => field.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1)
  }
  await expect(pageSlots(page)).toHaveCount(2)
  await expect(pageSlots(page).first().locator('canvas')).toHaveCount(1)
  const overset = await page.getByTestId('preview-copyfit').textContent()
  expect(overset).toMatch(/^Overset by \d+ lines$/)
  // The inspector says the same, live.
  await expect(page.getByTestId('inspector-copyfit')).toContainText(overset!)
  await expect(page.getByTestId('inspector-copyfit')).toContainText('2 pages')
  // Main knows the preview shows (View › Print Preview is a checkbox).
  const desktop = galley.harness!.container.services.desktop as HeadlessDesktop
  expect(desktop.registry.get(1)?.previewShown).toBe(true)

  // Most of the text goes: one page, short of its space.
  await page.locator(BODY).click()
  await page.keyboard.press(`${M}+a`)
  await page.keyboard.type('The bridge opened on time.', { delay: 15 })
  const before = version
  version = await nextPreview(page, version)
  // Typing a sentence does not print a PDF per keystroke.
  expect(version - before).toBeLessThanOrEqual(3)
  await expect(page.getByTestId('preview-page-count')).toHaveText('Page 1 of 1')
  await expect(pageSlots(page)).toHaveCount(1)
  await expect(page.getByTestId('preview-copyfit')).toHaveText(/^Short by \d+ lines$/)
  await expect(page.getByTestId('inspector-copyfit')).toContainText(/Short by \d+ lines · 1 page/)

  // Hidden: main is told.
  await page.keyboard.press(`${M}+Shift+p`)
  await expect(page.locator(PREVIEW)).toHaveCount(0)
  await expect.poll(() => desktop.registry.get(1)?.previewShown).toBe(false)

  // pdf.js ran under the strict CSP (no eval, worker from the app), and fetched nothing from elsewhere.
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([])
  const origin = galley.harness!.origin
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([])
  expect(requests.some((u) => /pdf\.worker.*\.mjs$/.test(u))).toBe(true)
})

test('the preview keeps its place across a refresh, and never shows an empty page while swapping', async ({ galley }) => {
  test.skip(!galley.harness, 'prints through the harness’s Chromium')
  const { page } = galley
  await openArticle(galley, galley.libraryDir, longArticle(3000, { columns: 3 }))
  const version = await showPreview(page)
  const count = Number(await page.locator(PREVIEW).getAttribute('data-pages'))
  expect(count).toBeGreaterThanOrEqual(4)
  // At 100 % a page is taller than the pane.
  await page.locator(`${PREVIEW} .segmented button`, { hasText: '100 %' }).click()
  await expect.poll(async () => (await firstPageBox(page)).height).toBeGreaterThan(1000)

  // Into page 3, part way down.
  const scroller = page.getByTestId('preview-scroll')
  await scroller.evaluate((el) => {
    const third = el.querySelector('[data-page="3"]') as HTMLElement
    el.scrollTop = third.offsetTop + third.offsetHeight * 0.3
  })
  await expect(page.getByTestId('preview-page-count')).toHaveText(`Page 3 of ${count}`)
  const top = await scroller.evaluate((el) => el.scrollTop)
  // Watch every change of the pages: a page in view must never be without its picture.
  await page.evaluate(() => {
    const w = window as unknown as { __blank: number; __swaps: number }
    w.__blank = 0
    w.__swaps = 0
    const scroller = document.querySelector('[data-testid="preview-scroll"]')!
    new MutationObserver(() => {
      w.__swaps++
      const view = scroller.getBoundingClientRect()
      for (const slot of scroller.querySelectorAll('.preview-page:not(.is-blank)')) {
        const r = slot.getBoundingClientRect()
        if (r.bottom > view.top && r.top < view.bottom && !slot.querySelector('canvas')) w.__blank++
      }
    }).observe(scroller.querySelector('.preview-pages')!, { childList: true, subtree: true })
  })

  await page.locator(BODY).click()
  await page.keyboard.press(`${M}+End`)
  await page.keyboard.type(' And one more word.')
  await nextPreview(page, version)
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeCloseTo(top, 0)
  await expect(page.getByTestId('preview-page-count')).toHaveText(`Page 3 of ${count}`)
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __blank: number; __swaps: number }
    return { __blank: w.__blank, __swaps: w.__swaps }
  })
  expect(seen.__swaps).toBeGreaterThan(0)
  expect(seen.__blank).toBe(0)
})

test('zoom: fit width, fit page and 100 %; facing pages; thumbnails', async ({ galley }) => {
  test.skip(!galley.harness, 'prints through the harness’s Chromium')
  const { page } = galley
  await openArticle(galley, galley.libraryDir, longArticle(3000, { columns: 3 }))
  await showPreview(page)
  const scroller = page.getByTestId('preview-scroll')
  const view = () => scroller.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }))
  const zoom = (label: string) => page.locator(`${PREVIEW} .segmented button`, { hasText: label }).click()

  await zoom('Fit width')
  await expect.poll(async () => (await firstPageBox(page)).width).toBeCloseTo((await view()).width - 48, 0)
  await zoom('100 %')
  await expect.poll(async () => (await firstPageBox(page)).width).toBeCloseTo(210 * MM_TO_PX, 0)
  expect(210 * MM_TO_PX).toBeCloseTo(595.28 * PX_PER_PT, 0)
  await zoom('Fit page')
  await expect.poll(async () => (await firstPageBox(page)).height).toBeLessThanOrEqual((await view()).height - 47)
  const fitPage = await firstPageBox(page)
  expect(fitPage.width / fitPage.height).toBeCloseTo(210 / 297, 2)

  // Thumbnails: one per page; a click goes to the page.
  await zoom('Fit width')
  const count = Number(await page.locator(PREVIEW).getAttribute('data-pages'))
  const thumbs = page.locator(`${PREVIEW} .preview-thumb`)
  await expect(thumbs).toHaveCount(count)
  await thumbs.nth(2).click()
  await expect(page.getByTestId('preview-page-count')).toHaveText(`Page 3 of ${count}`)
  await expect(thumbs.nth(2)).toHaveAttribute('aria-current', 'page')
  expect(await scroller.evaluate((el) => Math.abs((el.querySelector('[data-page="3"]') as HTMLElement).offsetTop - el.scrollTop))).toBeLessThan(10)

  // Facing: page 1 alone on the right, then 2–3 side by side.
  await page.locator(PREVIEW).getByRole('button', { name: 'Facing' }).click()
  const rows = page.locator(`${PREVIEW} .preview-row`)
  await expect(rows.nth(1).locator('.preview-page:not(.is-blank)')).toHaveCount(2)
  await expect(rows.nth(0).locator('.preview-page.is-blank')).toHaveCount(1)
  const [blank, first] = await Promise.all([rows.nth(0).locator('.is-blank').boundingBox(), rows.nth(0).locator('[data-page="1"]').boundingBox()])
  expect(blank!.x).toBeLessThan(first!.x)
  const [left, right] = await Promise.all([rows.nth(1).locator('[data-page="2"]').boundingBox(), rows.nth(1).locator('[data-page="3"]').boundingBox()])
  expect(left!.x).toBeLessThan(right!.x)
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(1)
  // Two pages fill the width of the pane together.
  expect(left!.width + right!.width).toBeCloseTo((await view()).width - 48 - 2, 0)

  await page.locator(PREVIEW).getByRole('button', { name: 'Thumbnails' }).click()
  await expect(thumbs).toHaveCount(0)
  // Expanded, the preview takes the text's place; the editor keeps its state.
  await page.locator(PREVIEW).getByRole('button', { name: 'Expand' }).click()
  await expect(page.locator('.editor-column')).toBeHidden()
  await page.locator(PREVIEW).getByRole('button', { name: 'Beside text' }).click()
  await expect(page.locator(BODY)).toBeVisible()
})

test('print settings in the inspector change the article’s layout and the preview follows', async ({ galley }) => {
  test.skip(!galley.harness, 'prints through the harness’s Chromium')
  const { page } = galley
  await openArticle(galley, galley.libraryDir, englishEditorial({ copyfit: { kind: 'none' } }))
  let version = await showPreview(page)
  const settings = page.getByTestId('print-settings')
  await expect(page.getByTestId('inspector-copyfit')).toHaveCount(0)

  // Bigger type on more leading: more pages.
  const pagesBefore = Number(await page.locator(PREVIEW).getAttribute('data-pages'))
  await settings.locator('#ps-bodySizePt').fill('20')
  await settings.locator('#ps-leadingPt').fill('26')
  version = await nextPreview(page, version)
  expect(Number(await page.locator(PREVIEW).getAttribute('data-pages'))).toBeGreaterThan(pagesBefore)
  // Columns: the page's text is set in as many columns (the rule shows between them).
  await settings.locator('#ps-columns').fill('2')
  await settings.getByLabel('Rule between columns').check()
  version = await nextPreview(page, version)

  // Tabloid: the page's shape follows.
  await settings.locator('#ps-pageSize').selectOption('Tabloid')
  version = await nextPreview(page, version)
  const tabloid = await firstPageBox(page)
  expect(tabloid.width / tabloid.height).toBeCloseTo(279.4 / 431.8, 2)

  // A custom size, landscape.
  await settings.locator('#ps-pageSize').selectOption('custom')
  await settings.locator('#ps-customWidthMm').fill('300')
  await settings.locator('#ps-customHeightMm').fill('200')
  await settings.getByRole('button', { name: 'Landscape' }).click()
  version = await nextPreview(page, version)
  const custom = await firstPageBox(page)
  expect(custom.width / custom.height).toBeCloseTo(200 / 300, 2)

  // Out of range: refused, marked, the article keeps its value.
  await settings.locator('#ps-bleedMm').fill('9')
  await expect(settings.locator('#ps-bleedMm')).toHaveAttribute('aria-invalid', 'true')
  await settings.locator('#ps-bleedMm').blur()
  await expect(settings.locator('#ps-bleedMm')).toHaveValue('0')

  // A copyfit target in pages: the verdict appears in the inspector and the preview.
  await settings.locator('#ps-copyfit').selectOption('pages')
  await expect(page.getByTestId('inspector-copyfit')).toHaveText(/^(Fits|Overset by \d+ lines?|Short by \d+ lines?) · \d+ pages?$/)
  await expect(page.getByTestId('preview-copyfit')).toHaveText(/^(Fits|Overset by \d+ lines?|Short by \d+ lines?)$/)
  // The checkboxes reach the layout too: crop marks add a slug around the sheet (seen at 100 %).
  await page.locator(`${PREVIEW} .segmented button`, { hasText: '100 %' }).click()
  await expect.poll(async () => (await firstPageBox(page)).width).toBeCloseTo(200 * MM_TO_PX, 0)
  await settings.getByLabel('Crop marks').check()
  version = await nextPreview(page, version)
  const slug = cropMarkGeometry(0).slugMm
  await expect.poll(async () => (await firstPageBox(page)).width).toBeCloseTo((200 + 2 * slug) * MM_TO_PX, 0)
  expect(await shownVersion(page)).toBe(version)
})

test('regression: the preview shows a newly opened article even when the pane is resized while it draws', async ({ galley }) => {
  test.skip(!galley.harness, 'prints through the harness’s Chromium')
  const { page } = galley
  await openArticle(galley, galley.libraryDir, englishEditorial(), 'first')
  await showPreview(page)
  await openArticle(galley, galley.libraryDir, longArticle(3000, { columns: 4, pageSize: 'Tabloid' }), 'second')
  // Change the pane's size and zoom again and again while the new article's first PDF is printed and drawn.
  await page.locator(PREVIEW).getByRole('button', { name: 'Expand' }).click()
  await page.locator(PREVIEW).getByRole('button', { name: 'Facing' }).click()
  await page.evaluate(async () => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="preview"] .segmented button')]
    for (let i = 0; i < 60; i++) {
      buttons[i % 2]!.click()
      await new Promise((r) => setTimeout(r, 40))
    }
  })
  await nextPreview(page, 0)
  await expect(pageSlots(page).first().locator('canvas')).toHaveCount(1)
  // Every page in view gets its picture (the regression left them blank for good); the last ones may
  // still be drawing the moment the new PDF arrives, so this is waited for, within the usual timeout.
  await expect
    .poll(() =>
      page.getByTestId('preview-scroll').evaluate((scroller) => {
        const view = scroller.getBoundingClientRect()
        return [...scroller.querySelectorAll('.preview-page:not(.is-blank)')].filter((slot) => {
          const r = slot.getBoundingClientRect()
          return r.bottom > view.top && r.top < view.bottom && !slot.querySelector('canvas')
        }).length
      }),
    )
    .toBe(0)
})
