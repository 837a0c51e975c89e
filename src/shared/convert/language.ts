// Which of Galley's languages a text is in, from its letters: enough to set the article's language,
// direction, quotes and hyphenation on import. Counts only the first 20,000 characters.
import type { Language } from '../article/languages'

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u
const PASHTO = /[ټډړږښګڼۍېځڅ]/u
const CYRILLIC = /\p{Script=Cyrillic}/u
const ARABIC = /\p{Script=Arabic}/u
const LATIN = /\p{Script=Latin}/u

export function guessLanguage(text: string, fallback: Language = 'en'): Language {
  let cyrillic = 0
  let arabic = 0
  let latin = 0
  let kazakh = 0
  let pashto = 0
  for (const ch of text.slice(0, 20_000)) {
    if (CYRILLIC.test(ch)) {
      cyrillic++
      if (KAZAKH.test(ch)) kazakh++
    } else if (ARABIC.test(ch)) {
      arabic++
      if (PASHTO.test(ch)) pashto++
    } else if (LATIN.test(ch)) latin++
  }
  const most = Math.max(cyrillic, arabic, latin)
  if (most === 0) return fallback
  if (most === cyrillic) return kazakh / cyrillic > 0.005 ? 'kk' : fallback === 'kk' ? 'kk' : 'ru'
  if (most === arabic) return pashto / arabic > 0.005 ? 'ps' : fallback === 'ps' ? 'ps' : 'fa-AF'
  return fallback === 'en-GB' ? 'en-GB' : 'en'
}
