// Which bundled dictionary checks which of Galley's languages.
import type { Language } from '../../../shared/article/languages'

export interface DictionarySource {
  /** Folder under resources/dictionaries/ and the base name of its .aff/.dic files. */
  readonly id: string
  readonly name: string
  /** The npm package the files are copied from (scripts/build-dictionaries.ts). */
  readonly npmPackage: string
  /**
   * `hunspell`: `<id>.aff` + `<id>.dic`. `wordlist`: `<id>.words.gz`, every form listed, sorted
   * (built from a cspell trie, for languages whose free dictionary comes that way).
   */
  readonly format: 'hunspell' | 'wordlist'
}

export const DICTIONARY_SOURCES: readonly DictionarySource[] = [
  { id: 'en-US', name: 'English (United States)', npmPackage: 'dictionary-en', format: 'hunspell' },
  { id: 'en-GB', name: 'English (United Kingdom)', npmPackage: 'dictionary-en-gb', format: 'hunspell' },
  { id: 'ru', name: 'Russian', npmPackage: 'dictionary-ru', format: 'hunspell' },
  // Lilak, the free Persian dictionary (Apache-2.0), as cspell publishes it. Written Dari shares
  // most of its vocabulary; Afghan words it lacks go to the personal dictionary.
  { id: 'fa', name: 'Persian (Lilak), used for Dari', npmPackage: '@cspell/dict-fa-ir', format: 'wordlist' },
]

/** Language → dictionary folder; languages without one (Kazakh, Pashto) are not checked. */
export const DICTIONARY_FOR: Readonly<Record<Language, string | null>> = {
  en: 'en-US',
  'en-GB': 'en-GB',
  ru: 'ru',
  'fa-AF': 'fa',
  // No freely licensed Kazakh or Pashto dictionary is published on npm.
  kk: null,
  ps: null,
}
