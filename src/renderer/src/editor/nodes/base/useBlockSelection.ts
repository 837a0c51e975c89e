// Click-to-select for block decorators, and the `is-selected` class on their DOM while selected.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection'
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical'
import { useEffect } from 'react'

export function useBlockSelection(nodeKey: NodeKey): boolean {
  const [editor] = useLexicalComposerContext()
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey)

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event: MouseEvent) => {
          const dom = editor.getElementByKey(nodeKey)
          const target = event.target instanceof Node ? event.target : null
          // Clicks in the block's own inputs (caption, credit) edit them, they do not select the block.
          if (!dom || !target || !dom.contains(target) || (target instanceof HTMLElement && target.closest('input, textarea, button, select'))) return false
          if (!event.shiftKey) clearSelection()
          setSelected(true)
          return true
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey, clearSelection, setSelected],
  )

  useEffect(() => {
    editor.getElementByKey(nodeKey)?.classList.toggle('is-selected', selected)
  }, [editor, nodeKey, selected])

  return selected
}
