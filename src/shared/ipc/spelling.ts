// Host API for the offline spell checker (Hunspell dictionaries bundled with the app). The renderer
// checks the words of changed paragraphs in batches, off the keystroke path, and asks for
// suggestions only when the context menu opens.
import { z } from 'zod'
import { LanguageSchema, type Language } from '../article/languages'

export const MAX_SPELL_WORD = 100
export const MAX_SPELL_BATCH = 5000

export interface SpellingLanguage {
  readonly language: Language
  /** False where Galley has no dictionary for the language (Pashto, Kazakh): nothing is underlined. */
  readonly available: boolean
  /** Which dictionary checks it (`English (United States)`, `Persian, used for Dari`…). */
  readonly dictionary: string
}

export interface SpellCheckResult {
  readonly language: Language
  readonly available: boolean
  /** The words of the batch that are misspelled, each once, as sent. */
  readonly misspelled: readonly string[]
}

const word = z.string().min(1).max(MAX_SPELL_WORD)

export const SpellCheckRequestSchema = z
  .object({
    language: LanguageSchema,
    words: z.array(z.string().max(MAX_SPELL_WORD)).max(MAX_SPELL_BATCH),
    /** The article's "Ignore" list (`meta.spellingIgnore`). */
    ignored: z.array(word).max(5000).optional(),
  })
  .strict()
export type SpellCheckRequest = z.infer<typeof SpellCheckRequestSchema>

export interface SpellingApi {
  languages(): Promise<readonly SpellingLanguage[]>
  check(request: SpellCheckRequest): Promise<SpellCheckResult>
  suggest(language: Language, word: string): Promise<readonly string[]>
  /** Adds to the personal word list of the language (kept in the user-data folder). */
  addWord(language: Language, word: string): Promise<void>
  removeWord(language: Language, word: string): Promise<void>
  personalWords(language: Language): Promise<readonly string[]>
}

export const spellingArgs = {
  languages: z.tuple([]),
  check: z.tuple([SpellCheckRequestSchema]),
  suggest: z.tuple([LanguageSchema, word]),
  addWord: z.tuple([LanguageSchema, word]),
  removeWord: z.tuple([LanguageSchema, word]),
  personalWords: z.tuple([LanguageSchema]),
}
