import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { PNG } from 'pngjs'
import { body, BodySchema, image, paragraph, sectionBreak, type BodyJSON } from '../../src/shared/article/body'
import { createArticle, serializeArticle } from '../../src/shared/article/file'
import { bodyStats } from '../../src/shared/article/stats'
import { expect, test } from './harness/fixtures'
import { expectRichArticle, writeRichArticle } from './helpers/article'
import { BODY, exportedBody, mod, pasteHtml } from './helpers/editor'
import { solidPng } from './helpers/png'
import { openInWindow } from './helpers/session'

const M = mod()

function types(body: BodyJSON): string[] {
  return body.root.children.map((b) => (b.type === 'heading' ? `heading:${b.tag}` : b.type))
}

test('write an article with subheads, a list, a pull quote, a fact box, a Q&A pair and a captioned image', async ({ galley }) => {
  const { page } = galley
  await writeRichArticle(page)

  // The DOM shows the structure…
  await expectRichArticle(page)

  // …and the exported JSON is what a .galley file holds.
  await expect.poll(async () => (await exportedBody(page)).root.children.find((b) => b.type === 'image')?.['caption']).toBe('The bridge at dawn')
  const json = await exportedBody(page)
  const parsed = BodySchema.safeParse(json)
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true)
  expect(types(json), types(json).join(" ")).toEqual(['paragraph', 'heading:h2', 'list', 'pull-quote', 'fact-box', 'heading:h3', 'qa-pair', 'paragraph', 'image', 'paragraph'])
  expect(json.root.children[3]).toMatchObject({ children: [{ children: [{ text: 'We kept our word' }] }, { children: [{ text: 'Mayor Ahmadi' }] }] })
  expect(json.root.children[4]).toMatchObject({ type: 'fact-box', variant: 'facts', children: [{ type: 'fact-box-title', children: [{ text: 'Key facts' }] }, { type: 'list', children: [{ children: [{ text: 'Length: 240 metres' }] }, {}, {}] }] })
  expect(json.root.children[8]).toMatchObject({ type: 'image', caption: 'The bridge at dawn', credit: 'Photo: A. Noori', width: 'column' })

  // Counts follow, computed as the shared counter does.
  await expect(page.getByTestId('count-words')).toHaveText(`${bodyStats(json).words} words`)
})

test('a triple click selects one paragraph: typing over it replaces that paragraph and never joins the next', async ({ galley }) => {
  const { page } = galley
  const body = page.locator(BODY)
  await body.click()
  await page.keyboard.type('The first paragraph, about to be rewritten.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The second paragraph stays as it is.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The third one too.')
  await body.locator('p').first().click({ clickCount: 3 })
  await page.keyboard.type('A new lede.')
  await expect(body.locator('p')).toHaveText(['A new lede.', 'The second paragraph stays as it is.', 'The third one too.'])
  // In the middle of the article too; undo brings the paragraph back. The first letter typed over a
  // selection is its own step (as in Lexical's history everywhere) and typing is grouped by time, so a
  // loaded machine may split the word into more steps: undo until the paragraph is back, each undo
  // leaving the other paragraphs alone and the second one a prefix of what was typed.
  await body.locator('p').nth(1).click({ clickCount: 3 })
  await page.keyboard.type('Replaced.')
  await expect(body.locator('p')).toHaveText(['A new lede.', 'Replaced.', 'The third one too.'])
  const original = 'The second paragraph stays as it is.'
  for (let undos = 0; ; undos++) {
    const second = await body.locator('p').nth(1).textContent()
    if (second === original) break
    expect('Replaced.'.startsWith(second ?? '?'), `after ${undos} undos: ${second}`).toBe(true)
    expect(undos, 'one undo per letter at most').toBeLessThanOrEqual('Replaced.'.length)
    await page.keyboard.press(`${M}+Z`)
    await expect(body.locator('p').nth(1)).not.toHaveText(second ?? '')
  }
  await expect(body.locator('p')).toHaveText(['A new lede.', original, 'The third one too.'])
})

test('find and replace all is undone in one step', async ({ galley }) => {
  const { page } = galley
  const body = page.locator(BODY)
  await body.click()
  await page.keyboard.type('The mayor spoke. The Mayor left.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('A mayoral race and the mayor again.')
  await page.keyboard.press(`${M}+H`)
  await page.getByRole('textbox', { name: 'Find' }).fill('mayor')
  await expect(page.getByTestId('find-count')).toHaveText('1 of 4')
  await page.getByRole('button', { name: 'Whole words only' }).click()
  await expect(page.getByTestId('find-count')).toHaveText('1 of 3')
  await page.getByRole('button', { name: 'Match case' }).click()
  await expect(page.getByTestId('find-count')).toHaveText('1 of 2')
  // Every match is highlighted, without touching the document.
  expect(await page.evaluate(() => CSS.highlights.get('galley-find')?.size)).toBe(2)
  await page.getByRole('textbox', { name: 'Replace with' }).fill('governor')
  await page.getByRole('button', { name: 'Replace all' }).click()
  await expect(body).toHaveText('The governor spoke. The Mayor left.A mayoral race and the governor again.')
  await body.click()
  await page.keyboard.press(`${M}+Z`)
  await expect(body).toHaveText('The mayor spoke. The Mayor left.A mayoral race and the mayor again.')
  // A regular expression with a group.
  await page.keyboard.press(`${M}+H`)
  await page.getByRole('button', { name: 'Regular expression' }).click()
  await page.getByRole('textbox', { name: 'Find' }).fill('(\\w+)al race')
  await page.getByRole('textbox', { name: 'Replace with' }).fill('$1 contest')
  await page.getByRole('button', { name: 'Replace all' }).click()
  await expect(body).toContainText('A mayor contest and')
})

test('a hostile HTML paste leaves no trace in the DOM or the exported JSON', async ({ galley }) => {
  const { page } = galley
  await page.locator(BODY).click()
  const hostile = `
    <html><head><style>p { color: red }</style><script>window.__pwned = 1</script><link rel="stylesheet" href="http://evil.example/x.css"></head>
    <body>
      <h1 style="font-family: Comic Sans MS; color: red" onclick="window.__pwned = 2">Pasted headline</h1>
      <p style="color: red; font-size: 40px; background: url(http://evil.example/bg.png)" class="MsoNormal">Plain <b>bold</b> and <span style="font-style: italic">italic</span> text
        <a href="javascript:window.__pwned = 3">bad link</a> and <a href="https://example.com/ok" onmouseover="window.__pwned = 4">good link</a>
        and <a href="data:text/html,<script>alert(1)</script>">data link</a>.</p>
      <img src="http://tracker.example/pixel.gif" width="1" height="1">
      <img src="https://evil.example/photo.jpg" onerror="window.__pwned = 5">
      <iframe src="https://evil.example/"></iframe>
      <ul><li>one</li><li>two</li></ul>
      <svg onload="window.__pwned = 6"><circle r="5"/></svg>
      <font face="Wingdings">Fonty</font>
    </body></html>`
  await pasteHtml(page, hostile, 'Pasted headline')
  const body = page.locator(BODY)
  await expect(body.locator('h2')).toHaveText('Pasted headline')
  await expect(body.locator('ul li')).toHaveText(['one', 'two'])
  await expect(body.locator('a')).toHaveCount(1)
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.com/ok')

  const html = await body.innerHTML()
  for (const trace of ['script', 'onclick', 'onerror', 'onmouseover', 'onload', 'javascript:', 'data:text', 'evil.example', 'tracker.example', 'iframe', '<svg', 'Comic', 'color', 'font-size', 'Wingdings', 'MsoNormal', '<img']) {
    expect(html, `DOM contains ${trace}`).not.toContain(trace)
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  const json = JSON.stringify(await exportedBody(page))
  for (const trace of ['javascript:', 'data:text', 'evil.example', 'tracker.example', 'color', 'Comic', 'font-size', 'Wingdings', 'onerror']) {
    expect(json, `JSON contains ${trace}`).not.toContain(trace)
  }
  expect(BodySchema.safeParse(JSON.parse(json)).success).toBe(true)
  // Formats survive the cleaning.
  await expect(body.locator('strong, .ed-bold').first()).toHaveText('bold')
  await expect(body.locator('em, .ed-italic').first()).toHaveText('italic')
})

test('an RTL article (Dari) is typed and displayed right to left, with mixed paragraphs', async ({ galley }) => {
  const { page } = galley
  await page.getByLabel('Language', { exact: true }).selectOption('fa-AF')
  await expect(page.getByLabel('Direction', { exact: true })).toHaveValue('rtl')
  const body = page.locator(BODY)
  await expect(body).toHaveAttribute('dir', 'rtl')
  await body.click()
  await page.keyboard.type('پل کابل پس از سیلاب "دوباره" باز شد')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Reuters reported the reopening.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('متن')
  const paragraphs = body.locator('p')
  await expect(paragraphs.nth(0)).toHaveText('پل کابل پس از سیلاب «دوباره» باز شد')
  const layout = await paragraphs.evaluateAll((ps) =>
    ps.map((p) => {
      const range = document.createRange()
      range.selectNodeContents(p)
      const text = range.getBoundingClientRect()
      const box = p.getBoundingClientRect()
      return { direction: getComputedStyle(p).direction, rightGap: Math.round(box.right - text.right), leftGap: Math.round(text.left - box.left), font: getComputedStyle(p).fontFamily }
    }),
  )
  // Persian paragraphs run right to left and sit against the right edge; the English one is LTR.
  expect(layout[0]?.direction).toBe('rtl')
  expect(layout[0]?.rightGap).toBeLessThan(2)
  expect(layout[1]?.direction).toBe('ltr')
  expect(layout[1]?.leftGap).toBeLessThan(2)
  expect(layout[2]?.direction).toBe('rtl')
  expect(layout[0]?.font).toContain('Vazirmatn')
  expect(await page.evaluate(() => document.fonts.check('20px Vazirmatn', 'سلام'))).toBe(true)
  // The caret sits in the RTL paragraph at its right when it starts.
  await page.keyboard.press('Home')
  const caret = await page.evaluate(() => {
    const r = window.getSelection()?.getRangeAt(0).getBoundingClientRect()
    const p = document.querySelectorAll('[data-testid="article-body"] p')[2]?.getBoundingClientRect()
    return r && p ? Math.round(p.right - r.right) : null
  })
  expect(caret).not.toBeNull()
  expect(caret as number).toBeLessThan(3)
  // The headline and deck grow with their lines and show every one whole: Vazirmatn reaches
  // further below its lines than the Latin serif does.
  const header = page.getByTestId('article-header')
  for (const [name, text] of [
    ['Headline', 'شورا به بازگشایی پل قدیمی برای اتوبوس‌ها و دوچرخه‌ها رأی داد'],
    ['Deck', 'کار بازسازی تا بهار پایان می‌یابد و پل برای رفت و آمد شبانه نیز باز خواهد بود، گفت شهردار'],
  ] as const) {
    const field = header.getByRole('textbox', { name })
    await field.fill(text)
    const size = await field.evaluate((el) => ({ hidden: el.scrollHeight - el.clientHeight, lines: Math.floor(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)) }))
    expect(size, name).toEqual({ hidden: 0, lines: 2 })
  }
})

test('images and breaks in a long article: a full-width picture and selection outlines are drawn whole, and a caption typed in place is one undo step', async ({ galley }) => {
  const { page } = galley
  if (!galley.harness) throw new Error('needs the in-process harness')
  const blue: [number, number, number] = [30, 90, 200]
  const png = solidPng(1400, 300, blue)
  const key = createHash('sha256').update(png).digest('hex')
  const filler = (n: number) => Array.from({ length: n }, (_, i) => paragraph(`Paragraph ${i + 1} of the report, long enough to fill a line or two of the column as copy does.`))
  const file = path.join(galley.libraryDir, 'Pictures.galley')
  await writeFile(
    file,
    serializeArticle(
      createArticle({
        id: crypto.randomUUID(),
        now: new Date(),
        meta: { headline: 'Pictures' },
        // Far down a long article: blocks out of view are skipped until they come near.
        body: body([...filler(60), image(key, { caption: 'Across the page', width: 'full' }), ...filler(60), image(key, { caption: 'In the column' }), sectionBreak(), paragraph('The end.')]),
        assets: { [key]: { mime: 'image/png', data: png.toString('base64'), name: 'wide.png' } },
      }),
    ),
  )
  await openInWindow(galley.harness, file)
  const figures = page.locator(`${BODY} figure.image`)
  await expect(figures).toHaveCount(2)
  const full = figures.first()
  await full.scrollIntoViewIfNeeded()
  await full.locator('img').click()
  await expect(page.locator(`${BODY} > [data-block="image"]`).first()).toHaveClass(/is-selected/)

  // The full-width picture reaches 56px past the column on each side, and is painted there.
  const column = (await page.locator(`${BODY} > p`).first().boundingBox())!
  const img = (await full.locator('img').boundingBox())!
  expect(Math.round(img.width)).toBe(Math.round(column.width) + 112)
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: img.x - 8, y: img.y - 8, width: img.width + 16, height: 40 } }))
  const at = (x: number, y: number): number[] => [...shot.data.subarray((y * shot.width + x) * 4, (y * shot.width + x) * 4 + 3)]
  const near = (rgb: number[], want: readonly number[], tol = 24) => rgb.every((v, i) => Math.abs(v - (want[i] ?? 0)) <= tol)
  // Inside the picture at both ends of the overhang…
  expect(near(at(10, 20), blue), `left overhang ${at(10, 20).join(',')}`).toBe(true)
  expect(near(at(shot.width - 11, 20), blue), `right overhang ${at(shot.width - 11, 20).join(',')}`).toBe(true)
  // …and the selection outline (3px outside it) is there too, not cut off by the block's edge.
  const focus = await page.evaluate(() => getComputedStyle(document.querySelector('.is-selected > .image img') as HTMLElement).outlineColor)
  const [r, g, b] = (focus.match(/\d+/g) ?? []).map(Number)
  expect(near(at(3, 20), [r ?? 0, g ?? 0, b ?? 0], 60), `outline left ${at(3, 20).join(',')} vs ${focus}`).toBe(true)
  expect(near(at(shot.width - 4, 20), [r ?? 0, g ?? 0, b ?? 0], 60), `outline right ${at(shot.width - 4, 20).join(',')} vs ${focus}`).toBe(true)
  // A section break's outline is whole too.
  const mark = page.locator(`${BODY} .section-break-mark`)
  await mark.scrollIntoViewIfNeeded()
  await mark.click()
  await expect(page.locator(`${BODY} > [data-block="section-break"]`)).toHaveClass(/is-selected/)
  const box = (await mark.boundingBox())!
  const edge = PNG.sync.read(await page.screenshot({ clip: { x: box.x - 8, y: box.y + box.height / 2 - 4, width: box.width + 16, height: 8 } }))
  const edgeAt = (x: number): number[] => [...edge.data.subarray((4 * edge.width + x) * 4, (4 * edge.width + x) * 4 + 3)]
  const outlined = (x: number) => [0, 1, 2, 3, 4, 5, 6, 7].some((dx) => near(edgeAt(x + dx), [r ?? 0, g ?? 0, b ?? 0], 60))
  expect(outlined(0), 'section break outline, left side').toBe(true)
  expect(outlined(edge.width - 8), 'section break outline, right side').toBe(true)

  // The last image's caption, typed in place and left: one undo takes it back, in the field too.
  const caption = figures.last().getByRole('textbox', { name: 'Caption' })
  await caption.scrollIntoViewIfNeeded()
  await caption.fill('In the column, at dusk')
  await figures.last().getByRole('textbox', { name: 'Credit' }).click()
  await expect.poll(async () => (await exportedBody(page)).root.children.filter((b) => b.type === 'image').map((b) => b['caption'])).toEqual(['Across the page', 'In the column, at dusk'])
  await page.locator(BODY).click()
  await page.keyboard.press(`${M}+Z`)
  await expect(caption).toHaveValue('In the column')
  await expect.poll(async () => (await exportedBody(page)).root.children.filter((b) => b.type === 'image').map((b) => b['caption'])).toEqual(['Across the page', 'In the column'])
})

test('opening a long article: the picture in view is drawn before the first frame is painted, the ones further down right after', async ({ galley }) => {
  const { page } = galley
  if (!galley.harness) throw new Error('needs the in-process harness')
  const png = solidPng(800, 400, [200, 60, 40])
  const key = createHash('sha256').update(png).digest('hex')
  const filler = (n: number) => Array.from({ length: n }, (_, i) => paragraph(`Paragraph ${i + 1} of the report, long enough to fill a line or two of the column as copy does.`))
  const write = async (name: string, blocks: BodyJSON['root']['children']) => {
    const file = path.join(galley.libraryDir, name)
    const assets = { [key]: { mime: 'image/png' as const, data: png.toString('base64'), name: 'red.png' } }
    await writeFile(file, serializeArticle(createArticle({ id: crypto.randomUUID(), now: new Date(), meta: { headline: name }, body: body(blocks), assets })))
    return file
  }
  // Opened after another article, as during a working day: the editor swaps its text.
  await openInWindow(galley.harness, await write('Before.galley', filler(3)))
  const captions = ['At the top', 'Further down', 'At the end']
  const file = await write('Pictures.galley', [paragraph('The council reopened the bridge.'), image(key, { caption: captions[0] }), ...filler(80), image(key, { caption: captions[1] }), ...filler(80), image(key, { caption: captions[2] })])
  // What the first frame after the new text goes in will paint: its animation callbacks run before it is painted.
  await page.evaluate(() => {
    const w = window as unknown as { __firstFrame: Promise<{ inView: boolean; drawn: boolean }[]> }
    w.__firstFrame = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="article-body"] > [data-block="image"]')) return
        observer.disconnect()
        requestAnimationFrame(() =>
          done(
            [...document.querySelectorAll<HTMLElement>('[data-testid="article-body"] > [data-block="image"]')].map((block) => {
              const rect = block.getBoundingClientRect()
              return { inView: rect.bottom > 0 && rect.top < window.innerHeight, drawn: block.querySelector('figure img') !== null }
            }),
          ),
        )
      })
      observer.observe(document.body, { childList: true, subtree: true })
    })
  })
  await openInWindow(galley.harness, file)
  const first = await page.evaluate(() => (window as unknown as { __firstFrame: Promise<{ inView: boolean; drawn: boolean }[]> }).__firstFrame)
  expect(first).toHaveLength(3)
  expect(first[0]).toEqual({ inView: true, drawn: true })
  // Far out of view, left for the idle time after the open…
  expect(first[2]).toEqual({ inView: false, drawn: false })
  // …and drawn then, with their captions, without scrolling to them.
  const figures = page.locator(`${BODY} figure.image`)
  await expect(figures).toHaveCount(3)
  for (const [i, caption] of captions.entries()) await expect(figures.nth(i).getByRole('textbox', { name: 'Caption' })).toHaveValue(caption)
  const loaded = await figures.first().locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
  expect(loaded).toBe(800)
})
