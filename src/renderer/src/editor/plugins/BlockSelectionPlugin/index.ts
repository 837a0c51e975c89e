// The blocks the editor draws itself (image, section and page breaks: BlockDecoratorNode): a click
// on one selects it (Shift adds it to the blocks already selected), the blocks selected carry
// `is-selected`, and their fields and buttons follow whether the article can be edited.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $createNodeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
  type NodeKey,
} from 'lexical'
import { useEffect } from 'react'
import { BlockDecoratorNode, syncBlockControls } from '../../nodes/base/BlockDecoratorNode'

export function registerBlockSelection(editor: LexicalEditor): () => void {
  let marked = new Set<NodeKey>()
  return mergeRegister(
    editor.registerCommand(
      CLICK_COMMAND,
      (event: MouseEvent) => {
        const target = event.target instanceof Element ? event.target : event.target instanceof Node ? event.target.parentElement : null
        const block = target?.closest<HTMLElement>('[data-block]')
        const root = editor.getRootElement()
        // Clicks in a block's own fields and buttons edit them, they do not select the block.
        if (!target || !block || !root?.contains(block) || target.closest('input, textarea, button, select')) return false
        const node = $getNearestNodeFromDOMNode(block)
        if (!(node instanceof BlockDecoratorNode)) return false
        const selection = $getSelection()
        const next = event.shiftKey && $isNodeSelection(selection) ? selection : $createNodeSelection()
        next.add(node.getKey())
        $setSelection(next)
        return true
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerUpdateListener(({ editorState }) => {
      const selected = new Set<NodeKey>()
      editorState.read(() => {
        const selection = $getSelection()
        if (!$isNodeSelection(selection)) return
        for (const node of selection.getNodes()) if (node instanceof BlockDecoratorNode) selected.add(node.getKey())
      })
      if (selected.size === 0 && marked.size === 0) return
      for (const key of marked) if (!selected.has(key)) editor.getElementByKey(key)?.classList.remove('is-selected')
      for (const key of selected) editor.getElementByKey(key)?.classList.add('is-selected')
      marked = selected
    }),
    editor.registerEditableListener((editable) => {
      for (const block of editor.getRootElement()?.querySelectorAll<HTMLElement>(':scope > [data-block]') ?? []) syncBlockControls(block, editable)
    }),
  )
}

export function BlockSelectionPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerBlockSelection(editor), [editor])
  return null
}
