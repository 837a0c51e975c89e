import { UNDO_COMMAND } from 'lexical'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../../../../shared/article/languages'
import { settle, startParagraph, testEditor, textOf, typeText } from '../../test/headless'
import { registerSmartTypography } from './index'
import { applyEdit, NBSP, smartTypography } from './typography'

/** What the text becomes when typed character by character with smart typography on. */
function typed(text: string, language: Language): string {
  let out = ''
  for (const char of text) {
    out += char
    const edit = smartTypography(out, language)
    if (edit) out = applyEdit(out, edit)
  }
  return out
}

describe('smart typography by language', () => {
  it('English: curly double and single quotes, apostrophes', () => {
    expect(typed('"Never again," she said.', 'en')).toBe('“Never again,” she said.')
    expect(typed("He said 'no' and didn't go", 'en')).toBe('He said ‘no’ and didn’t go')
    expect(typed('("quoted")', 'en')).toBe('(“quoted”)')
  })

  it('Russian and Kazakh: guillemets, with „inner“ quotes inside', () => {
    expect(typed('Он сказал: "Мост открыт"', 'ru')).toBe('Он сказал: «Мост открыт»')
    expect(typed('"Слово "внутри" снаружи"', 'ru')).toBe('«Слово „внутри“ снаружи»')
    expect(typed('"Алматы"', 'kk')).toBe('«Алматы»')
  })

  it('Dari and Pashto: guillemets', () => {
    expect(typed('او گفت "کابل آرام است"', 'fa-AF')).toBe('او گفت «کابل آرام است»')
    expect(typed('"کابل"', 'ps')).toBe('«کابل»')
  })

  it('dashes: two hyphens make an em dash; a spaced hyphen a dash by language', () => {
    expect(typed('war--peace', 'en')).toBe('war—peace')
    expect(typed('this - that', 'en')).toBe('this — that')
    expect(typed('this - that', 'en-GB')).toBe('this – that')
    expect(typed('мост - это', 'ru')).toBe(`мост${NBSP}— это`)
  })

  it('ellipsis', () => {
    expect(typed('Wait...', 'en')).toBe('Wait…')
    expect(typed('Подожди...', 'ru')).toBe('Подожди…')
  })

  it('non-breaking space before % and units, and after Russian one-letter words', () => {
    expect(typed('up 25 % today', 'en')).toBe(`up 25${NBSP}% today`)
    expect(typed('25 km away', 'en')).toBe(`25${NBSP}km away`)
    expect(typed('рост 12 % за год', 'ru')).toBe(`рост 12${NBSP}% за год`)
    expect(typed('в 5 км от города', 'ru')).toBe(`в${NBSP}5${NBSP}км от города`)
    expect(typed('мост и дорога', 'ru')).toBe(`мост и${NBSP}дорога`)
  })

  it('never changes anything inside a URL or an e-mail address', () => {
    expect(typed('see https://example.com/a--b...c', 'en')).toBe('see https://example.com/a--b...c')
    expect(typed('www.example.com/"x"', 'en')).toBe('www.example.com/"x"')
    expect(typed('mailto:desk--news@example.com', 'en')).toBe('mailto:desk--news@example.com')
    expect(typed('https://kabul.example/news--today', 'fa-AF')).toBe('https://kabul.example/news--today')
  })

  it('leaves "---" at the start of a line for the section break shortcut', () => {
    expect(typed('---', 'en')).toBe('---')
  })
})

describe('SmartTypographyPlugin in the editor', () => {
  it('converts as you type and one undo gives back the straight character', async () => {
    const editor = testEditor((e) => [registerSmartTypography(e, 'en')])
    startParagraph(editor)
    await typeText(editor, 'He said "')
    expect(textOf(editor)).toBe('He said “')
    editor.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    expect(textOf(editor)).toBe('He said "')
    await typeText(editor, 'yes')
    expect(textOf(editor)).toBe('He said "yes')
  })

  it('uses the article language', async () => {
    const editor = testEditor((e) => [registerSmartTypography(e, 'ru')])
    startParagraph(editor)
    await typeText(editor, '"Да"')
    expect(textOf(editor)).toBe('«Да»')
  })
})
