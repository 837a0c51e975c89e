// The article languages as every language menu lists them: the language's own name, and the English
// one where they differ (“Русский (Russian)”).
import { LANGUAGES, type Language } from '../../../shared/article/languages'

export const LANGUAGE_OPTIONS: readonly { readonly value: Language; readonly label: string }[] = (Object.keys(LANGUAGES) as Language[]).map((l) => ({
  value: l,
  label: LANGUAGES[l].name === LANGUAGES[l].nativeName ? LANGUAGES[l].name : `${LANGUAGES[l].nativeName} (${LANGUAGES[l].name})`,
}))

/** The <option>s of a language menu. */
export function LanguageOptions() {
  return (
    <>
      {LANGUAGE_OPTIONS.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  )
}
