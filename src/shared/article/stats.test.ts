import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { body, image, paragraph, pullQuote, subhead } from './body'
import { bodyStats, countCharacters, countWords } from './stats'
import { outline, plainText } from './text'

describe('countWords (hand-counted)', () => {
  it('counts English like a newsroom', () => {
    // The(1) mayor’s(2) well-known(3) plan(4) —(x) 120(5) million(6) dollars(7) —(x) failed.(8) “Why?”(9) she(10) asked…(11)
    expect(countWords('The mayor’s well-known plan — 120 million dollars — failed. “Why?” she asked…')).toBe(11)
    expect(countWords('war—peace')).toBe(2)
    expect(countWords('  \n  ')).toBe(0)
    expect(countWords('— – … !')).toBe(0)
  })

  it('counts Russian', () => {
    // В(1) Алматы(2) открылся(3) новый(4) мост(5) —(x) «долгожданный»,(6) как(7) сказал(8) аким.(9)
    expect(countWords('В Алматы открылся новый мост — «долгожданный», как сказал аким.')).toBe(9)
    expect(countWords('Северо-Казахстанская область')).toBe(2)
  })

  it('counts Persian (Dari), joining words with ZWNJ', () => {
    // ما(1) می‌خواهیم(2) که(3) شهر(4) کابل(5) آرام(6) باشد.(7)
    expect(countWords('ما می‌خواهیم که شهر کابل آرام باشد.')).toBe(7)
    // Pashto: زه(1) په(2) کابل(3) کې(4) اوسېږم(5)
    expect(countWords('زه په کابل کې اوسېږم')).toBe(5)
  })
})

describe('countCharacters', () => {
  it('counts what a reader sees, with and without spaces', () => {
    expect(countCharacters('Bridge opens')).toEqual({ withSpaces: 12, withoutSpaces: 11 })
    expect(countCharacters('Café e\u0301')).toEqual({ withSpaces: 6, withoutSpaces: 5 })
    expect(countCharacters('Мост открыт')).toEqual({ withSpaces: 11, withoutSpaces: 10 })
    // ZWNJ is not a character the reader counts.
    expect(countCharacters('می‌خواهیم')).toEqual({ withSpaces: 8, withoutSpaces: 8 })
  })
})

describe('bodyStats', () => {
  const doc = body([
    paragraph('The bridge opened on Wednesday.'),
    subhead('What comes next'),
    paragraph('Housing is next.'),
    pullQuote('We kept our word.', 'The mayor'),
    image('a'.repeat(64), { caption: 'Opening day at the bridge' }),
    paragraph(''),
  ])

  it('ignores captions and pull quotes unless asked', () => {
    expect(bodyStats(doc)).toMatchObject({ words: 5 + 3 + 3, paragraphs: 3 })
    expect(bodyStats(doc, { includePullQuotes: true }).words).toBe(11 + 4 + 2)
    expect(bodyStats(doc, { includeCaptions: true }).words).toBe(11 + 5)
  })

  it('estimates reading time by language', () => {
    const long = body([paragraph(Array.from({ length: 460 }, () => 'word').join(' '))])
    expect(bodyStats(long).readingMinutes).toBe(2)
    expect(bodyStats(long, { language: 'ru' }).readingMinutes).toBe(3)
    expect(bodyStats(body([])).readingMinutes).toBe(0)
  })

  it('gives the outline and plain text', () => {
    expect(outline(doc)).toEqual([{ level: 2, text: 'What comes next' }])
    expect(plainText(doc)).toContain('The bridge opened on Wednesday.\n\nWhat comes next')
  })
})

describe('countCharacters fast path', () => {
  it('counts the same with and without the grapheme segmenter', () => {
    const samples = ['Bridge opens', 'Мост открыт — «да»', 'می‌خواهیم', 'e\u0301 café', 'a\r\nb', '👩‍🚀 flag 🇰🇿', 'flag 🇰🇿 only', 'thumb 👍🏽', '  \t tabs ', 'سلامٌ']
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    for (const text of samples) {
      let withSpaces = 0
      let withoutSpaces = 0
      for (const { segment } of segmenter.segment(text)) {
        if (segment === '\n') continue
        withSpaces++
        if (!/\s/u.test(segment) && !['\u200c', '\u200f', '\u200e'].includes(segment)) withoutSpaces++
      }
      expect(countCharacters(text), text).toEqual({ withSpaces, withoutSpaces })
    }
  })
})

describe('countWords (one pass) against the plain definition', () => {
  // The definition: split on whitespace and dashes, count the tokens holding a letter or digit.
  const reference = (text: string): number => text.split(/[\s\u2014\u2013\u2015\u2E3A\u2E3B]+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length
  const seed = Number(process.env['GALLEY_SEED'] ?? Date.now() % 2 ** 31)
  const units = [
    'a', 'Z', '7', ' ', '\t', '\n', '\r', '\v', '\f', '-', '.', '’', '—', '–', '―', '\u2e3a', '\u2e3b', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a',
    '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u200c', 'é', 'e\u0301', 'Ж', 'ё', 'ک', 'ی', '\u064b', '٣', '۴', '…', '«', '😀',
    '\u{1d400}', '\u{10400}', '\ud800', '\udc00', '\u0300', '_', '@',
  ]
  it(`agrees on generated texts (seed ${seed})`, () => {
    console.log(`fast-check seed ${seed} (rerun with GALLEY_SEED=${seed})`)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(countWords(text)).toBe(reference(text))
      }),
      { numRuns: 2000, seed },
    )
  })

  it('agrees on every single UTF-16 unit', () => {
    const differ: string[] = []
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`
      if (countWords(text) !== reference(text)) differ.push(`U+${c.toString(16)}`)
    }
    expect(differ).toEqual([])
  })
})
