// Right-click (or the context-menu key) in the body: the native editor menu with cut, copy, paste,
// paste as plain text, spelling suggestions for the word under the pointer, Add to Dictionary,
// Ignore in This Article, and the link actions when on a link. The choice acts in the editor.
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@lexical/utils'
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import { useEffect, useRef } from 'react'
import { pointerOn } from '../../../features/spelling/highlight'
import { applySpellingChoice, showEditorMenu } from '../../../features/spelling/menu'
import { useSpelling } from '../../../features/spelling/SpellingContext'
import { EDIT_LINK_COMMAND } from '../../commands'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { bodySpellingOf } from '../SpellCheckPlugin'
import type { SpellHit } from '../SpellCheckPlugin/BodySpelling'

interface Point {
  readonly node: Node
  readonly offset: number
}

/** The text position under the pointer. */
export function caretAt(x: number, y: number): Point | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y)
    return p ? { node: p.offsetNode, offset: p.offset } : null
  }
  const r = document.caretRangeFromPoint?.(x, y)
  return r ? { node: r.startContainer, offset: r.startOffset } : null
}

/** The link at a DOM node (the pointer) or, without one, at the caret. */
function linkAt(editor: LexicalEditor, domNode: Node | null): { key: string; url: string } | null {
  return editor.read(() => {
    let node: LexicalNode | null = null
    if (domNode) node = $getNearestNodeFromDOMNode(domNode)
    else {
      const selection = $getSelection()
      if ($isRangeSelection(selection)) node = selection.anchor.getNode()
    }
    const link = node ? $findMatchingParent(node, $isLinkNode) : null
    return $isLinkNode(link) ? { key: link.getKey(), url: link.getURL() } : null
  })
}

/** Selects the whole text of a link, so the link commands act on exactly that link. */
function $selectLink(key: string): boolean {
  const link = $getNodeByKey(key)
  if (!$isLinkNode(link)) return false
  const first = link.getFirstDescendant()
  const last = link.getLastDescendant()
  if (!$isTextNode(first) || !$isTextNode(last)) return false
  const selection = $createRangeSelection()
  selection.anchor.set(first.getKey(), 0, 'text')
  selection.focus.set(last.getKey(), last.getTextContentSize(), 'text')
  $setSelection(selection)
  return true
}

export function ContextMenuPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const env = useEditorEnvironment()
  const spelling = useSpelling()
  const latest = useRef({ env, spelling })
  useEffect(() => {
    latest.current = { env, spelling }
  })

  useEffect(() => {
    const open = async (event: MouseEvent, root: HTMLElement): Promise<void> => {
      const { env: { session, notify }, spelling: sp } = latest.current
      // A field inside a block (an image's caption or credit) has its own text and selection.
      const field = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement ? event.target : null
      if (field) {
        await showEditorMenu({ editable: editor.isEditable() && !field.readOnly, hasSelection: field.selectionStart !== field.selectionEnd }, null)
        return
      }
      const controller = sp?.enabled ? sp.controller : null
      const body = controller ? bodySpellingOf(editor) : null
      // A click names the word under the pointer; the context-menu key (button -1), the word at the caret.
      const byPointer = event.button >= 0
      let hit: SpellHit | null = null
      if (body) {
        const at = caretAt(event.clientX, event.clientY)
        if (at && root.contains(at.node)) {
          const found = body.hitAt(at.node, at.offset)
          if (found && pointerOn(body.rangeOf(found), event.clientX, event.clientY)) hit = found
        }
        if (!hit && !byPointer) hit = body.hitAtSelection()
      }
      const target = event.target instanceof Node && root.contains(event.target) && byPointer ? event.target : null
      const link = linkAt(editor, target)
      const hasSelection = editor.read(() => {
        const selection = $getSelection()
        return selection !== null && !selection.isCollapsed()
      })
      const choice = await showEditorMenu({ editable: editor.isEditable(), hasSelection, misspelled: hit, link }, controller)
      if (!choice) return
      if (hit && controller && applySpellingChoice(choice, { controller, session, misspelled: hit, notify, replace: (s) => body?.replace(hit, s) })) return
      if (!link) return
      if (choice.action === 'link.edit') {
        editor.update(() => void $selectLink(link.key), { discrete: true })
        editor.focus()
        editor.dispatchCommand(EDIT_LINK_COMMAND, undefined)
      } else if (choice.action === 'link.remove') {
        editor.update(() => void $selectLink(link.key), { discrete: true })
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)
      }
    }
    return editor.registerRootListener((root) => {
      if (!root) return undefined
      const onContextMenu = (event: MouseEvent): void => {
        // The window's own menu replaces the browser's, in the app and in a plain browser alike.
        event.preventDefault()
        void open(event, root)
      }
      root.addEventListener('contextmenu', onContextMenu)
      return () => root.removeEventListener('contextmenu', onContextMenu)
    })
  }, [editor])
  return null
}
