// One spell checker per window (its word cache outlives the article), whether spell check is on
// (Edit › Check Spelling While Typing), the article's "Ignore" list, and the one-time notice when the
// article's language has no dictionary.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { LANGUAGES, type Language } from '../../../../shared/article/languages'
import { withIgnoredWord } from '../../../../shared/spelling/words'
import type { DocumentSession } from '../../document/DocumentSession'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { host } from '../../host'
import { SpellingController, type Unavailable } from './SpellingController'
import './spelling.css'

export interface SpellingEnvironment {
  readonly controller: SpellingController
  readonly enabled: boolean
}

export const SpellingContext = createContext<SpellingEnvironment | null>(null)

/** The window's spell checker, or null outside a SpellingProvider. */
export function useSpelling(): SpellingEnvironment | null {
  return useContext(SpellingContext)
}

export function unavailableMessage(u: Unavailable): string {
  const name = LANGUAGES[u.language].name
  return u.reason === 'no-dictionary' ? `Spelling is not checked in ${name}: Galley has no ${name} dictionary.` : u.message
}

/** "Ignore in This Article": kept in the article's fields, so it travels with the file. */
export function ignoreInArticle(session: DocumentSession, word: string): void {
  session.updateMeta({ spellingIgnore: withIgnoredWord(session.getMeta().spellingIgnore, word) })
}

let shared: SpellingController | null = null

/** The window's one controller: its word cache serves every article the window opens. */
function windowController(): SpellingController {
  shared ??= new SpellingController(host.spelling)
  return shared
}

export function SpellingProvider({ enabled, children }: { readonly enabled: boolean; readonly children: ReactNode }) {
  const { session, language, notify } = useEditorEnvironment()
  const controller = windowController()
  const told = useRef(new Set<Language>())

  useEffect(() => {
    const follow = (): void => controller.setIgnored(session.getMeta().spellingIgnore)
    follow()
    return session.subscribe((change) => change === 'meta' && follow())
  }, [controller, session])

  useEffect(() => {
    if (!enabled) return undefined
    return controller.onUnavailable((u) => {
      if (u.language !== language || told.current.has(u.language)) return
      told.current.add(u.language)
      notify(unavailableMessage(u))
    })
  }, [controller, enabled, language, notify])

  const value = useMemo<SpellingEnvironment>(() => ({ controller, enabled }), [controller, enabled])
  return <SpellingContext.Provider value={value}>{children}</SpellingContext.Provider>
}
