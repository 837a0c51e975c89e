// Section templates in the window: the picker and its previews, the fields the template decides
// with live limits, placeholders, the checklist, the insert menus from the block data, and custom
// templates made, used, shared and deleted.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { insertMenu } from '../../src/shared/templates/blocks'
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../src/shared/templates/builtins'
import { formatMastheadDate, localIsoDate } from '../../src/shared/templates/dates'
import { templatePreview } from '../../src/shared/templates/preview'
import { TEMPLATE_GROUP_LABELS, TEMPLATE_GROUPS } from '../../src/shared/templates/schema'
import { expect, test } from './harness/fixtures'
import { BODY, exportedBody, mod } from './helpers/editor'
import { menuCommand, newArticle, placeholderTexts, selectedText } from './helpers/templates'

const M = mod()
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const MEDIA_LABELS = ['Image…', 'Section break', 'Page break', 'Column break']

test('New from Template: every template previews its shape; the editorial opens under its masthead', async ({ galley }) => {
  const { page } = galley
  test.skip(!galley.harness, 'sets the preferences through the harness')
  await galley.harness!.container.services.settings.set({ publicationName: 'The Kabul Evening Post', editorInChief: 'Farida Ahmadi' })
  await galley.reload()

  await menuCommand(page, 'file.newFromTemplate')
  const picker = page.getByRole('dialog', { name: 'New article' })
  await expect(picker).toBeVisible()
  // Grouped as the templates' data groups them.
  const groups = TEMPLATE_GROUPS.filter((g) => BUILT_IN_TEMPLATES.some((t) => t.group === g)).map((g) => TEMPLATE_GROUP_LABELS[g])
  await expect(picker.locator('.picker-group-label')).toHaveText(groups)
  const preview = picker.getByTestId('template-preview')
  for (const template of BUILT_IN_TEMPLATES) {
    await picker.getByRole('option', { name: new RegExp(`^${escape(template.name)}`) }).click()
    const shape = templatePreview(template)
    await expect(preview.getByRole('heading')).toHaveText(template.name)
    await expect(preview.getByTestId('preview-head').getByRole('listitem')).toHaveText(shape.head.map((h) => h.label))
    await expect(preview.getByTestId('preview-blocks').getByRole('listitem')).toHaveCount(shape.blocks.length)
    await expect(preview.getByTestId('preview-blocks').getByRole('listitem').first()).toContainText(shape.blocks[0]!.label)
    await expect(preview.getByTestId('preview-target')).toHaveText(shape.target)
    await expect(preview.getByTestId('preview-layout')).toHaveText(shape.layout)
    await expect(preview.getByTestId('preview-masthead')).toHaveCount(shape.masthead ? 1 : 0)
    // The miniature draws the same fields above its body, in print order.
    await expect(preview.locator('.mini-head')).toHaveText(shape.head.map((h) => h.label))
    await expect(preview.locator('.mini-nameplate')).toHaveCount(shape.masthead ? 1 : 0)
  }

  // Keyboard: type to filter, arrows to move, Enter to create.
  await picker.getByLabel('Filter templates').fill('position')
  await expect(picker.getByRole('listbox', { name: 'Templates' }).getByRole('option')).toHaveText([/^Editorial/])
  await picker.getByLabel('Filter templates').fill('')
  await picker.getByRole('option', { name: /^News story/ }).click()
  await page.keyboard.press('ArrowDown')
  await expect(picker.getByRole('option', { name: /^Analysis/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(picker.getByRole('option', { name: /^Editorial/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()

  // The editorial: masthead line with the editor in chief and the long date, no byline, the headline ready to type.
  const masthead = page.getByTestId('article-masthead')
  await expect(masthead).toContainText('The Kabul Evening Post')
  await expect(masthead).toContainText('Editor in Chief: Farida Ahmadi')
  await expect(masthead).toContainText(formatMastheadDate(localIsoDate(new Date()), 'en', 'long'))
  const header = page.getByTestId('article-header')
  await expect(header.locator('[data-field]')).toHaveCount(2)
  await expect(header.locator('[data-field="byline"]')).toHaveCount(0)
  await expect(header.locator('[data-field="headline"]')).toBeFocused()
  const fields = page.getByTestId('template-fields').locator('[data-field-id]')
  await expect(fields).toHaveCount(builtInTemplate('editorial')!.fields.length)
  await expect(page.getByTestId('template-fields').locator('label[id]')).toHaveText(builtInTemplate('editorial')!.fields.map((f) => f.label))
  await expect(page.locator(`${BODY} h2`)).toHaveText(['Subhead: the first argument', 'Subhead: the other side', 'Subhead: what must happen now'])

  // Ctrl/Cmd+N opens the picker from the keyboard too; the last template chosen is selected.
  await page.locator(BODY).click()
  await page.keyboard.press(`${M}+KeyN`)
  await expect(picker.getByRole('option', { name: /^Editorial/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
  await expect(picker).toBeHidden()
})

test('a new article in Russian: the masthead date and the language follow the picker', async ({ galley }) => {
  const { page } = galley
  await newArticle(page, 'Editorial', 'ru')
  await expect(page.getByTestId('article-masthead')).toContainText(formatMastheadDate(localIsoDate(new Date()), 'ru', 'long'))
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('ru')
  await expect(page.getByTestId('article-header')).toHaveAttribute('lang', 'ru')
})

test('fields follow the template; limit warnings appear and clear as the writer types', async ({ galley }) => {
  const { page } = galley
  await newArticle(page, 'News story')
  const headline = page.getByTestId('article-header').getByRole('textbox', { name: 'Headline' })
  const field = page.getByTestId('field-headline')
  const checklist = page.getByTestId('checklist')
  await expect(checklist.locator('[data-check="field-missing:headline"]')).toBeVisible()

  const long = 'Engineers reopen the river bridge a week early after a night of repairs'
  await headline.fill(long)
  await expect(field.locator('.field-count')).toHaveText(`${long.length - 70} over the 70-character limit`)
  await expect(field.locator('.field-warning')).toHaveText(`Headline is ${long.length - 70} over the 70-character limit. Cut it to fit.`)
  await expect(field).toHaveClass(/is-over/)
  await expect(headline).toHaveAttribute('aria-invalid', 'true')
  await expect(checklist.locator('[data-check="field-over:headline"]')).toBeVisible()
  await expect(checklist.locator('[data-check="field-missing:headline"]')).toHaveCount(0)

  // Cut it: the warning goes; near the limit the count turns amber.
  await headline.fill('Engineers reopen the river bridge a week early after night repairs')
  await expect(field.locator('.field-count')).toHaveText('66 / 70 characters')
  await expect(field).toHaveClass(/is-near/)
  await expect(field.locator('.field-warning')).toHaveCount(0)
  await expect(checklist.locator('[data-check="field-over:headline"]')).toHaveCount(0)
  await headline.fill('Bridge reopens a week early')
  await expect(field).toHaveClass(/is-ok/)

  // Typed in the inspector, shown above the body; the required byline clears from the checklist.
  await expect(checklist.locator('[data-check="field-missing:byline"]')).toBeVisible()
  await page.getByTestId('field-byline').getByRole('textbox').fill('By Ana Smith')
  await expect(page.getByTestId('article-header').getByRole('textbox', { name: 'Byline' })).toHaveValue('By Ana Smith')
  await expect(checklist.locator('[data-check="field-missing:byline"]')).toHaveCount(0)
  // A jump from the checklist focuses the field it names.
  await page.getByTestId('field-byline').getByRole('textbox').fill('')
  await checklist.locator('[data-check="field-missing:byline"]').getByRole('button').click()
  await expect(page.getByTestId('field-byline').getByRole('textbox')).toBeFocused()
})

test('a review has its own fields: the work reviewed and a star rating', async ({ galley }) => {
  const { page } = galley
  await newArticle(page, 'Review')
  const checklist = page.getByTestId('checklist')
  await expect(checklist.locator('[data-check="field-missing:rating"]')).toBeVisible()
  await page.getByTestId('field-rating').getByLabel('4 of 5').check()
  await page.getByTestId('field-workReviewed').getByRole('textbox').fill('“The Kite Runner”, directed by Marc Forster')
  await expect(checklist.locator('[data-check="field-missing:rating"]')).toHaveCount(0)
  await expect(checklist.locator('[data-check="field-missing:workReviewed"]')).toHaveCount(0)
  await expect(page.getByTestId('field-rating').locator('.rating-star.is-on')).toHaveCount(4)
  // The kicker starts as the template's default.
  await expect(page.getByTestId('article-header').getByRole('textbox', { name: 'Kicker' })).toHaveValue('Review')
})

test('placeholders: a click selects one, typing replaces it, the checklist counts and finds them', async ({ galley }) => {
  const { page } = galley
  await newArticle(page, 'Editorial')
  const body = page.locator(BODY)
  const checklist = page.getByTestId('checklist')
  await expect(checklist).toContainText('Placeholder text is left in 7 places.')
  expect(await placeholderTexts(page)).toHaveLength(7)
  await expect(body.locator('.is-placeholder')).toHaveCount(7)

  // A click selects the whole instruction; typing replaces it and it is copy from then on.
  await body.locator('h2 .is-placeholder').first().click()
  await expect.poll(() => selectedText(page)).toBe('Subhead: the first argument')
  await page.keyboard.type('A promise kept')
  await expect(body.locator('h2').first()).toHaveText('A promise kept')
  await expect(body.locator('h2').first().locator('.is-placeholder')).toHaveCount(0)
  await expect.poll(() => placeholderTexts(page)).toHaveLength(6)
  await expect(checklist).toContainText('Placeholder text is left in 6 places.')

  // With the caret put inside one from the keyboard, the first key typed still replaces all of it.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('The council kept its word.')
  await expect(body.locator('p').nth(1)).toHaveText('The council kept its word.')

  // The checklist jumps to a placeholder and selects it.
  await checklist.getByRole('button', { name: /Close with what the paper calls for/ }).click()
  await expect.poll(() => selectedText(page)).toBe('Close with what the paper calls for, and from whom.')
  await page.keyboard.type('Build the homes.')
  await expect(body.locator('p').last()).toHaveText('Build the homes.')

  // Backspace in a placeholder removes the whole instruction.
  await body.locator('h2 .is-placeholder').first().click()
  await page.keyboard.press('Backspace')
  await expect(body.locator('h2').nth(1)).toHaveText('')
  await expect.poll(() => placeholderTexts(page)).toEqual([
    'Opening: state the issue and where the paper stands, in two or three sentences.',
    'The best case against, fairly put, and why it does not change the paper’s view.',
    'Subhead: what must happen now',
  ])
  await expect(checklist).toContainText('Placeholder text is left in 3 places.')
  // What was typed carries no marker in the saved body.
  const json = JSON.stringify(await exportedBody(page))
  expect(json).not.toMatch(/"galleyPlaceholder":"(Subhead: the first argument|Close with)/)
})

test('the Insert menu and the slash menu are built from the section-block data, the template’s first', async ({ galley }) => {
  const { page } = galley
  const news = builtInTemplate('news')!
  await newArticle(page, 'News story')
  const body = page.locator(BODY)
  await body.locator('.is-placeholder').first().click()
  await page.keyboard.type('The bridge reopened on Wednesday.')

  await page.getByRole('button', { name: 'Insert' }).click()
  const menu = page.getByTestId('insert-menu')
  await expect(menu.locator('.menu-label')).toHaveText([...insertMenu(news.suggestedBlocks).map((b) => b.label), ...MEDIA_LABELS])
  await expect(menu.locator('.menu-group').first()).toHaveText('Suggested for News story')
  await menu.getByLabel('Filter blocks').fill('box')
  await expect(menu.locator('.menu-label')).toHaveText(insertMenu(news.suggestedBlocks, 'box').map((b) => b.label))
  await page.keyboard.press('Enter')
  await expect(menu).toBeHidden()
  // The fact box arrives as the data has it, its first placeholder selected for typing over.
  await expect.poll(() => selectedText(page)).toBe('A fact or figure, with its source')
  await page.keyboard.type('Length: 240 metres')
  const box = (await exportedBody(page)).root.children.find((b) => b.type === 'fact-box')
  expect(box).toMatchObject({ variant: 'facts', children: [{ type: 'fact-box-title', children: [{ text: 'Key facts' }] }, { type: 'list' }] })
  expect(JSON.stringify(box)).toContain('Length: 240 metres')
  expect(JSON.stringify(box)).toContain('"galleyPlaceholder":"Another fact"')

  // The slash menu: the suggestions first, then the paragraph styles; typing filters the data.
  await page.keyboard.press(`${M}+End`)
  await page.keyboard.type('/')
  const slash = page.getByTestId('slash-menu')
  await expect(slash.locator('.menu-label').first()).toHaveText(insertMenu(news.suggestedBlocks)[0]!.label)
  await page.keyboard.type('chrono')
  await expect(slash.locator('.menu-label')).toHaveText(['Timeline'])
  await page.keyboard.press('Enter')
  await expect.poll(() => selectedText(page)).toBe('Date')
  await page.keyboard.type('8 July')
  const timeline = (await exportedBody(page)).root.children.find((b) => b.type === 'timeline')
  expect(timeline).toMatchObject({ type: 'timeline', children: [{ children: [{ children: [{ text: '8 July' }] }, { children: [{ text: 'What happened' }] }] }, {}, {}] })
  await expect(page.getByTestId('checklist')).toContainText(/Placeholder text is still in the body: “What happened”/)
})

test('an interview goes on with the same speakers when a Q&A pair is inserted', async ({ galley }) => {
  const { page } = galley
  await newArticle(page, 'Interview')
  const bar = page.getByTestId('context-bar')
  const lastAnswer = page.locator(`${BODY} .ed-qa-answer`).last()
  await lastAnswer.locator('.is-placeholder').click()
  await bar.getByLabel('Question by').fill('Herald')
  await bar.getByLabel('Answer by').fill('Karimi')
  await bar.getByLabel('Answer by').press('Enter')
  await lastAnswer.locator('.is-placeholder').click()
  await page.keyboard.type('We will open in the spring.')
  await menuCommand(page, 'insert.qaPair')
  await expect.poll(() => selectedText(page)).toBe('The question, as asked')
  const pairs = (await exportedBody(page)).root.children.filter((b) => b.type === 'qa-pair')
  expect(pairs.at(-1)).toMatchObject({ children: [{ speaker: 'Herald' }, { speaker: 'Karimi' }] })
})

test('status: marking an article ready while the checklist has blockers asks first', async ({ galley }) => {
  const { page } = galley
  await newArticle(page, 'Brief')
  const steps = page.getByRole('radiogroup', { name: 'Status' })
  await steps.getByRole('radio', { name: 'In edit' }).click()
  await expect(steps.getByRole('radio', { name: 'In edit' })).toHaveAttribute('aria-checked', 'true')
  await steps.getByRole('radio', { name: 'Ready' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Mark anyway?' })
  await expect(confirm).toContainText(/things? still stands? between this article and print\. Mark it ready anyway\?/)
  await confirm.getByRole('button', { name: 'Not yet' }).click()
  await expect(steps.getByRole('radio', { name: 'In edit' })).toHaveAttribute('aria-checked', 'true')
  await steps.getByRole('radio', { name: 'Ready' }).click()
  await page.getByRole('button', { name: 'Mark ready anyway' }).click()
  await expect(steps.getByRole('radio', { name: 'Ready' })).toHaveAttribute('aria-checked', 'true')
})

test('save as a custom template, start an article from it, rename, share and delete it', async ({ galley }) => {
  const { page, libraryDir } = galley
  test.skip(!galley.harness, 'answers the file dialogs through the harness')
  const dialogs = galley.harness!.dialogs
  await newArticle(page, 'Op-ed / column')
  const header = page.getByTestId('article-header')
  await header.getByRole('textbox', { name: 'Kicker' }).fill('Kabul Diary')
  await header.getByRole('textbox', { name: 'Headline' }).fill('Night buses')
  await header.getByRole('textbox', { name: 'Byline' }).fill('Mina Rahimi')
  await header.getByRole('textbox', { name: 'Author’s bio' }).fill('Mina Rahimi writes every Thursday.')

  await page.getByRole('button', { name: 'Save as Template…' }).click()
  const save = page.getByRole('dialog', { name: 'Save as template' })
  await expect(save.getByLabel('Template name')).toHaveValue('Kabul Diary')
  await save.getByLabel('Description').fill('Mina’s Thursday column')
  await save.getByRole('button', { name: 'Save template' }).click()
  await expect(save).toBeHidden()
  await expect(page.getByTestId('status-message')).toContainText('Saved the template “Kabul Diary”')
  const folder = path.join(libraryDir, '.galley', 'templates')
  expect(await readdir(folder)).toHaveLength(1)

  // A second template with the same name is refused in plain words.
  await menuCommand(page, 'file.saveAsTemplate')
  await page.getByRole('dialog', { name: 'Save as template' }).getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByRole('dialog', { name: 'Save as template' }).getByRole('alert')).toHaveText('There is already a template called “Kabul Diary”. Choose another name.')
  await page.getByRole('dialog', { name: 'Save as template' }).getByRole('button', { name: 'Cancel' }).click()

  // It is listed under Your templates, with its preview, and makes articles.
  await page.getByRole('button', { name: 'New…' }).click()
  const picker = page.getByRole('dialog', { name: 'New article' })
  await expect(picker.getByRole('group', { name: 'Your templates' }).getByRole('option')).toHaveText([/^Kabul Diary/])
  await picker.getByRole('option', { name: /^Kabul Diary/ }).click()
  await expect(picker.getByTestId('template-preview').getByRole('heading')).toHaveText('Kabul Diary')
  await expect(picker.getByTestId('template-preview').getByTestId('preview-head').getByRole('listitem')).toHaveText(['Kicker', 'Headline', 'Deck', 'Byline', 'Author’s bio'])
  await picker.getByRole('button', { name: 'Create Kabul Diary' }).click()
  await expect(header.getByRole('textbox', { name: 'Kicker' })).toHaveValue('Kabul Diary')
  await expect(header.getByRole('textbox', { name: 'Byline' })).toHaveValue('Mina Rahimi')
  await expect(header.getByRole('textbox', { name: 'Headline' })).toHaveValue('')
  await expect(page.getByTestId('template-fields')).toBeVisible()
  await expect(page.locator('[data-section="fields"] .section-note')).toHaveText('Kabul Diary')

  // Manage: rename it, export it where the save dialog says.
  await menuCommand(page, 'file.manageTemplates')
  const manager = page.getByRole('dialog', { name: 'Templates' })
  await manager.getByRole('button', { name: 'Rename or describe Kabul Diary' }).click()
  await manager.getByRole('textbox', { name: 'Name' }).fill('Kabul Diary (Thursdays)')
  await manager.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(manager.getByTestId('templates-notice')).toHaveText('Saved “Kabul Diary (Thursdays)”.')
  const exported = path.join(galley.userDataDir, 'diary.galley-template')
  dialogs.answerSave(exported)
  await manager.getByRole('button', { name: 'Export Kabul Diary (Thursdays)' }).click()
  await expect(manager.getByTestId('templates-notice')).toHaveText(`Exported “Kabul Diary (Thursdays)” to ${exported}.`)
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ format: 'galley.template', template: { name: 'Kabul Diary (Thursdays)' } })

  // Import: a copy gets a numbered name; a file from a newer Galley is refused with a clear error.
  const future = path.join(galley.userDataDir, 'future.galley-template')
  await writeFile(future, JSON.stringify({ format: 'galley.template', version: 99, template: {} }))
  dialogs.answerOpen([exported, future])
  await manager.getByRole('button', { name: 'Import…' }).click()
  const notice = manager.getByTestId('templates-notice')
  await expect(notice).toContainText('Imported “Kabul Diary (Thursdays) (2)”.')
  await expect(notice).toContainText('future.galley-template: This template was made by a newer version of Galley')
  await expect(manager.locator('.template-row-name')).toHaveText(['Kabul Diary (Thursdays)', 'Kabul Diary (Thursdays) (2)', ...BUILT_IN_TEMPLATES.map((t) => t.name)])

  // Delete asks first; keeping it changes nothing.
  await manager.getByRole('button', { name: 'Delete Kabul Diary (Thursdays) (2)' }).click()
  await manager.getByRole('button', { name: 'Keep it' }).click()
  expect(await readdir(folder)).toHaveLength(2)
  for (const name of ['Kabul Diary (Thursdays) (2)', 'Kabul Diary (Thursdays)']) {
    await manager.getByRole('button', { name: `Delete ${name}` }).click()
    await manager.getByRole('alertdialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete template' }).click()
    await expect(notice).toContainText(`Deleted “${name}”.`)
  }
  expect(await readdir(folder)).toEqual([])
  await manager.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('button', { name: 'New…' }).click()
  await expect(picker.getByRole('group', { name: 'Your templates' })).toHaveCount(0)
  // The article made from it keeps its fields, and falls back to the general ones.
  await page.keyboard.press('Escape')
  await expect(header.getByRole('textbox', { name: 'Kicker' })).toHaveValue('Kabul Diary')
  await expect(page.locator('[data-section="fields"] .section-note')).toHaveText('No template')
})

test('the publication defaults in Preferences fill new articles', async ({ galley }) => {
  const { page } = galley
  await page.getByRole('button', { name: 'Preferences' }).click()
  const prefs = page.getByRole('dialog', { name: 'Preferences' })
  await prefs.getByLabel('Publication name').fill('The Steppe Herald')
  await prefs.getByLabel('Editor in chief').fill('Aigerim Nurlanovna')
  await prefs.getByLabel('Dateline place').fill('Almaty')
  await prefs.getByLabel('Date format').focus()
  await expect(prefs.getByTestId('prefs-sample')).toContainText('Editor in Chief: Aigerim Nurlanovna')
  await expect(prefs.getByTestId('prefs-sample')).toContainText(/ALMATY, \w+\.? \d+ —/)
  await prefs.getByRole('button', { name: 'Done' }).click()
  await newArticle(page, 'News story')
  await expect(page.getByTestId('article-header').getByRole('textbox', { name: 'Dateline' })).toHaveValue(/^ALMATY, /)
  await newArticle(page, 'Editorial')
  await expect(page.getByTestId('article-masthead')).toContainText('The Steppe Herald')
  await expect(page.getByTestId('article-masthead')).toContainText('Editor in Chief: Aigerim Nurlanovna')
  await expect(page.getByTestId('field-editorInChief').getByRole('textbox')).toHaveValue('Aigerim Nurlanovna')
})
