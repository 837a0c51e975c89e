// Template placeholders in the body: greyed out, replaced whole by the first key typed or a paste,
// selected whole by a click.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { useEffect } from 'react'
import { registerPlaceholderMarks, registerPlaceholders, selectPlaceholderOnClick } from '../../placeholders'

export function PlaceholderPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const onClick = (event: MouseEvent): void => selectPlaceholderOnClick(editor, event)
    return mergeRegister(
      registerPlaceholders(editor),
      registerPlaceholderMarks(editor),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick)
        root?.addEventListener('click', onClick)
      }),
    )
  }, [editor])
  return null
}
