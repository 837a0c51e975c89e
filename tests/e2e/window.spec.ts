import type { Page } from 'playwright-core'
import { expect, test } from './harness/fixtures'
import { BODY, exportedBody, mod, pasteHtml } from './helpers/editor'
import { solidPng } from './helpers/png'

const M = mod()

test('panes resize, collapse and come back; focus mode hides everything but the text', async ({ galley }) => {
  const { page } = galley
  const sidebar = page.getByTestId('sidebar')
  const inspector = page.getByTestId('inspector')
  await expect(sidebar).toBeVisible()
  await expect(inspector).toBeVisible()
  const before = (await sidebar.boundingBox())?.width ?? 0
  const divider = page.getByRole('separator', { name: 'Sidebar width' })
  const box = await divider.boundingBox()
  if (!box) throw new Error('no divider')
  await page.mouse.move(box.x + box.width / 2, box.y + 200)
  await page.mouse.down()
  await page.mouse.move(box.x + 80, box.y + 200, { steps: 5 })
  await page.mouse.up()
  await expect.poll(async () => Math.round((await sidebar.boundingBox())?.width ?? 0)).toBeGreaterThan(before + 60)

  await page.keyboard.press(`${M}+Shift+Digit1`)
  await expect(sidebar).toBeHidden()
  await page.keyboard.press(`${M}+Shift+Digit2`)
  await expect(inspector).toBeHidden()
  await page.keyboard.press(`${M}+Shift+Digit1`)
  await expect(sidebar).toBeVisible()
  // Sizes and visibility are remembered.
  await galley.reload()
  await expect(page.getByTestId('sidebar')).toBeVisible()
  await expect(page.getByTestId('inspector')).toBeHidden()
  await expect.poll(async () => Math.round((await page.getByTestId('sidebar').boundingBox())?.width ?? 0)).toBeGreaterThan(before + 60)

  await page.locator(BODY).click()
  await page.keyboard.type('Only the words.')
  await page.keyboard.press(`${M}+Shift+F`)
  await expect(page.getByTestId('toolbar')).toBeHidden()
  await expect(page.getByTestId('sidebar')).toBeHidden()
  await expect(page.getByTestId('statusbar')).toBeHidden()
  await expect(page.locator(BODY)).toBeVisible()
  await expect(page.getByTestId('count-words')).toHaveText('3 words')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('toolbar')).toBeVisible()
})

test('a long headline stays in the window: the title is cut short, the inspector and the top bar buttons keep their place', async ({ galley }) => {
  const { page } = galley
  const headline = 'A very long headline that goes on about the council budget vote, the bridge repairs, the flood defences and everything else the city argued about this week in its longest session ever'
  await page.getByRole('textbox', { name: 'Headline' }).first().fill(headline)
  await expect(page.getByTestId('document-title')).toHaveText(headline)
  const width = page.viewportSize()?.width ?? 0
  const inspector = await page.getByTestId('inspector').boundingBox()
  expect(inspector).not.toBeNull()
  expect((inspector?.x ?? 0) + (inspector?.width ?? 0)).toBeLessThanOrEqual(width + 1)
  const inspectorButton = await page.locator('.topbar').getByRole('button', { name: 'Inspector' }).boundingBox()
  expect((inspectorButton?.x ?? width) + (inspectorButton?.width ?? 0)).toBeLessThanOrEqual(width + 1)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
})

test('every toolbar button names its shortcut; shortcuts work with a Cyrillic layout', async ({ galley }) => {
  const { page } = galley
  const buttons = page.getByTestId('toolbar').locator('button')
  const titles = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))
  for (const title of titles.filter((t) => !t.startsWith('Insert'))) expect(title).toMatch(/\((Ctrl|⌘)[^)]*\)$/)
  await expect(page.getByRole('button', { name: 'Bold (Ctrl+B)' })).toBeVisible()

  await page.locator(BODY).click()
  await page.keyboard.type('Мост открыт')
  await page.keyboard.press('Shift+Home')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Мост открыт')
  // Lexical takes the selection over on the next selectionchange event.
  await page.waitForTimeout(100)
  // With a Russian layout the B key types "и": Ctrl+B must still mean bold.
  await page.locator(BODY).dispatchEvent('keydown', { key: 'и', code: 'KeyB', ctrlKey: true, bubbles: true })
  await expect(page.locator(`${BODY} strong`)).toHaveText('Мост открыт')
})

test('the outline lists subheads and jumps to them', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.type(`## Part ${i}`)
    await page.keyboard.press('Enter')
    for (let p = 0; p < 12; p++) {
      await page.keyboard.type(`Paragraph ${p} of part ${i}, long enough to take a line of the page.`)
      await page.keyboard.press('Enter')
    }
  }
  const outline = page.getByTestId('outline').getByRole('button')
  await expect(outline).toHaveText(['Part 1', 'Part 2', 'Part 3'])
  await outline.nth(1).click()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent)).toBe('Part 2')
  // Editing a subhead updates the outline (regression: the outline missed edits inside a subhead).
  await page.keyboard.press('End')
  await page.keyboard.type(': the money')
  await expect(outline).toHaveText(['Part 1', 'Part 2: the money', 'Part 3'])
  // Selection counts appear while text is selected.
  await page.keyboard.press('Shift+Home')
  await expect(page.getByTestId('selection-counts')).toContainText('Selection: 4 words')
})

test('Word and Google Docs pastes keep their structure; Ctrl+Shift+V pastes plain text; pasted images become assets', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  const word =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->' +
    '<h2 style="mso-style-name: Heading2">Budget</h2><p class="MsoNormal"><b>Total</b>: 4<o:p></o:p></p>' +
    '<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>  </span></span>Roads</p>' +
    '<p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span>Bridges</p><!--EndFragment--></body></html>'
  await pasteHtml(page, word)
  const body = page.locator(BODY)
  await expect(body.locator('h2')).toHaveText('Budget')
  await expect(body.locator('ul li')).toHaveText(['Roads', 'Bridges'])
  await expect(body.locator('strong')).toHaveText('Total')

  // An image pasted inside HTML (as Google Docs and web pages deliver it) is stored in the article.
  const png = solidPng(40, 30, [200, 30, 30]).toString('base64')
  await pasteHtml(page, `<p>Photo:</p><figure><img src="data:image/png;base64,${png}" alt="Red square"><figcaption>A red square</figcaption></figure>`)
  await expect(body.locator('figure.image img')).toHaveAttribute('alt', 'Red square')
  const json = await exportedBody(page)
  const img = json.root.children.find((b) => b.type === 'image')
  expect(img).toMatchObject({ type: 'image', altText: 'Red square', caption: 'A red square' })
  expect(String(img?.['asset'])).toMatch(/^[0-9a-f]{64}$/)

  // Plain-text paste: the shortcut, then the paste event the browser sends.
  await body.locator('p').last().click()
  await page.keyboard.press('End')
  await page.locator(BODY).dispatchEvent('keydown', { key: 'V', code: 'KeyV', ctrlKey: true, shiftKey: true, bubbles: true })
  await pasteHtml(page, '<h2>Not a heading</h2><p><b>not bold</b></p>', 'Plain words')
  await expect(body).toContainText('Plain words')
  await expect(body.locator('h2')).toHaveCount(1)
})

test('smart typography in the body and the headline, undone with one Ctrl+Z', async ({ galley }) => {
  const { page } = galley
  const headline = page.getByRole('textbox', { name: 'Headline' }).first()
  await headline.click()
  await page.keyboard.type('"Never again," mayor says')
  await expect(headline).toHaveValue('“Never again,” mayor says')
  await page.locator(BODY).click()
  await page.keyboard.type('She said "yes" -- twice... See https://example.com/a--b')
  await expect(page.locator(BODY)).toHaveText('She said “yes” — twice… See https://example.com/a--b')
  await page.keyboard.press('Home')
  await page.keyboard.press('End')
  await page.keyboard.type(' "')
  await expect(page.locator(BODY)).toContainText('a--b “')
  await page.keyboard.press(`${M}+Z`)
  await expect(page.locator(BODY)).toContainText('a--b "')
})

/** Which Q&A part the caret is in (class and index among its kind), or null. */
function caretIn(page: Page): Promise<{ part: string; index: number } | null> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode
    const el = (node instanceof Element ? node : node?.parentElement)?.closest('.ed-qa-question, .ed-qa-answer')
    if (!el) return null
    const part = el.classList.contains('ed-qa-question') ? 'ed-qa-question' : 'ed-qa-answer'
    return { part, index: [...document.querySelectorAll(`.${part}`)].indexOf(el) }
  })
}

test('Q&A speakers are set for a pair, carried to the next and renamed in every pair; a box changes kind', async ({ galley }) => {
  const { page } = galley
  const body = page.locator(BODY)
  await body.click()
  await page.keyboard.press(`${M}+Alt+KeyQ`)
  await page.keyboard.type('What happened?')
  const bar = page.getByTestId('context-bar')
  await bar.getByLabel('Question by').fill('Herald')
  await bar.getByLabel('Answer by').fill('Karimi')
  await bar.getByLabel('Answer by').press('Enter')
  await expect(body.locator('.ed-qa-question').first()).toHaveAttribute('data-speaker', 'Herald')
  await body.locator('.ed-qa-question').first().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await expect.poll(() => caretIn(page)).toEqual({ part: 'ed-qa-answer', index: 0 })
  await page.keyboard.type('The river rose.')
  await page.keyboard.press('Enter')
  await expect.poll(() => caretIn(page)).toEqual({ part: 'ed-qa-question', index: 1 })
  // Typed straight away: the new pair is drawn at once, not skipped until the browser's next frame
  // finds it in view (regression: a letter typed before that frame landed after the interview, about
  // one run in three under load; the style check fails every time without the fix).
  expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll('.ed-qa')[1] as HTMLElement).contentVisibility)).toBe('visible')
  await page.keyboard.type('And then?')
  await expect(body.locator('.ed-qa-question').nth(1)).toHaveText(/And then\?/)
  await expect(body.locator('.ed-qa-answer').nth(1)).toHaveAttribute('data-speaker', 'Karimi')
  await bar.getByLabel('Answer by').fill('Ahmad Karimi')
  await bar.getByLabel('Answer by').press('Enter')
  await expect(body.locator('.ed-qa-answer[data-speaker="Ahmad Karimi"]')).toHaveCount(2)
  const json = await exportedBody(page)
  expect(json.root.children.filter((b) => b.type === 'qa-pair')).toHaveLength(2)
  expect(json.root.children[0]).toMatchObject({ children: [{ speaker: 'Herald' }, { speaker: 'Ahmad Karimi' }] })

  await body.locator('.ed-qa-answer').nth(1).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.press(`${M}+Alt+KeyB`)
  await bar.getByLabel('Box kind').selectOption('correction')
  await expect(body.locator('aside.ed-box')).toHaveAttribute('data-variant', 'correction')
  expect((await exportedBody(page)).root.children.find((b) => b.type === 'fact-box')).toMatchObject({ variant: 'correction' })
})
