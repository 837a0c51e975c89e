// What the editor's plugins and the panes around it share: the platform (for shortcuts), the
// document session, the article's language and the stores of derived data.
import { createContext, useContext } from 'react'
import type { Language } from '../../../shared/article/languages'
import type { TextStats } from '../../../shared/article/stats'
import type { Template } from '../../../shared/templates/schema'
import type { DocumentSession } from '../document/DocumentSession'
import { createStore, type Store } from '../lib/store'
import type { Platform } from '../shortcuts'

export interface OutlineEntry {
  readonly key: string
  readonly level: 2 | 3
  readonly text: string
}

export interface EditorStores {
  readonly stats: Store<TextStats>
  /** Counts of the selection; null when nothing is selected. */
  readonly selectionStats: Store<TextStats | null>
  readonly outline: Store<readonly OutlineEntry[]>
}

export const EMPTY_STATS: TextStats = { words: 0, characters: 0, charactersNoSpaces: 0, paragraphs: 0, readingMinutes: 0 }

const sameStats = (a: TextStats | null, b: TextStats | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.words === b.words &&
    a.characters === b.characters &&
    a.charactersNoSpaces === b.charactersNoSpaces &&
    a.paragraphs === b.paragraphs &&
    a.readingMinutes === b.readingMinutes)

const sameOutline = (a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean =>
  a.length === b.length && a.every((e, i) => e.key === b[i]?.key && e.text === b[i]?.text && e.level === b[i]?.level)

export function createEditorStores(): EditorStores {
  return {
    stats: createStore<TextStats>(EMPTY_STATS, sameStats),
    selectionStats: createStore<TextStats | null>(null, sameStats),
    outline: createStore<readonly OutlineEntry[]>([], sameOutline),
  }
}

export interface EditorEnvironment {
  readonly platform: Platform
  readonly session: DocumentSession
  readonly language: Language
  /** The article's direction (from its language unless overridden); paragraphs still follow their text. */
  readonly direction: 'ltr' | 'rtl'
  readonly stores: EditorStores
  /** The article's section template (its suggested blocks lead the insert menus); null when unknown. */
  readonly template: Template | null
  /** Tells the user something calmly (an image that could not be added, say). */
  readonly notify: (message: string) => void
}

export const EditorEnvironmentContext = createContext<EditorEnvironment | null>(null)

export function useEditorEnvironment(): EditorEnvironment {
  const env = useContext(EditorEnvironmentContext)
  if (!env) throw new Error('Galley: editor environment missing (render inside <EditorEnvironmentContext.Provider>)')
  return env
}

/** Runs `task` when the window is idle (or after `timeout` ms at the latest): derived data, never on a keystroke. */
export function scheduleIdle(task: () => void, timeout = 400): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(task, 50)
  return () => window.clearTimeout(id)
}
