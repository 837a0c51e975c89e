// The editor's context menu, shared by the body and the header fields: ask for suggestions when a
// misspelled word is under the pointer, show the native menu (main builds it from the catalog's
// data), and carry out the spelling choices. Clipboard items and "Open Link" are done by main.
import type { Language } from '../../../../shared/article/languages'
import type { ContextMenuChoice, EditorContext } from '../../../../shared/ipc/desktop'
import type { DocumentSession } from '../../document/DocumentSession'
import { host, isHostFailure } from '../../host'
import { ignoreInArticle } from './SpellingContext'
import type { SpellingController } from './SpellingController'

export interface MisspelledWord {
  readonly word: string
  readonly language: Language
}

export interface EditorMenuRequest {
  readonly editable: boolean
  readonly hasSelection: boolean
  readonly misspelled?: MisspelledWord | null
  readonly link?: { readonly url: string } | null
}

const MAX_SUGGESTIONS = 12
const MAX_WORD = 100
const MAX_URL = 4096

/** Shows the editor's context menu; resolves with what the window has to do, or null. */
export async function showEditorMenu(request: EditorMenuRequest, controller: SpellingController | null): Promise<ContextMenuChoice | null> {
  const context: { -readonly [K in keyof EditorContext]: EditorContext[K] } = { kind: 'editor', editable: request.editable, hasSelection: request.hasSelection }
  const m = request.misspelled
  if (m && controller && m.word.length <= MAX_WORD) {
    let suggestions: readonly string[] = []
    try {
      suggestions = await controller.suggest(m.language, m.word)
    } catch {
      // The menu still offers Add and Ignore.
    }
    context.misspelled = { word: m.word, suggestions: suggestions.filter((s) => s.length > 0 && s.length <= MAX_WORD).slice(0, MAX_SUGGESTIONS) }
  }
  if (request.link && request.link.url.length <= MAX_URL) context.link = { url: request.link.url }
  try {
    return await host.desktop.showContextMenu(context)
  } catch {
    return null
  }
}

export interface SpellingTarget {
  readonly controller: SpellingController
  readonly session: DocumentSession
  readonly misspelled: MisspelledWord
  /** Puts the suggestion in place of the word. */
  readonly replace: (suggestion: string) => void
  readonly notify: (message: string) => void
}

/** Carries out a spelling choice; false when the choice is not about spelling. */
export function applySpellingChoice(choice: ContextMenuChoice, target: SpellingTarget): boolean {
  const { misspelled, controller } = target
  switch (choice.action) {
    case 'spelling.replace':
      target.replace(choice.word)
      return true
    case 'spelling.addWord':
      controller.addWord(misspelled.language, misspelled.word).catch((e: unknown) => {
        target.notify(isHostFailure(e) ? e.message : `“${misspelled.word}” could not be added to the dictionary.`)
      })
      return true
    case 'spelling.ignore':
      ignoreInArticle(target.session, misspelled.word)
      return true
    default:
      return false
  }
}
