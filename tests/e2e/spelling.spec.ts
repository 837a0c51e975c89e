// Offline spell check in the window: underlines by the article's language (body and header fields),
// the editor's context menu (suggestions, Add to Dictionary, Ignore, links), and the setting.
import { readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from 'playwright-core'
import { createArticle, serializeArticle } from '../../src/shared/article/file'
import { body, paragraph } from '../../src/shared/article/body'
import type { HeadlessDesktop } from '../../src/main/desktop/HeadlessDesktop'
import { expect, test } from './harness/fixtures'
import { BODY, exportedBody, mod, pasteHtml } from './helpers/editor'
import { solidPng } from './helpers/png'
import { openInWindow } from './helpers/session'
import { itemIds, rightClickUnderlined, scriptContextMenu, underlinedWords } from './helpers/spelling'

const M = mod()

async function bodyText(page: Page): Promise<string> {
  return page.locator(BODY).innerText()
}

/** What main does for Edit › Check Spelling While Typing. */
async function toggleSpellCheck(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const galley = (window as unknown as { galley: { desktop: { runCommand(c: string): Promise<{ ok: boolean }> } } }).galley
    await galley.desktop.runCommand('edit.spellCheck')
  })
}

test('misspelled words are underlined in the body and the headline, not the word still being typed', async ({ galley }) => {
  const { page } = galley
  await page.getByRole('textbox', { name: 'Headline' }).first().fill('Teh bridge reopens')
  await page.locator(BODY).click()
  await page.keyboard.type('The bridge will recieve a new coat of paintt on Wensday')
  await expect.poll(() => underlinedWords(page)).toEqual(['Teh', 'paintt', 'recieve'])
  // The caret moves on: the last word is finished.
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => underlinedWords(page)).toEqual(['Teh', 'Wensday', 'paintt', 'recieve'])
  // Numbers, addresses and correct words are left alone; a fixed word loses its underline.
  await page.keyboard.press('End')
  await page.keyboard.type('. See www.example.com or call 555-0100 at 9am.')
  await page.getByRole('textbox', { name: 'Headline' }).first().fill('The bridge reopens')
  await expect.poll(() => underlinedWords(page)).toEqual(['Wensday', 'paintt', 'recieve'])
  await expect(page.locator(BODY)).toHaveAttribute('data-spelling', 'ready')
})

test('a Russian article is checked by the Russian dictionary, an English quotation in it by the English one', async ({ galley }) => {
  const { page } = galley
  await page.getByLabel('Language', { exact: true }).selectOption('ru')
  await page.locator(BODY).click()
  await page.keyboard.type('Мост через реку открылся в срдеу после ремонта. Мэр сказал: «Hello wrold». ')
  await expect.poll(() => underlinedWords(page)).toEqual(['wrold', 'срдеу'])
  // Back to English: the Cyrillic words are checked in Russian still, the rest in English.
  await page.getByLabel('Language', { exact: true }).selectOption('en')
  await page.keyboard.type('And the mayr smiled. ')
  await expect.poll(() => underlinedWords(page)).toEqual(['mayr', 'wrold', 'срдеу'])
})

test('a suggestion chosen in the context menu replaces the word, and one undo brings it back', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  const shown = scriptContextMenu(galley.harness!, () => 'spelling.replace:receive')
  await page.locator(BODY).click()
  await page.keyboard.type('The bridge will recieve a new coat of paint. ')
  await expect.poll(() => underlinedWords(page)).toEqual(['recieve'])
  await rightClickUnderlined(page, 'recieve')
  await expect.poll(() => bodyText(page)).toContain('The bridge will receive a new coat')
  await expect.poll(() => underlinedWords(page)).toEqual([])
  const menu = shown[0] ?? []
  expect(itemIds(menu)).toEqual(
    expect.arrayContaining(['spelling.replace:receive', 'spelling.addWord', 'spelling.ignore', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.pastePlain']),
  )
  expect(itemIds(menu)).not.toContain('link.open')
  await page.keyboard.press(`${M}+Z`)
  await expect.poll(() => bodyText(page)).toContain('The bridge will recieve a new coat')
  await expect.poll(() => underlinedWords(page)).toEqual(['recieve'])
})

test('the context-menu key offers suggestions for the word at the caret', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  scriptContextMenu(galley.harness!, () => 'spelling.replace:paint')
  await page.locator(BODY).click()
  await page.keyboard.type('A new coat of paintt today.')
  await expect.poll(() => underlinedWords(page)).toEqual(['paintt'])
  for (let i = 0; i < 'ntt today.'.length; i++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Shift+F10')
  await expect.poll(() => bodyText(page)).toContain('A new coat of paint today.')
})

test('a word added to the personal dictionary stays accepted after a reload', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  scriptContextMenu(galley.harness!, () => 'spelling.addWord')
  await page.locator(BODY).click()
  await page.keyboard.type('Mayor Zhumabekova opened the brigde. ')
  await expect.poll(() => underlinedWords(page)).toEqual(['Zhumabekova', 'brigde'])
  await rightClickUnderlined(page, 'Zhumabekova')
  await expect.poll(() => underlinedWords(page)).toEqual(['brigde'])
  expect((await readFile(path.join(galley.userDataDir, 'spelling', 'en.txt'), 'utf8')).split('\n')).toContain('Zhumabekova')

  await galley.reload()
  await page.locator(BODY).click()
  await page.keyboard.type('Zhumabekova crossed the brigde. ')
  await expect(page.locator(BODY)).toContainText('Zhumabekova crossed the brigde.')
  // The first sentence may be back too (it was saved before the reload): each misspelling counts once.
  await expect.poll(async () => [...new Set(await underlinedWords(page))]).toEqual(['brigde'])
})

test('Ignore in This Article accepts the word in this article only, body and fields alike', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  scriptContextMenu(galley.harness!, () => 'spelling.ignore')
  await page.getByRole('textbox', { name: 'Byline' }).first().fill('By Tamana Ahmadzai')
  await page.locator(BODY).click()
  await page.keyboard.type('Ahmadzai reported from the brigde. ')
  await expect.poll(() => underlinedWords(page)).toEqual(['Ahmadzai', 'Ahmadzai', 'Tamana', 'brigde'])
  await rightClickUnderlined(page, 'Ahmadzai')
  await expect.poll(() => underlinedWords(page)).toEqual(['Tamana', 'brigde'])

  // The list travels in the article's file: an article that ignores a word opens with it accepted,
  // and the word is wrong again in an article that does not.
  const file = path.join(galley.libraryDir, 'ignoring.galley')
  const article = createArticle({ id: '0d4f7a52-3f0e-4c1b-9a57-2a0a8b7c1e11', now: new Date('2020-07-08T09:00:00Z'), meta: { headline: 'Kabul notes', spellingIgnore: ['Noorzai'] } })
  await writeFile(file, serializeArticle({ ...article, body: body([paragraph('Noorzai and Ahmadzai met at the brigde.')]) }))
  await openInWindow(galley.harness!, file)
  await expect(page.locator(BODY)).toContainText('Noorzai and Ahmadzai')
  await expect.poll(() => underlinedWords(page)).toEqual(['Ahmadzai', 'brigde'])
})

test('a suggestion from a header field’s context menu replaces the word in the field', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  const shown = scriptContextMenu(galley.harness!, () => 'spelling.replace:Bridge')
  const headline = page.getByRole('textbox', { name: 'Headline' }).first()
  await headline.fill('Brigde reopens after the flood')
  await expect.poll(() => underlinedWords(page)).toEqual(['Brigde'])
  await rightClickUnderlined(page, 'Brigde')
  await expect(headline).toHaveValue('Bridge reopens after the flood')
  await expect.poll(() => underlinedWords(page)).toEqual([])
  expect(itemIds(shown[0] ?? [])).toEqual(expect.arrayContaining(['spelling.replace:Bridge', 'edit.copy', 'edit.paste']))
})

test('on a link the context menu opens it through main, and removes it in the editor', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  const desktop = galley.harness!.container.services.desktop as HeadlessDesktop
  let pick = 'link.open'
  const shown = scriptContextMenu(galley.harness!, () => pick)
  await page.locator(BODY).click()
  await pasteHtml(page, '<p>Read <a href="https://example.com/story">the full story</a> online.</p>')
  const link = page.locator(`${BODY} a`)
  await expect(link).toHaveText('the full story')
  await link.click({ button: 'right' })
  await expect.poll(() => desktop.actions).toContainEqual({ kind: 'openLink', url: 'https://example.com/story' })
  expect(itemIds(shown[0] ?? [])).toEqual(expect.arrayContaining(['link.open', 'link.copy', 'link.edit', 'link.remove', 'edit.paste']))

  pick = 'link.remove'
  await link.click({ button: 'right' })
  await expect(page.locator(`${BODY} a`)).toHaveCount(0)
  await expect(page.locator(BODY)).toContainText('Read the full story online.')
  const json = JSON.stringify(await exportedBody(page))
  expect(json).not.toContain('"link"')
})

test('an image caption’s context menu edits the caption, not the link or misspelling at the body’s caret', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the headless desktop to pick a menu item')
  const { page } = galley
  const shown = scriptContextMenu(galley.harness!, () => null)
  await page.locator(BODY).click()
  await pasteHtml(page, '<p>Read <a href="https://example.com/story">the full storry</a> online.</p>')
  await expect.poll(() => underlinedWords(page)).toEqual(['storry'])
  await page.locator(`${BODY} a`).click()
  await page.getByTestId('image-file-input').setInputFiles({ name: 'bridge.png', mimeType: 'image/png', buffer: solidPng(64, 40, [40, 90, 160]) })
  const caption = page.getByRole('textbox', { name: 'Caption' })
  await caption.fill('The bridge at dawn')
  await caption.selectText()
  await caption.click({ button: 'right' })
  await expect.poll(() => shown.length).toBe(1)
  const ids = itemIds(shown[0] ?? [])
  expect(ids).toEqual(expect.arrayContaining(['edit.cut', 'edit.copy', 'edit.paste', 'edit.pastePlain']))
  expect(ids.filter((id) => id.startsWith('link.') || id.startsWith('spelling.'))).toEqual([])
  const cut = (shown[0] ?? []).find((i) => i.type !== 'separator' && i.id === 'edit.cut')
  expect(cut && 'enabled' in cut && cut.enabled).toBe(true)
})

test('turning spell check off removes every underline; turning it on brings them back', async ({ galley }) => {
  const { page } = galley
  await page.getByRole('textbox', { name: 'Headline' }).first().fill('Teh bridge')
  await page.locator(BODY).click()
  await page.keyboard.type('The brigde is open. ')
  await expect.poll(() => underlinedWords(page)).toEqual(['Teh', 'brigde'])
  await toggleSpellCheck(page)
  await expect.poll(() => underlinedWords(page)).toEqual([])
  await expect(page.locator(BODY)).toHaveAttribute('data-spelling', 'off')
  await page.keyboard.type('Another mispelled word. ')
  await page.waitForTimeout(300)
  expect(await underlinedWords(page)).toEqual([])
  await toggleSpellCheck(page)
  await expect.poll(() => underlinedWords(page)).toEqual(['Teh', 'brigde', 'mispelled'])
})

test('Kazakh has no dictionary: the status bar says so and nothing is underlined', async ({ galley }) => {
  const { page } = galley
  await page.getByLabel('Language', { exact: true }).selectOption('kk')
  await expect(page.getByTestId('status-message')).toHaveText('Spelling is not checked in Kazakh: Galley has no Kazakh dictionary.')
  await page.locator(BODY).click()
  await page.keyboard.type('Көпір жөндеуден кейін ашылды, бірақ сөздікте жоқ сөзз. ')
  await expect(page.locator(BODY)).toHaveAttribute('data-spelling', 'ready')
  expect(await underlinedWords(page)).toEqual([])
})
