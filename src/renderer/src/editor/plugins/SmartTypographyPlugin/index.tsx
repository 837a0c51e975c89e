// Applies smart typography right after a character is typed, as its own step in the history, so
// one Ctrl/Cmd+Z gives back exactly what was typed. Never inside links or in pasted text.
import { $isLinkNode } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNodeByKey, $getSelection, $isRangeSelection, $isTextNode, HISTORIC_TAG, type LexicalEditor } from 'lexical'
import { useEffect } from 'react'
import type { Language } from '../../../../../shared/article/languages'
import { smartTypography } from './typography'

export const TYPOGRAPHY_TAG = 'galley-typography'
const SKIP_TAGS = [HISTORIC_TAG, TYPOGRAPHY_TAG, 'paste', 'collaboration', 'galley-load', 'galley-replace']

export function registerSmartTypography(editor: LexicalEditor, language: Language): () => void {
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
    if (dirtyLeaves.size !== 1 || editor.isComposing() || SKIP_TAGS.some((t) => tags.has(t))) return
    const found = editorState.read(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null
      const node = selection.anchor.getNode()
      if (!$isTextNode(node) || !dirtyLeaves.has(node.getKey()) || $isLinkNode(node.getParent()) || node.hasFormat('code')) return null
      const offset = selection.anchor.offset
      const text = node.getTextContent()
      // Exactly one character was typed at the caret.
      const prevText = prevEditorState.read(() => {
        const prev = $getNodeByKey(node.getKey())
        return $isTextNode(prev) ? prev.getTextContent() : ''
      })
      if (text.length !== prevText.length + 1 || text.slice(0, offset - 1) + text.slice(offset) !== prevText) return null
      const edit = smartTypography(text.slice(0, offset), language)
      return edit ? { key: node.getKey(), edit } : null
    })
    if (!found) return
    editor.update(
      () => {
        const node = $getNodeByKey(found.key)
        if (!$isTextNode(node)) return
        const { from, to, text } = found.edit
        node.spliceText(from, to - from, text, true)
      },
      { tag: TYPOGRAPHY_TAG },
    )
  })
}

export function SmartTypographyPlugin({ language }: { readonly language: Language }): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerSmartTypography(editor, language), [editor, language])
  return null
}
