import { describe, expect, it } from 'vitest'
import { MAX_SPELL_BATCH, MAX_SPELL_WORD } from '../../../../shared/ipc/spelling'
import { fakeSpellingHost } from './fakeHost'
import { SpellingController, type Unavailable } from './SpellingController'

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 5))

describe('SpellingController', () => {
  it('batches the words asked for in one task into one request, and asks each word once', async () => {
    const host = fakeSpellingHost({ wrong: ['recieve'] })
    const controller = new SpellingController(host)
    let heard = 0
    controller.subscribe(() => heard++)
    controller.want('en', ['the', 'recieve'])
    controller.want('en', ['the', 'bridge'])
    expect(controller.verdict('en', 'recieve')).toBe('pending')
    await flush()
    expect(host.requests).toEqual([{ language: 'en', words: ['the', 'recieve', 'bridge'] }])
    expect(controller.verdict('en', 'recieve')).toBe('misspelled')
    expect(controller.verdict('en', 'bridge')).toBe('ok')
    expect(heard).toBe(1)
    controller.want('en', ['bridge', 'recieve'])
    await flush()
    expect(host.requests).toHaveLength(1)
  })

  it('does not ask again for words already on their way, and sends what queued meanwhile next', async () => {
    const host = fakeSpellingHost({ hold: true })
    const controller = new SpellingController(host)
    controller.want('en', ['one', 'two'])
    await flush()
    controller.want('en', ['two', 'three'])
    await flush()
    expect(host.requests.map((r) => r.words)).toEqual([['one', 'two']])
    host.release()
    await flush()
    host.release()
    await flush()
    expect(host.requests.map((r) => r.words)).toEqual([['one', 'two'], ['three']])
  })

  it('splits a whole article’s words into batches the host accepts', async () => {
    const host = fakeSpellingHost()
    const controller = new SpellingController(host)
    controller.want('ru', Array.from({ length: MAX_SPELL_BATCH + 10 }, (_, i) => `слово${'а'.repeat(i % 7)}${i}`))
    await flush()
    await flush()
    expect(host.requests.map((r) => r.words.length)).toEqual([MAX_SPELL_BATCH, 10])
    expect(host.requests.every((r) => r.language === 'ru')).toBe(true)
  })

  it('a word longer than the host accepts is left unchecked, not pending forever (regression: the body never became ready)', async () => {
    const host = fakeSpellingHost()
    const controller = new SpellingController(host)
    const long = 'a'.repeat(MAX_SPELL_WORD + 1)
    controller.want('en', [long, 'bridge'])
    await flush()
    expect(host.requests.map((r) => r.words)).toEqual([['bridge']])
    expect(controller.verdict('en', long)).toBe('unchecked')
    expect(controller.verdict('en', 'bridge')).toBe('ok')
  })

  it('applies the article’s Ignore list as the dictionary compares words (typographic apostrophes too)', async () => {
    const controller = new SpellingController(fakeSpellingHost({ wrong: ['O’Neills', 'Noorzai'] }))
    controller.want('en', ['O’Neills', 'Noorzai'])
    await flush()
    controller.setIgnored(["O'Neills"])
    expect(controller.verdict('en', 'O’Neills')).toBe('ignored')
    expect(controller.verdict('en', 'Noorzai')).toBe('misspelled')
    controller.setIgnored(undefined)
    expect(controller.verdict('en', 'O’Neills')).toBe('misspelled')
  })

  it('a word added to the dictionary is accepted at once, in every spelling that reads the same', async () => {
    const host = fakeSpellingHost({ wrong: ['Zhumabekova’s', "Zhumabekova's", 'brigde'] })
    const controller = new SpellingController(host)
    controller.want('en', ['Zhumabekova’s', "Zhumabekova's", 'brigde'])
    await flush()
    let heard = 0
    controller.subscribe(() => heard++)
    await controller.addWord('en', "Zhumabekova's")
    expect(host.added).toEqual([['en', "Zhumabekova's"]])
    expect(controller.verdict('en', 'Zhumabekova’s')).toBe('ok')
    expect(controller.verdict('en', "Zhumabekova's")).toBe('ok')
    expect(controller.verdict('en', 'brigde')).toBe('misspelled')
    expect(heard).toBe(1)
  })

  it('a language without a dictionary is known from the start, never checked, and announced once', async () => {
    const host = fakeSpellingHost({ unavailable: ['kk', 'ps'] })
    const controller = new SpellingController(host)
    const told: Unavailable[] = []
    controller.onUnavailable((u) => told.push(u))
    await flush()
    controller.want('kk', ['көпір'])
    await flush()
    expect(host.requests).toEqual([])
    expect(controller.verdict('kk', 'көпір')).toBe('unchecked')
    expect(told).toEqual([
      { language: 'kk', reason: 'no-dictionary' },
      { language: 'ps', reason: 'no-dictionary' },
    ])
    // A listener that comes later hears what is already known.
    const late: Unavailable[] = []
    controller.onUnavailable((u) => late.push(u))
    expect(late.map((u) => u.language)).toEqual(['kk', 'ps'])
  })

  it('a dictionary that fails to load leaves the words unmarked and says why', async () => {
    const controller = new SpellingController(fakeSpellingHost({ fail: true }))
    const told: Unavailable[] = []
    controller.onUnavailable((u) => told.push(u))
    controller.want('ru', ['мост'])
    await flush()
    expect(controller.verdict('ru', 'мост')).toBe('unchecked')
    expect(told).toEqual([{ language: 'ru', reason: 'failed', message: 'The Russian spelling dictionary could not be loaded. Reinstalling Galley restores it.' }])
  })
})
