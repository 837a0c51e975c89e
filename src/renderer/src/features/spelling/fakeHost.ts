// For tests: a spelling host that knows which words are wrong, without Hunspell or a main process.
// Answers may be held back (`hold`) to see what the controller batches meanwhile.
import type { Language } from '../../../../shared/article/languages'
import type { SpellCheckRequest, SpellingLanguage } from '../../../../shared/ipc/spelling'
import type { SpellingHost } from './SpellingController'

export interface FakeSpellingHost extends SpellingHost {
  readonly requests: SpellCheckRequest[]
  readonly added: [Language, string][]
  /** Lets the held-back answers go. */
  release(): void
}

export interface FakeSpellingOptions {
  readonly wrong?: readonly string[]
  readonly unavailable?: readonly Language[]
  readonly fail?: boolean
  readonly hold?: boolean
}

export function fakeSpellingHost(options: FakeSpellingOptions = {}): FakeSpellingHost {
  const requests: SpellCheckRequest[] = []
  const added: [Language, string][] = []
  let waiting: (() => void)[] = []
  return {
    requests,
    added,
    release: () => {
      const w = waiting
      waiting = []
      for (const r of w) r()
    },
    languages: async () => (options.unavailable ?? []).map((language): SpellingLanguage => ({ language, available: false, dictionary: '' })),
    check: async (request) => {
      requests.push(request)
      if (options.hold) await new Promise<void>((r) => waiting.push(r))
      if (options.fail) throw new Error('The Russian spelling dictionary could not be loaded. Reinstalling Galley restores it.')
      const unavailable = options.unavailable?.includes(request.language) ?? false
      return { language: request.language, available: !unavailable, misspelled: unavailable ? [] : request.words.filter((w) => options.wrong?.includes(w)) }
    },
    suggest: async () => ['receive'],
    addWord: async (language, word) => void added.push([language, word]),
  }
}
