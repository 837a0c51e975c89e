// Offline spell checking: one Hunspell dictionary per language, loaded the first time the language
// is checked; a personal word list per language in the user-data folder; answers cached per word so
// a paragraph re-checked after a keystroke costs a few map lookups.
import { mkdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { LANGUAGES, type Language } from '../../../shared/article/languages'
import { GalleyError } from '../../../shared/ipc/errors'
import type { SpellCheckRequest, SpellCheckResult, SpellingLanguage } from '../../../shared/ipc/spelling'
import { compoundParts, ignoreKey, normalizeForDictionary } from '../../../shared/spelling/words'
import { writeFileAtomic } from '../fs/atomicWrite'
import { nullLogger, type Logger } from '../log/Logger'
import { SerialQueue } from '../util/SerialQueue'
import { DICTIONARY_FOR, DICTIONARY_SOURCES } from './dictionaries'
import { loadHunspell, type SpellEngine } from './HunspellEngine'
import { loadWordList } from './WordListEngine'

export interface SpellCheckServiceOptions {
  /** resources/dictionaries (in the app: process.resourcesPath/resources/dictionaries). */
  readonly dictionariesDir: string
  readonly userDataDir: string
  readonly logger?: Logger
  /** Replaces Hunspell in tests. */
  readonly loadEngine?: (affPath: string, dicPath: string) => Promise<SpellEngine>
}

interface Loaded {
  readonly engine: SpellEngine
  readonly personal: Set<string>
  /** Normalized word → correct? Cleared when the personal list changes. */
  readonly cache: Map<string, boolean>
}

const CACHE_LIMIT = 100_000
const MAX_SUGGESTIONS = 8

export class SpellCheckService {
  private readonly loaded = new Map<Language, Promise<Loaded | null>>()
  private readonly writes = new SerialQueue()
  private readonly logger: Logger
  private readonly loadEngine: (affPath: string, dicPath: string) => Promise<SpellEngine>

  constructor(private readonly options: SpellCheckServiceOptions) {
    this.logger = (options.logger ?? nullLogger).child('spelling')
    this.loadEngine = options.loadEngine ?? loadHunspell
  }

  async languages(): Promise<SpellingLanguage[]> {
    return (Object.keys(LANGUAGES) as Language[]).map((language) => {
      const id = DICTIONARY_FOR[language]
      const source = DICTIONARY_SOURCES.find((s) => s.id === id)
      return { language, available: source !== undefined, dictionary: source?.name ?? '' }
    })
  }

  async check(request: SpellCheckRequest): Promise<SpellCheckResult> {
    const dict = await this.dictionary(request.language)
    if (!dict) return { language: request.language, available: false, misspelled: [] }
    const ignored = new Set((request.ignored ?? []).map(ignoreKey))
    const misspelled: string[] = []
    const seen = new Set<string>()
    for (const word of request.words) {
      if (seen.has(word)) continue
      seen.add(word)
      if (!this.isCorrect(dict, word, ignored)) misspelled.push(word)
    }
    return { language: request.language, available: true, misspelled }
  }

  async suggest(language: Language, word: string): Promise<string[]> {
    const dict = await this.dictionary(language)
    if (!dict) return []
    const normalized = normalizeForDictionary(word)
    const curly = word.includes('’')
    const out: string[] = []
    for (const s of dict.engine.suggest(normalized)) {
      const shown = curly ? s.replace(/'/g, '’') : s
      if (!out.includes(shown)) out.push(shown)
      if (out.length === MAX_SUGGESTIONS) break
    }
    return out
  }

  async addWord(language: Language, word: string): Promise<void> {
    const dict = await this.requireDictionary(language)
    const normalized = checkedPersonalWord(word)
    if (dict.personal.has(normalized)) return
    dict.personal.add(normalized)
    dict.engine.add(normalized)
    dict.cache.clear()
    await this.savePersonal(language, dict.personal)
  }

  async removeWord(language: Language, word: string): Promise<void> {
    const dict = await this.requireDictionary(language)
    const normalized = normalizeForDictionary(word)
    if (!dict.personal.delete(normalized)) return
    dict.engine.remove(normalized)
    dict.cache.clear()
    await this.savePersonal(language, dict.personal)
  }

  async personalWords(language: Language): Promise<string[]> {
    const dict = await this.dictionary(language)
    if (dict) return [...dict.personal].sort()
    return [...(await this.readPersonal(language))].sort()
  }

  /** Waits for personal lists being written. */
  async flush(): Promise<void> {
    await this.writes.idle()
  }

  async dispose(): Promise<void> {
    await this.flush()
    for (const pending of this.loaded.values()) (await pending.catch(() => null))?.engine.dispose()
    this.loaded.clear()
  }

  personalFile(language: Language): string {
    return path.join(this.options.userDataDir, 'spelling', `${language}.txt`)
  }

  private isCorrect(dict: Loaded, word: string, ignored: ReadonlySet<string>): boolean {
    const normalized = normalizeForDictionary(word)
    if (normalized.length === 0 || ignored.has(normalized)) return true
    const cached = dict.cache.get(normalized)
    if (cached !== undefined) return cached
    let correct = dict.engine.correct(normalized)
    if (!correct && normalized.includes('\u200C')) correct = dict.engine.correct(normalized.replace(/\u200C/g, ''))
    // A compound the dictionary does not list (news-gathering, пресс-служба, روزنامه‌نگار) is right if its parts are.
    if (!correct && /[-\u200C]/.test(normalized)) {
      correct = compoundParts(normalized).every((p) => p.length < 2 || ignored.has(p) || dict.engine.correct(p))
    }
    if (dict.cache.size >= CACHE_LIMIT) dict.cache.clear()
    dict.cache.set(normalized, correct)
    return correct
  }

  private async requireDictionary(language: Language): Promise<Loaded> {
    const dict = await this.dictionary(language)
    if (!dict) {
      throw new GalleyError('SPELLING_UNAVAILABLE', `Galley has no spelling dictionary for ${LANGUAGES[language].name}.`, language)
    }
    return dict
  }

  private dictionary(language: Language): Promise<Loaded | null> {
    let pending = this.loaded.get(language)
    if (!pending) {
      pending = this.load(language)
      this.loaded.set(language, pending)
      // A failed load is retried next time rather than remembered.
      pending.catch(() => this.loaded.delete(language))
    }
    return pending
  }

  private async load(language: Language): Promise<Loaded | null> {
    const id = DICTIONARY_FOR[language]
    const source = DICTIONARY_SOURCES.find((s) => s.id === id)
    if (!id || !source) return null
    const dir = path.join(this.options.dictionariesDir, id)
    const started = performance.now()
    let engine: SpellEngine
    try {
      engine =
        source.format === 'wordlist'
          ? await loadWordList(path.join(dir, `${id}.words.gz`))
          : await this.loadEngine(path.join(dir, `${id}.aff`), path.join(dir, `${id}.dic`))
    } catch (error) {
      this.logger.error('dictionary failed to load', error, { dictionary: id })
      throw new GalleyError('SPELLING_DICTIONARY_MISSING', `The ${LANGUAGES[language].name} spelling dictionary could not be loaded. Reinstalling Galley restores it.`, id)
    }
    const personal = await this.readPersonal(language)
    for (const word of personal) engine.add(word)
    this.logger.info('dictionary loaded', { dictionary: id, ms: Math.round(performance.now() - started), personalWords: personal.size })
    return { engine, personal, cache: new Map() }
  }

  private async readPersonal(language: Language): Promise<Set<string>> {
    let text: string
    try {
      text = await readFile(this.personalFile(language), 'utf8')
    } catch {
      return new Set()
    }
    const words = new Set<string>()
    for (const line of text.split(/\r?\n/)) {
      const word = normalizeForDictionary(line.trim())
      if (word && isPersonalWord(word)) words.add(word)
    }
    return words
  }

  private savePersonal(language: Language, words: ReadonlySet<string>): Promise<void> {
    const text = [...words].sort().join('\n')
    const file = this.personalFile(language)
    return this.writes.run(async () => {
      try {
        await mkdir(path.dirname(file), { recursive: true })
        await writeFileAtomic(file, text ? `${text}\n` : '')
      } catch (error) {
        this.logger.error('personal word list not saved', error, { language })
        throw new GalleyError('SPELLING_SAVE_FAILED', 'Galley could not save your personal dictionary. The word is accepted until you quit.', language)
      }
    })
  }
}

function isPersonalWord(word: string): boolean {
  return word.length <= 100 && !/[\s\p{C}]/u.test(word)
}

function checkedPersonalWord(word: string): string {
  const normalized = normalizeForDictionary(word.trim())
  if (!normalized || !isPersonalWord(normalized) || !/\p{L}/u.test(normalized)) {
    throw new GalleyError('BAD_WORD', 'Only a single word can be added to the dictionary.')
  }
  return normalized
}
