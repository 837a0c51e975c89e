import { describe, expect, it } from 'vitest'
import { inlineText } from '../article/text'
import type { BlockJSON } from '../article/body'
import { solarHijriToIso } from '../templates/dates'
import { findDate, parseDateLine } from './dates'
import { guessLanguage } from './language'
import { normalizeText, parsePlainText } from './plainText'

const summary = (blocks: readonly BlockJSON[]): string[] => blocks.map((b) => `${b.type}${'tag' in b && b.type === 'heading' ? `:${b.tag}` : ''}|${'children' in b && b.type !== 'list' && b.type !== 'qa-pair' ? inlineText(b.children as never) : ''}`)

const EDITORIAL = [
  'Editor in Chief: Jane Doe  Wednesday, July 8th, 2020',
  '',
  'A City That Keeps Its Promises',
  '',
  'When the river bridge opened last week, on the day promised four years ago, the city did something rare.',
  '',
  'Housing is next',
  '',
  'Four thousand flats were promised by 2022. So far, fewer than a thousand have been built.',
  '',
  'The money is there.',
].join('\n')

describe('parsePlainText', () => {
  it('recognises a typical editorial: masthead with long date, headline, paragraphs, subheads', () => {
    const r = parsePlainText(EDITORIAL)
    expect(r.meta).toMatchObject({ editorInChief: 'Jane Doe', date: '2020-07-08', headline: 'A City That Keeps Its Promises', template: 'editorial', language: 'en' })
    expect(summary(r.blocks)).toEqual([
      'paragraph|When the river bridge opened last week, on the day promised four years ago, the city did something rare.',
      'heading:h2|Housing is next',
      'paragraph|Four thousand flats were promised by 2022. So far, fewer than a thousand have been built.',
      'paragraph|The money is there.',
    ])
  })

  it('reads Windows and old Mac line ends the same as Unix ones', () => {
    const unix = parsePlainText(EDITORIAL)
    expect(parsePlainText(EDITORIAL.replace(/\n/g, '\r\n'))).toEqual(unix)
    expect(parsePlainText(EDITORIAL.replace(/\n/g, '\r'))).toEqual(unix)
  })

  it('takes a date line on its own and a masthead without a date', () => {
    const r = parsePlainText('Editor in Chief: Jane Doe\nJuly 8, 2020\n\nHeadline here\n\nA first paragraph that is long enough to be a paragraph, with a full stop.')
    expect(r.meta).toMatchObject({ editorInChief: 'Jane Doe', date: '2020-07-08', headline: 'Headline here' })
  })

  it('recognises kicker, headline, deck, byline and a dateline opening the first paragraph; joins hard-wrapped lines', () => {
    const r = parsePlainText(
      'WORLD\nTalks resume in Doha\nNegotiators meet again with a new agenda\nBy John Smith\n\nDOHA, July 8 (Reuters) - Negotiators met again on Wednesday after a month-long pause in talks that both\nsides called useful but difficult, officials said, adding that a new agenda had been agreed\nby the two delegations.\n\nThe talks are expected to last a week.',
    )
    expect(r.meta).toMatchObject({ kicker: 'WORLD', headline: 'Talks resume in Doha', deck: 'Negotiators meet again with a new agenda', byline: 'John Smith', dateline: 'DOHA, July 8 (Reuters) —', template: 'news' })
    expect(summary(r.blocks)[0]).toBe('paragraph|Negotiators met again on Wednesday after a month-long pause in talks that both sides called useful but difficult, officials said, adding that a new agenda had been agreed by the two delegations.')
  })

  it('does not take a closing short line or a line with closing punctuation for a subhead', () => {
    const r = parsePlainText('Headline\n\nFirst paragraph with enough words to be a real paragraph of the story, really.\n\nThis ends here.\n\nSecond long paragraph with enough words to be a real paragraph of the story.\n\nThe end')
    expect(r.blocks.filter((b) => b.type === 'heading')).toHaveLength(0)
  })

  it('turns Q:/A: lines into Q&A and picks the interview template', () => {
    const r = parsePlainText('Ten questions for the mayor\n\nQ: Will the flats be ready?\nA: Most of them.\n\nQ: When?\n\nA: Next year.')
    expect(r.blocks.map((b) => b.type)).toEqual(['qa-pair', 'qa-pair'])
    expect(r.meta.template).toBe('interview')
  })

  it('keeps lists and section breaks', () => {
    const r = parsePlainText('Headline\n\nIntro paragraph that is long enough to count as one, with a stop.\n\n- one\n- two\n\n* * *\n\n1. first\n2. second')
    expect(r.blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'section-break', 'list'])
  })

  it('reads Russian and Dari mastheads and dates, and sets language and direction', () => {
    const ru = parsePlainText('Главный редактор: Иван Петров  среда, 8 июля 2020 года\n\nГород, который держит слово\n\nКогда на прошлой неделе открыли мост через реку, город сдержал обещание.')
    expect(ru.meta).toMatchObject({ editorInChief: 'Иван Петров', date: '2020-07-08', headline: 'Город, который держит слово', language: 'ru', template: 'editorial' })
    const fa = parsePlainText('سردبیر: احمد کریمی  چهارشنبه ۱۸ سرطان ۱۳۹۹\n\nشهری که به وعده‌اش وفا می‌کند\n\nهفته گذشته پل دریا افتتاح شد و شهر کاری کرد که کمتر دیده می‌شود.')
    expect(fa.meta).toMatchObject({ editorInChief: 'احمد کریمی', date: '2020-07-08', language: 'fa-AF' })
    expect(fa.blocks[0]).toMatchObject({ type: 'paragraph', direction: 'rtl' })
  })

  it('normalises BOM, line ends and control characters', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\u0007d  \n')).toBe('a\nb\ncd\n')
  })
})

describe('dates', () => {
  it('reads the dates newspapers print', () => {
    expect(parseDateLine('Wednesday, July 8th, 2020')).toBe('2020-07-08')
    expect(parseDateLine('8 July 2020')).toBe('2020-07-08')
    expect(parseDateLine('8 мая 2021 г.')).toBe('2021-05-08')
    expect(parseDateLine('2020 жылғы 8 шілде')).toBe('2020-07-08')
    expect(parseDateLine('۱ حمل ۱۴۰۰')).toBe('2021-03-21')
    expect(parseDateLine('08.07.2020')).toBe('2020-07-08')
    expect(parseDateLine('February 30, 2020')).toBeNull()
    expect(parseDateLine('July 8, 2020 was a Wednesday')).toBeNull()
    expect(solarHijriToIso(1399, 4, 18)).toBe('2020-07-08')
    expect(findDate('Editor in Chief: Jane Doe  Wednesday, July 8th, 2020')).toMatchObject({ iso: '2020-07-08', start: 27 })
  })
})

describe('guessLanguage', () => {
  it('tells the scripts and the languages apart', () => {
    expect(guessLanguage('The bridge opened.')).toBe('en')
    expect(guessLanguage('The bridge opened.', 'en-GB')).toBe('en-GB')
    expect(guessLanguage('Мост открыли.')).toBe('ru')
    expect(guessLanguage('Көпір ашылды, қала уәдесін орындады.')).toBe('kk')
    expect(guessLanguage('پل افتتاح شد.')).toBe('fa-AF')
    expect(guessLanguage('پل پرانیستل شو او ښار ژمنه پوره کړه.')).toBe('ps')
  })
})
