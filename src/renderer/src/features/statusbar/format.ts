// Numbers as the article's language writes them (1,234 / 1 234), and reading time.
import { LANGUAGES, type Language } from '../../../../shared/article/languages'

const formatters = new Map<Language, Intl.NumberFormat>()

export function formatCount(n: number, language: Language): string {
  let f = formatters.get(language)
  if (!f) {
    // Latin digits everywhere: the newsroom's tools and the print pipeline use them.
    f = new Intl.NumberFormat(`${LANGUAGES[language].tag}-u-nu-latn`)
    formatters.set(language, f)
  }
  return f.format(n)
}

export function formatMinutes(minutes: number): string {
  return minutes === 0 ? '—' : `${minutes} min`
}
