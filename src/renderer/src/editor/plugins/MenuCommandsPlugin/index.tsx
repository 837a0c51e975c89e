// The editor's answer to menu commands (Format › Bold, Insert › Pull Quote…): the same actions as
// its toolbar and its keyboard shortcuts.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { useEffect } from 'react'
import { registerCommand } from '../../../commands/registry'
import { commandFor } from '../../../shortcuts'
import { EDITOR_ACTIONS, runEditorAction } from '../../actions'
import { useEditorEnvironment } from '../../EditorEnvironment'

export function MenuCommandsPlugin({ readOnly }: { readonly readOnly: boolean }): null {
  const [editor] = useLexicalComposerContext()
  const { platform } = useEditorEnvironment()
  useEffect(() => {
    if (readOnly) return undefined
    return mergeRegister(...EDITOR_ACTIONS.map((id) => registerCommand(commandFor(id, platform), () => runEditorAction(editor, id))))
  }, [editor, platform, readOnly])
  return null
}
