// Spell checking a paragraph must cost little enough to run after each change, off the keystroke
// path. Measured: words per second through SpellCheckService.check (tokenize, normalize, Hunspell,
// per-word cache) for English and Russian, first on unseen words (cold: each is a Hunspell lookup),
// then re-checking the same paragraphs (warm: the usual case while typing), against a plain
// Set lookup of the same words in the same run. Also the dictionaries' load time and a suggestion.
// Dari (the Persian word list) is measured the same way.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Language } from '../src/shared/article/languages'
import { tokenizeWords } from '../src/shared/spelling/words'
import { SpellCheckService } from '../src/main/services/spelling/SpellCheckService'

const here = path.dirname(fileURLToPath(import.meta.url))
const dictionariesDir = path.join(here, '../resources/dictionaries')

const TEXT: Record<'en' | 'ru' | 'fa-AF', string> = {
  en: 'The mayor of Kabul said on Wednesday that the city council would meet again before the end of the month to vote on a budget that has divided neighbourhoods, shopkeepers and the transport authority for most of the year. Officials who asked not to be named said the plan included new bus routes, repairs to the old bridge and money for schools in the western districts, where enrolment has grown faster than anywhere else in the country.',
  'fa-AF': 'شهردار کابل روز چهارشنبه گفت که شورای شهر پیش از پایان ماه دوباره جلسه خواهد داشت تا درباره بودجه‌ای رأی دهد که بیشتر سال میان ساکنان محله‌ها، دکان‌داران و اداره ترانسپورت اختلاف ایجاد کرده است. مقام‌هایی که نخواستند نامشان گرفته شود گفتند این طرح شامل مسیرهای تازه بس، ترمیم پل کهنه و پول برای مکتب‌ها در ولسوالی‌های غربی است.',
  ru: 'Мэр Кабула заявил в среду, что городской совет снова соберётся до конца месяца, чтобы проголосовать за бюджет, который почти весь год разделял жителей районов, владельцев магазинов и транспортное управление. Чиновники, попросившие не называть их имён, сообщили, что план предусматривает новые автобусные маршруты, ремонт старого моста и деньги для школ в западных районах, где число учеников растёт быстрее, чем где-либо ещё в стране.',
}

/** Paragraphs of a long article: the sample's words with a suffix so that most words are new (cold). */
function paragraphs(language: keyof typeof TEXT, count: number): string[][] {
  const base = tokenizeWords(TEXT[language]).map((t) => t.word)
  const out: string[][] = []
  for (let i = 0; i < count; i++) out.push(base.map((w, k) => ((i + k) % 3 === 0 ? w : `${w}${'abcdefghij'[(i * 7 + k) % 10]}${i % 97}`)))
  return out
}

async function time(fn: () => Promise<void> | void, rounds: number): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < rounds; i++) await fn()
  return performance.now() - start
}

const userDataDir = await mkdtemp(path.join(tmpdir(), 'galley-bench-spelling-'))
const results: Record<string, unknown> = {}
try {
  for (const language of ['en', 'ru', 'fa-AF'] as const) {
    const service = new SpellCheckService({ dictionariesDir, userDataDir })
    const loadStart = performance.now()
    await service.check({ language: language as Language, words: ['warm'] })
    const loadMs = performance.now() - loadStart

    const paras = paragraphs(language, 300)
    const words = paras.reduce((n, p) => n + p.length, 0)
    // Baseline: a plain Set holding every word, asked the same questions.
    const set = new Set(paras.flat())
    let hits = 0
    const setMs = await time(() => {
      for (const p of paras) for (const w of p) if (set.has(w)) hits++
    }, 1)
    const coldMs = await time(async () => {
      for (const p of paras) await service.check({ language: language as Language, words: p })
    }, 1)
    const warmRounds = 5
    const warmMs = (await time(async () => {
      for (const p of paras) await service.check({ language: language as Language, words: p })
    }, warmRounds)) / warmRounds
    const paragraphMs = warmMs / paras.length
    const suggestStart = performance.now()
    const suggestions = await service.suggest(language as Language, { en: 'budgett', ru: 'бюджэт', 'fa-AF': 'بوددجه' }[language])
    const suggestMs = performance.now() - suggestStart
    await service.dispose()

    const perSecond = (ms: number) => Math.round(words / (ms / 1000))
    const r = {
      words,
      loadMs: +loadMs.toFixed(1),
      coldWordsPerSecond: perSecond(coldMs),
      warmWordsPerSecond: perSecond(warmMs),
      setWordsPerSecond: perSecond(setMs),
      coldVsSet: +(coldMs / setMs).toFixed(1),
      warmVsSet: +(warmMs / setMs).toFixed(1),
      paragraphMs: +paragraphMs.toFixed(4),
      suggestMs: +suggestMs.toFixed(1),
      suggestion: suggestions[0] ?? '',
    }
    results[language] = r
    console.log(
      `${language}: dictionary loaded in ${r.loadMs} ms; ${words} words — cold ${r.coldWordsPerSecond.toLocaleString('en')} words/s, ` +
        `re-check ${r.warmWordsPerSecond.toLocaleString('en')} words/s, Set baseline ${r.setWordsPerSecond.toLocaleString('en')} words/s ` +
        `(cold ${r.coldVsSet}×, re-check ${r.warmVsSet}× the Set); one ${paras[0]!.length}-word paragraph re-checked in ${r.paragraphMs} ms; ` +
        `suggestions in ${r.suggestMs} ms (“${r.suggestion}”); ${hits} Set hits`,
    )
  }
} finally {
  await rm(userDataDir, { recursive: true, force: true })
}
console.log(`BENCH spelling ${JSON.stringify(results)}`)
