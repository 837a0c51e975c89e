// A triple click selects the paragraph (or subhead, list item, quote line) under the pointer, and
// nothing more. Chromium's own triple-click selection ends at the start of the next block, so typing
// over it would join the two paragraphs; here the browser's selection is replaced by the block's own.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@lexical/utils'
import { $getNearestNodeFromDOMNode, $isElementNode, type ElementNode, type LexicalEditor, type LexicalNode } from 'lexical'
import { useEffect } from 'react'

/** The block (a non-inline element) that holds `node`, or null for decorators such as images. */
export function $blockOf(node: LexicalNode): ElementNode | null {
  if ($isElementNode(node) && !node.isInline()) return node
  return $findMatchingParent(node, (n): n is ElementNode => $isElementNode(n) && !n.isInline())
}

/** Selects the whole block under `target`; false (nothing done) when there is none. */
export function selectBlockAt(editor: LexicalEditor, target: Node): boolean {
  let done = false
  editor.update(() => {
    const node = $getNearestNodeFromDOMNode(target)
    const block = node ? $blockOf(node) : null
    // The root is a block too, but a triple click in the margin should not select the article.
    if (!block || block.getParent() === null) return
    block.select(0, block.getChildrenSize())
    done = true
  })
  return done
}

export function TripleClickPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const onMouseDown = (event: MouseEvent): void => {
      if (event.detail < 3 || event.button !== 0 || !editor.isEditable()) return
      if (event.target instanceof Node && selectBlockAt(editor, event.target)) event.preventDefault()
    }
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousedown', onMouseDown)
      root?.addEventListener('mousedown', onMouseDown)
    })
  }, [editor])
  return null
}
