// Connects the editor to its DocumentSession: the session reads the body from the editor when it
// needs it, and is told (cheaply) when it changed (images resolve through the session whose article
// the editor holds: see loadArticle). The editor
// outlives its articles: until it holds this session's article, it answers with none of its text.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { useEffect } from 'react'
import type { BodyJSON } from '../../../../../shared/article/body'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { editorHolds } from '../LoadPlugin'

export function SessionPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { session } = useEditorEnvironment()
  useEffect(
    () =>
      mergeRegister(
        session.setBodySource(() => (editorHolds(editor, session) ? (editor.getEditorState().toJSON() as unknown as BodyJSON) : session.article.body)),
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
          if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty() || tags.has('galley-load') || !editorHolds(editor, session)) return
          session.bodyChanged()
        }),
      ),
    [editor, session],
  )
  return null
}
