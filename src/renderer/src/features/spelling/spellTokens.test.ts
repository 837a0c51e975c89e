import { describe, expect, it } from 'vitest'
import { fakeSpellingHost } from './fakeHost'
import { languageForWord, scriptOf, SpellingController } from './SpellingController'
import { requestVerdicts, spellTokens, tokenAt, underlined } from './spellTokens'

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 5))

describe('which language checks a word', () => {
  it('the article’s own language for its script, the script’s main language for quotations', () => {
    expect(languageForWord('en', 'bridge')).toBe('en')
    expect(languageForWord('en-GB', 'colour')).toBe('en-GB')
    expect(languageForWord('en', 'мост')).toBe('ru')
    expect(languageForWord('ru', 'Microsoft')).toBe('en')
    expect(languageForWord('ru', 'мост')).toBe('ru')
    expect(languageForWord('fa-AF', 'روزنامه')).toBe('fa-AF')
    expect(languageForWord('en', 'روزنامه')).toBe('fa-AF')
  })

  it('Kazakh and Pashto text stays with its own (dictionary-less) language, not Russian or Persian', () => {
    expect(languageForWord('kk', 'көпір')).toBe('kk')
    expect(languageForWord('kk', 'мост')).toBe('kk')
    expect(languageForWord('ps', 'ورځپاڼه')).toBe('ps')
    expect(languageForWord('kk', 'Almaty')).toBe('en')
  })

  it('words of other scripts are not checked', () => {
    expect(scriptOf('東京')).toBeNull()
    expect(languageForWord('en', 'Ελλάδα')).toBeNull()
  })
})

describe('tokens to check and to underline', () => {
  it('keeps offsets and languages; numbers and addresses are not words', () => {
    const tokens = spellTokens('Мэр said «привет» at 9am, see www.example.com', 'en')
    expect(tokens.map((t) => [t.word, t.start, t.end, t.language])).toEqual([
      ['Мэр', 0, 3, 'ru'],
      ['said', 4, 8, 'en'],
      ['привет', 10, 16, 'ru'],
      ['at', 18, 20, 'en'],
      ['see', 26, 29, 'en'],
    ])
  })

  it('underlines misspelled words, not ignored ones, not the word ending at the caret', async () => {
    const controller = new SpellingController(fakeSpellingHost({ wrong: ['recieve', 'paintt', 'Ahmadzai'] }))
    const text = 'Ahmadzai will recieve the paintt'
    const tokens = spellTokens(text, 'en')
    expect(requestVerdicts(controller, tokens)).toBe(true)
    expect(underlined(controller, tokens)).toEqual([])
    await flush()
    expect(requestVerdicts(controller, tokens)).toBe(false)
    expect(underlined(controller, tokens).map((t) => t.word)).toEqual(['Ahmadzai', 'recieve', 'paintt'])
    expect(underlined(controller, tokens, text.length).map((t) => t.word)).toEqual(['Ahmadzai', 'recieve'])
    controller.setIgnored(['Ahmadzai'])
    expect(underlined(controller, tokens).map((t) => t.word)).toEqual(['recieve', 'paintt'])
  })

  it('the word at an offset includes touching its end', () => {
    const tokens = spellTokens('one two', 'en')
    expect(tokenAt(tokens, 0)?.word).toBe('one')
    expect(tokenAt(tokens, 3)?.word).toBe('one')
    expect(tokenAt(tokens, 4)?.word).toBe('two')
    expect(tokenAt(tokens, 7)?.word).toBe('two')
    expect(tokenAt(spellTokens('a  b', 'en'), 2)).toBeNull()
  })
})
