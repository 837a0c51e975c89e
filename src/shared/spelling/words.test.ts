import { describe, expect, it } from 'vitest'
import { compoundParts, normalizeForDictionary, tokenizeWords, withIgnoredWord } from './words'

const words = (text: string): string[] => tokenizeWords(text).map((t) => t.word)

describe('tokenizeWords', () => {
  it('finds English words with their apostrophes and hyphens, and their offsets', () => {
    const text = 'The mayor’s well-known plan — don\'t panic!'
    expect(words(text)).toEqual(['The', 'mayor’s', 'well-known', 'plan', "don't", 'panic'])
    for (const t of tokenizeWords(text)) expect(text.slice(t.start, t.end)).toBe(t.word)
  })

  it('reads Cyrillic words, stress marks and hyphenated particles included', () => {
    expect(words('Кто-то сказа́л: «Ёлка — это ель».')).toEqual(['Кто-то', 'сказа́л', 'Ёлка', 'это', 'ель'])
  })

  it('reads Arabic-script words joined by the zero-width non-joiner, with vowel signs', () => {
    const text = 'من به کتاب‌خانه می‌روم. کِتاب'
    expect(words(text)).toEqual(['من', 'به', 'کتاب‌خانه', 'می‌روم', 'کِتاب'])
  })

  it('leaves out numbers, single letters, web addresses, e-mail and codes', () => {
    expect(words('A4 page, 3rd time, www.paper.example/story and desk@paper.example, I said a b c')).toEqual(['page', 'time', 'and', 'said'])
  })
})

describe('normalizeForDictionary', () => {
  it('asks dictionaries in the form they list', () => {
    expect(normalizeForDictionary('don’t')).toBe("don't")
    expect(normalizeForDictionary('сказа́л')).toBe('сказал')
    expect(normalizeForDictionary('می‌روم')).toBe('می\u200Cروم')
    expect(normalizeForDictionary('خانهٔ')).toBe('خانه')
    expect(normalizeForDictionary('خانۀ')).toBe('خانه')
    expect(normalizeForDictionary('كتاب')).toBe('کتاب')
    expect(normalizeForDictionary('كِتابي')).toBe('کتابی')
  })
})

describe('compoundParts', () => {
  it('splits at hyphens and zero-width non-joiners', () => {
    expect(compoundParts('well-known')).toEqual(['well', 'known'])
    expect(compoundParts('روزنامه\u200Cنگار')).toEqual(['روزنامه', 'نگار'])
  })
})

describe('withIgnoredWord', () => {
  it('adds a word once, sorted, in dictionary form', () => {
    expect(withIgnoredWord(undefined, 'Zabihullah')).toEqual(['Zabihullah'])
    expect(withIgnoredWord(['Zabihullah'], 'Mujahid’s')).toEqual(["Mujahid's", 'Zabihullah'])
    expect(withIgnoredWord(["Mujahid's"], 'Mujahid’s')).toEqual(["Mujahid's"])
  })
})
