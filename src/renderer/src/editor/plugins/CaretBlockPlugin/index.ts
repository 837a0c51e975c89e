// The block with the caret is always drawn. Blocks far from the view skip rendering
// (content-visibility: auto, EditorTheme.css), and a block just created starts out skipped until
// the browser's next frame finds it in view. A key pressed before that frame (Enter, then a letter
// at once) had Chromium place the text at the nearest drawn position, and Lexical follows the
// browser's target range: the first letter typed into a new Q&A question landed in the paragraph
// after the interview. The caret's top-level block carries `has-caret` (drawn at once, in the same
// update that put the caret there), as the browser itself does for a selection it has seen.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection, type LexicalEditor, type NodeKey } from 'lexical'
import { useEffect } from 'react'

export const CARET_BLOCK_CLASS = 'has-caret'

export function registerCaretBlock(editor: LexicalEditor): () => void {
  let marked: { key: NodeKey; element: HTMLElement } | null = null
  const unregister = editor.registerUpdateListener(({ editorState }) => {
    const key = editorState.read(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return null
      const anchor = selection.anchor.getNode()
      const top = anchor.getTopLevelElement() ?? (anchor.getParent() === null ? null : anchor)
      return top?.getKey() ?? null
    })
    const element = key === null ? null : editor.getElementByKey(key)
    // Kept on the same block too: a block may set its own classes again when it changes.
    if (marked && marked.key === key && marked.element === element) return void element?.classList.add(CARET_BLOCK_CLASS)
    marked?.element.classList.remove(CARET_BLOCK_CLASS)
    element?.classList.add(CARET_BLOCK_CLASS)
    marked = key !== null && element ? { key, element } : null
  })
  return () => {
    unregister()
    marked?.element.classList.remove(CARET_BLOCK_CLASS)
  }
}

export function CaretBlockPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerCaretBlock(editor), [editor])
  return null
}
