// Misspelled words underlined in the body, by the article's language, off the keystroke path (see
// BodySpelling). The context menu asks `bodySpellingOf(editor)` what word is under the pointer.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useEffect } from 'react'
import { useSpelling } from '../../../features/spelling/SpellingContext'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { BodySpelling } from './BodySpelling'

const active = new WeakMap<LexicalEditor, BodySpelling>()

/** The body's spell checker while spelling is on, for the context menu. */
export function bodySpellingOf(editor: LexicalEditor): BodySpelling | null {
  return active.get(editor) ?? null
}

export function SpellCheckPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { language } = useEditorEnvironment()
  const spelling = useSpelling()
  const controller = spelling?.enabled ? spelling.controller : null

  useEffect(() => {
    // The state is on the editable element, for tests and benchmarks to wait on ("ready").
    const mark = (state: string): void => editor.getRootElement()?.setAttribute('data-spelling', state)
    if (!controller) {
      mark('off')
      return undefined
    }
    const body = new BodySpelling(editor, controller, language, mark)
    active.set(editor, body)
    const stop = body.start()
    return () => {
      stop()
      if (active.get(editor) === body) active.delete(editor)
      mark('off')
    }
  }, [editor, controller, language])
  return null
}
