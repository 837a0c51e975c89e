// Which bundled dictionary checks which of Galley's languages.
import type { Language } from '../../../shared/article/languages'

export interface DictionarySource {
  /** Folder under resources/dictionaries/ and the base name of its .aff/.dic files. */
  readonly id: string
  readonly name: string
  /** The npm package the files are copied from (scripts/build-dictionaries.ts). */
  readonly npmPackage: string
}

export const DICTIONARY_SOURCES: readonly DictionarySource[] = [
  { id: 'en-US', name: 'English (United States)', npmPackage: 'dictionary-en' },
  { id: 'en-GB', name: 'English (United Kingdom)', npmPackage: 'dictionary-en-gb' },
  { id: 'ru', name: 'Russian', npmPackage: 'dictionary-ru' },
]

/** Language → dictionary folder; languages without one (Kazakh, Pashto) are not checked. */
export const DICTIONARY_FOR: Readonly<Record<Language, string | null>> = {
  en: 'en-US',
  'en-GB': 'en-GB',
  ru: 'ru',
  // No freely licensed Kazakh or Pashto Hunspell dictionary is published on npm.
  kk: null,
  'fa-AF': null,
  ps: null,
}
