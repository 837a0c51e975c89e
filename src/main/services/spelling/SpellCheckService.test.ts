// The spell checker on the bundled dictionaries (English US/UK, Russian), the personal word list on
// disk, and the article's ignore list.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tokenizeWords } from '../../../shared/spelling/words'
import { MemoryLogger } from '../log/Logger'
import { SpellCheckService } from './SpellCheckService'

const dictionariesDir = path.resolve(import.meta.dirname, '../../../../resources/dictionaries')
let userDataDir: string
let service: SpellCheckService

beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'galley-spell-'))
  service = new SpellCheckService({ dictionariesDir, userDataDir })
})
afterEach(async () => {
  await service.dispose()
  await rm(userDataDir, { recursive: true, force: true })
})

const words = (text: string): string[] => tokenizeWords(text).map((t) => t.word)

describe('English', () => {
  it('finds the misspelled words of a paragraph, each once', async () => {
    const text = 'The mayor of Kabul said on Wednesday that the councill would meet agian, and agian; it’s the budgett.'
    const result = await service.check({ language: 'en', words: words(text) })
    expect(result).toEqual({ language: 'en', available: true, misspelled: ['councill', 'agian', 'budgett'] })
  })

  it('accepts capitalised, all-caps and curly-apostrophe forms, and compounds of known words', async () => {
    const result = await service.check({ language: 'en', words: ['Council', 'COUNCIL', 'don’t', 'doesn’t', 'news-gathering', 'well-known', 'NATO'] })
    expect(result.misspelled).toEqual([])
  })

  it('tells US from UK spelling', async () => {
    expect((await service.check({ language: 'en', words: ['colour', 'color'] })).misspelled).toEqual(['colour'])
    expect((await service.check({ language: 'en-GB', words: ['colour', 'color', 'organise'] })).misspelled).toEqual(['color'])
  })

  it('suggests corrections, keeping the typographic apostrophe', async () => {
    expect(await service.suggest('en', 'agian')).toContain('again')
    expect(await service.suggest('en', 'journalistt')).toContain('journalist')
    expect(await service.suggest('en', 'dont’t')).toEqual(expect.arrayContaining([expect.stringContaining('’')]))
    expect((await service.suggest('en', 'wrld')).length).toBeLessThanOrEqual(8)
  })
})

describe('Russian', () => {
  it('checks inflected forms with the affix rules and finds misspellings', async () => {
    const text = 'Мэр Кабула заявил в среду, что совет собирётся снова, чтобы проголосовать за бюджэт. Ёлка и елка; кто-то.'
    const result = await service.check({ language: 'ru', words: words(text) })
    expect(result.misspelled).toEqual(['собирётся', 'бюджэт'])
  })

  it('ignores stress marks and suggests corrections', async () => {
    expect((await service.check({ language: 'ru', words: ['столи́ца', 'Москва́'] })).misspelled).toEqual([])
    expect(await service.suggest('ru', 'сабака')).toContain('собака')
    expect(await service.suggest('ru', 'бюджэт')).toContain('бюджет')
  })
})

describe('Dari (the Persian dictionary)', () => {
  it('checks words written with the zero-width non-joiner, vowel signs and Arabic letters', async () => {
    const text = 'شهردار کابل روز چهارشنبه گفت که شورای شهر دوباره درباره بودجه‌ای رأی می‌دهد؛ روزنامه‌نگاران كتاب‌ها را خواندند. کتاااب'
    const result = await service.check({ language: 'fa-AF', words: words(text) })
    expect(result).toEqual({ language: 'fa-AF', available: true, misspelled: ['کتاااب'] })
  })

  it('suggests, and learns Afghan words the Iranian list lacks', async () => {
    expect(await service.suggest('fa-AF', 'کتاااب')).toContain('کتاب')
    expect((await service.check({ language: 'fa-AF', words: ['پوهنتون'] })).misspelled).toEqual(['پوهنتون'])
    await service.addWord('fa-AF', 'پوهنتون')
    expect((await service.check({ language: 'fa-AF', words: ['پوهنتون'] })).misspelled).toEqual([])
  })
})

describe('languages without a dictionary', () => {
  it('say so and underline nothing', async () => {
    expect(await service.check({ language: 'ps', words: ['پښتو', 'xyzzy'] })).toEqual({ language: 'ps', available: false, misspelled: [] })
    expect(await service.suggest('kk', 'қала')).toEqual([])
    await expect(service.addWord('ps', 'کابل')).rejects.toMatchObject({ code: 'SPELLING_UNAVAILABLE' })
    const langs = await service.languages()
    expect(langs.filter((l) => l.available).map((l) => l.language)).toEqual(['en', 'en-GB', 'ru', 'fa-AF'])
    expect(langs.find((l) => l.language === 'fa-AF')?.dictionary).toBe('Persian (Lilak), used for Dari')
  })
})

describe('personal dictionary', () => {
  it('accepts an added word at once and after a restart, per language', async () => {
    expect((await service.check({ language: 'en', words: ['Hekmatyar', 'Hekmatyar’s'] })).misspelled).toEqual(['Hekmatyar', 'Hekmatyar’s'])
    await service.addWord('en', 'Hekmatyar')
    expect((await service.check({ language: 'en', words: ['Hekmatyar', 'HEKMATYAR'] })).misspelled).toEqual([])
    expect(await readFile(service.personalFile('en'), 'utf8')).toBe('Hekmatyar\n')

    await service.dispose()
    service = new SpellCheckService({ dictionariesDir, userDataDir })
    expect((await service.check({ language: 'en', words: ['Hekmatyar'] })).misspelled).toEqual([])
    expect(await service.personalWords('en')).toEqual(['Hekmatyar'])
    // Another language's list is separate.
    expect(await service.personalWords('en-GB')).toEqual([])
    expect((await service.check({ language: 'en-GB', words: ['Hekmatyar'] })).misspelled).toEqual(['Hekmatyar'])
  })

  it('removes a word again', async () => {
    await service.addWord('ru', 'Гульбеддин')
    expect((await service.check({ language: 'ru', words: ['Гульбеддин'] })).misspelled).toEqual([])
    await service.removeWord('ru', 'Гульбеддин')
    expect((await service.check({ language: 'ru', words: ['Гульбеддин'] })).misspelled).toEqual(['Гульбеддин'])
    expect(await readFile(service.personalFile('ru'), 'utf8')).toBe('')
  })

  it('refuses what is not a single word, and skips junk lines in a damaged list', async () => {
    await mkdir(path.dirname(service.personalFile('en')), { recursive: true })
    await writeFile(service.personalFile('en'), 'Taliban\n\n  Mujahid \nnot one word\n')
    expect(await service.personalWords('en')).toEqual(['Mujahid', 'Taliban'])
    expect((await service.check({ language: 'en', words: ['Mujahid', 'Taliban'] })).misspelled).toEqual([])
    await expect(service.addWord('en', 'two words')).rejects.toMatchObject({ code: 'BAD_WORD' })
    await expect(service.addWord('en', '1234')).rejects.toMatchObject({ code: 'BAD_WORD' })
    expect(await service.personalWords('en')).toEqual(['Mujahid', 'Taliban'])
  })
})

describe('ignore per article', () => {
  it('accepts the article’s ignored words only in that request', async () => {
    const request = { language: 'en' as const, words: ['Zabihullah', 'Mujahid', 'agian'] }
    expect((await service.check({ ...request, ignored: ['Zabihullah', 'Mujahid'] })).misspelled).toEqual(['agian'])
    expect((await service.check(request)).misspelled).toEqual(['Zabihullah', 'Mujahid', 'agian'])
  })
})

describe('a missing dictionary', () => {
  it('is a typed error, logged without the words being checked', async () => {
    const log = new MemoryLogger()
    const broken = new SpellCheckService({ dictionariesDir: path.join(userDataDir, 'nowhere'), userDataDir, logger: log.logger })
    await expect(broken.check({ language: 'en', words: ['secretword'] })).rejects.toMatchObject({ code: 'SPELLING_DICTIONARY_MISSING' })
    expect(log.text()).toContain('dictionary failed to load')
    expect(log.text()).not.toContain('secretword')
  })
})
