// The window's side of the offline spell checker: which words are misspelled, asked of the host in
// batches and remembered per word, so re-checking a paragraph after a keystroke costs map lookups
// and no host call. The article's "Ignore" list is applied here, so changing it needs no new check.
import { LANGUAGES, type Language, type Script } from '../../../../shared/article/languages'
import { MAX_SPELL_BATCH, MAX_SPELL_WORD, type SpellCheckRequest, type SpellCheckResult, type SpellingLanguage } from '../../../../shared/ipc/spelling'
import { ignoreKey, normalizeForDictionary } from '../../../../shared/spelling/words'

/** What the controller needs of the host API (`host.spelling`). */
export interface SpellingHost {
  languages(): Promise<readonly SpellingLanguage[]>
  check(request: SpellCheckRequest): Promise<SpellCheckResult>
  suggest(language: Language, word: string): Promise<readonly string[]>
  addWord(language: Language, word: string): Promise<void>
}

export type Verdict = 'ok' | 'misspelled' | 'ignored' | 'pending' | 'unchecked'

/** Why a language is not checked: no dictionary at all, or one that failed to load (with its sentence). */
export type Unavailable = { readonly language: Language; readonly reason: 'no-dictionary' } | { readonly language: Language; readonly reason: 'failed'; readonly message: string }

/** Words of another script than the article's are checked in that script's main language. */
const LANGUAGE_FOR_SCRIPT: Readonly<Record<Script, Language>> = { latin: 'en', cyrillic: 'ru', arabic: 'fa-AF' }

export function scriptOf(word: string): Script | null {
  for (const ch of word) {
    if (/\p{Script=Latin}/u.test(ch)) return 'latin'
    if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic'
    if (/\p{Script=Arabic}/u.test(ch)) return 'arabic'
    if (/\p{L}/u.test(ch)) return null
  }
  return null
}

/**
 * The language a word of an article in `article` is checked in: the article's own for words in its
 * script (so a Kazakh article's Cyrillic words are not judged by the Russian dictionary), the
 * script's main language for quotations in another script (an English name in a Russian story), and
 * none for scripts Galley has no dictionary for.
 */
export function languageForWord(article: Language, word: string): Language | null {
  const script = scriptOf(word)
  if (script === null) return null
  return script === LANGUAGES[article].script ? article : LANGUAGE_FOR_SCRIPT[script]
}

const MAX_CACHED = 200_000

export type Schedule = (task: () => void) => void

export class SpellingController {
  /** Per language: word as written → misspelled? */
  private readonly verdicts = new Map<Language, Map<string, boolean>>()
  private readonly queued = new Map<Language, Set<string>>()
  /** Words sent and not answered yet, so they are not asked twice. */
  private readonly inFlight = new Map<Language, Set<string>>()
  private readonly sending = new Set<Language>()
  private readonly unavailable = new Map<Language, Unavailable>()
  private ignored: ReadonlySet<string> = new Set()
  private readonly listeners = new Set<() => void>()
  private readonly unavailableListeners = new Set<(u: Unavailable) => void>()
  private flushScheduled = false

  constructor(
    private readonly host: SpellingHost,
    private readonly schedule: Schedule = (task) => void setTimeout(task, 0),
  ) {
    // Knowing up front which languages have no dictionary spares tokenizing their text.
    host.languages().then(
      (list) => {
        for (const l of list) if (!l.available) this.markUnavailable({ language: l.language, reason: 'no-dictionary' })
      },
      () => undefined,
    )
  }

  /** Whether the language is known to have no (working) dictionary. */
  unavailableReason(language: Language): Unavailable | null {
    return this.unavailable.get(language) ?? null
  }

  verdict(language: Language, word: string): Verdict {
    if (this.unavailable.has(language) || word.length > MAX_SPELL_WORD) return 'unchecked'
    const known = this.verdicts.get(language)?.get(word)
    if (known === undefined) return 'pending'
    if (!known) return 'ok'
    return this.ignored.has(ignoreKey(word)) ? 'ignored' : 'misspelled'
  }

  /** Asks for the words not known yet (batched, after the current task); listeners hear when answers come. */
  want(language: Language, words: Iterable<string>): void {
    if (this.unavailable.has(language)) return
    const known = this.verdicts.get(language)
    const sent = this.inFlight.get(language)
    let queue = this.queued.get(language)
    for (const word of words) {
      if (word.length === 0 || word.length > MAX_SPELL_WORD || known?.has(word) || sent?.has(word)) continue
      if (!queue) this.queued.set(language, (queue = new Set()))
      queue.add(word)
    }
    if (queue?.size) this.scheduleFlush()
  }

  /** The article's "Ignore" list (`meta.spellingIgnore`). */
  setIgnored(list: readonly string[] | undefined): void {
    const next = new Set((list ?? []).map(ignoreKey))
    if (next.size === this.ignored.size && [...next].every((w) => this.ignored.has(w))) return
    this.ignored = next
    this.emit()
  }

  async suggest(language: Language, word: string): Promise<readonly string[]> {
    return this.host.suggest(language, word)
  }

  /** Adds to the personal dictionary; every form of the word already seen is accepted at once. */
  async addWord(language: Language, word: string): Promise<void> {
    await this.host.addWord(language, word)
    const added = normalizeForDictionary(word)
    const known = this.verdicts.get(language)
    if (known) for (const w of known.keys()) if (normalizeForDictionary(w) === added) known.set(w, false)
    this.emit()
  }

  /** Called when verdicts or the ignore list change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onUnavailable(listener: (u: Unavailable) => void): () => void {
    this.unavailableListeners.add(listener)
    for (const u of this.unavailable.values()) listener(u)
    return () => this.unavailableListeners.delete(listener)
  }

  private emit(): void {
    for (const l of [...this.listeners]) l()
  }

  private markUnavailable(u: Unavailable): void {
    if (this.unavailable.has(u.language)) return
    this.unavailable.set(u.language, u)
    this.queued.delete(u.language)
    for (const l of [...this.unavailableListeners]) l(u)
    this.emit()
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return
    this.flushScheduled = true
    this.schedule(() => {
      this.flushScheduled = false
      for (const language of this.queued.keys()) void this.send(language)
    })
  }

  /** One request at a time per language; what queues meanwhile goes in the next batch. */
  private async send(language: Language): Promise<void> {
    if (this.sending.has(language)) return
    this.sending.add(language)
    try {
      for (;;) {
        const queue = this.queued.get(language)
        if (!queue || queue.size === 0) break
        const words = [...queue].slice(0, MAX_SPELL_BATCH)
        for (const w of words) queue.delete(w)
        this.inFlight.set(language, new Set(words))
        let result: SpellCheckResult
        try {
          result = await this.host.check({ language, words })
        } catch (error) {
          const message = error instanceof Error && error.message ? error.message : `Spelling in ${LANGUAGES[language].name} cannot be checked just now.`
          this.markUnavailable({ language, reason: 'failed', message })
          return
        }
        if (!result.available) {
          this.markUnavailable({ language, reason: 'no-dictionary' })
          return
        }
        let known = this.verdicts.get(language)
        if (!known || known.size > MAX_CACHED) this.verdicts.set(language, (known = new Map()))
        const wrong = new Set(result.misspelled)
        for (const w of words) known.set(w, wrong.has(w))
        this.emit()
      }
    } finally {
      this.inFlight.delete(language)
      this.sending.delete(language)
      if (this.queued.get(language)?.size) this.scheduleFlush()
    }
  }
}
