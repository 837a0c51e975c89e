// From text to the words the spell checker looks at, each with the language it is checked in, and
// which of them to underline: misspelled, not ignored, and not the word being typed at the caret.
import type { Language } from '../../../../shared/article/languages'
import { tokenizeWords } from '../../../../shared/spelling/words'
import { languageForWord, type SpellingController } from './SpellingController'

export interface SpellToken {
  readonly word: string
  readonly start: number
  readonly end: number
  readonly language: Language
}

/** The checkable words of a text (words in a script without a dictionary language are left out). */
export function spellTokens(text: string, article: Language): SpellToken[] {
  const out: SpellToken[] = []
  for (const t of tokenizeWords(text)) {
    const language = languageForWord(article, t.word)
    if (language) out.push({ ...t, language })
  }
  return out
}

/** Asks the controller about every word it does not know yet; true when some are still pending. */
export function requestVerdicts(controller: SpellingController, tokens: readonly SpellToken[]): boolean {
  const byLanguage = new Map<Language, string[]>()
  let pending = false
  for (const t of tokens) {
    if (controller.verdict(t.language, t.word) !== 'pending') continue
    pending = true
    const list = byLanguage.get(t.language)
    if (list) list.push(t.word)
    else byLanguage.set(t.language, [t.word])
  }
  for (const [language, words] of byLanguage) controller.want(language, words)
  return pending
}

/**
 * The tokens to underline. `caret` is where the user is typing (an offset in the same text): the
 * word that ends there is still being written and is left alone until the caret moves on.
 */
export function underlined(controller: SpellingController, tokens: readonly SpellToken[], caret: number | null = null): SpellToken[] {
  return tokens.filter((t) => t.end !== caret && controller.verdict(t.language, t.word) === 'misspelled')
}

/** The word at an offset (touching it counts: a right-click just after a word means that word). */
export function tokenAt(tokens: readonly SpellToken[], offset: number): SpellToken | null {
  return tokens.find((t) => offset >= t.start && offset <= t.end) ?? null
}
