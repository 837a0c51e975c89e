// Keyboard shortcuts inside the editor, matched by physical key so they work in every layout.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical'
import { useEffect } from 'react'
import { noteKeyRun } from '../../../commands/registry'
import { actionForEvent, commandFor, matchesShortcut } from '../../../shortcuts'
import { EDITOR_ACTIONS, runEditorAction } from '../../actions'
import { useEditorEnvironment } from '../../EditorEnvironment'

export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { platform } = useEditorEnvironment()
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          // Redo is also Ctrl+Y on Linux and Windows.
          const redoY = platform !== 'darwin' && event.ctrlKey && !event.shiftKey && !event.altKey && event.code === 'KeyY'
          const id = redoY ? 'redo' : actionForEvent(event, EDITOR_ACTIONS, platform)
          if (!id || matchesShortcut(event, 'pastePlain', platform)) return false
          event.preventDefault()
          noteKeyRun(commandFor(id, platform))
          runEditorAction(editor, id)
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, platform],
  )
  return null
}
