// Connects the editor to its DocumentSession: the session reads the body from the editor when it
// needs it, and is told (cheaply) when it changed; images resolve through the session.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { useEffect } from 'react'
import type { BodyJSON } from '../../../../../shared/article/body'
import { registerAssetResolver } from '../../assetRegistry'
import { useEditorEnvironment } from '../../EditorEnvironment'

export function SessionPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { session } = useEditorEnvironment()
  useEffect(
    () =>
      mergeRegister(
        registerAssetResolver(editor, (key) => session.assetUrl(key)),
        session.setBodySource(() => editor.getEditorState().toJSON() as unknown as BodyJSON),
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
          if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty() || tags.has('galley-load')) return
          session.bodyChanged()
        }),
      ),
    [editor, session],
  )
  return null
}
