// The article's subheads for the sidebar's Outline, refreshed when the window is idle after a
// change (never on the keystroke path), and jumping to one.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $isHeadingNode } from '@lexical/rich-text'
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
    // Typing in a subhead leaves the heading's node object in place, so mutation listeners miss
    // it: any content change schedules a refresh instead (reading the subheads is cheap, and idle).
    const offUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) refresh()
    })
    return () => {
      offUpdates()
      cancel?.()
    }
  }, [editor, stores])
  return null
}
