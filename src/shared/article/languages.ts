// The languages Galley writes in, and what follows from each: direction, script, quotes, reading speed.
import { z } from 'zod'

export const LanguageSchema = z.enum(['en', 'en-GB', 'ru', 'kk', 'fa-AF', 'ps'])
export type Language = z.infer<typeof LanguageSchema>

export type Direction = 'ltr' | 'rtl'
export type Script = 'latin' | 'cyrillic' | 'arabic'

export interface LanguageInfo {
  readonly code: Language
  /** BCP 47 tag for `lang=""`, Intl and hyphenation. */
  readonly tag: string
  readonly name: string
  readonly nativeName: string
  readonly direction: Direction
  readonly script: Script
  /** Outer and inner quotation marks as the language's newspapers print them. */
  readonly quotes: { readonly open: string; readonly close: string; readonly innerOpen: string; readonly innerClose: string }
  /** Words per minute for the reading-time estimate. */
  readonly wordsPerMinute: number
}

export const LANGUAGES: Readonly<Record<Language, LanguageInfo>> = {
  en: {
    code: 'en',
    tag: 'en-US',
    name: 'English (US)',
    nativeName: 'English (US)',
    direction: 'ltr',
    script: 'latin',
    quotes: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
    wordsPerMinute: 230,
  },
  'en-GB': {
    code: 'en-GB',
    tag: 'en-GB',
    name: 'English (UK)',
    nativeName: 'English (UK)',
    direction: 'ltr',
    script: 'latin',
    quotes: { open: '‘', close: '’', innerOpen: '“', innerClose: '”' },
    wordsPerMinute: 230,
  },
  ru: {
    code: 'ru',
    tag: 'ru',
    name: 'Russian',
    nativeName: 'Русский',
    direction: 'ltr',
    script: 'cyrillic',
    quotes: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
    wordsPerMinute: 180,
  },
  kk: {
    code: 'kk',
    tag: 'kk',
    name: 'Kazakh',
    nativeName: 'Қазақша',
    direction: 'ltr',
    script: 'cyrillic',
    quotes: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
    wordsPerMinute: 180,
  },
  'fa-AF': {
    code: 'fa-AF',
    tag: 'fa-AF',
    name: 'Dari',
    nativeName: 'دری',
    direction: 'rtl',
    script: 'arabic',
    quotes: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
    wordsPerMinute: 180,
  },
  ps: {
    code: 'ps',
    tag: 'ps',
    name: 'Pashto',
    nativeName: 'پښتو',
    direction: 'rtl',
    script: 'arabic',
    quotes: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
    wordsPerMinute: 180,
  },
}

export function languageInfo(language: Language): LanguageInfo {
  return LANGUAGES[language]
}

export function directionOf(language: Language): Direction {
  return LANGUAGES[language].direction
}
