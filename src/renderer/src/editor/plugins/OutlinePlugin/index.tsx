// The article's subheads for the sidebar's Outline, refreshed when a subhead changes (not on every
// keystroke in a paragraph), and jumping to one.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isHeadingNode, HeadingNode } from '@lexical/rich-text'
import { $getNodeByKey, $getRoot, type LexicalEditor } from 'lexical'
import { useEffect } from 'react'
import { scheduleIdle, useEditorEnvironment, type OutlineEntry } from '../../EditorEnvironment'

export function readOutline(editor: LexicalEditor): OutlineEntry[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isHeadingNode)
      .map((h) => ({ key: h.getKey(), level: h.getTag() === 'h3' ? (3 as const) : (2 as const), text: h.getTextContent() })),
  )
}

/** Puts the caret at the start of the subhead and scrolls it to the top of the view. */
export function jumpToHeading(editor: LexicalEditor, key: string): void {
  editor.update(
    () => {
      const node = $getNodeByKey(key)
      if ($isHeadingNode(node)) node.selectStart()
    },
    {
      onUpdate: () => {
        editor.getElementByKey(key)?.scrollIntoView({ block: 'start', behavior: 'smooth' })
        editor.focus()
      },
    },
  )
}

export function OutlinePlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { stores } = useEditorEnvironment()
  useEffect(() => {
    let cancel: (() => void) | null = null
    const refresh = (): void => {
      cancel?.()
      cancel = scheduleIdle(() => {
        cancel = null
        stores.outline.set(readOutline(editor))
      }, 300)
    }
    refresh()
    const offMutations = editor.registerMutationListener(HeadingNode, refresh, { skipInitialization: true })
    return () => {
      offMutations()
      cancel?.()
    }
  }, [editor, stores])
  return null
}
