// Puts the session's article body into the editor when the editor does not hold it yet (the window's
// first article, and every article opened after it in the same editor), after the other plugins of
// the body have registered their node transforms. Lexical runs a transform registered while nodes of
// its type already exist over every one of them in an update of its own: with the text loaded first,
// each open re-ran the placeholder, subhead and image transforms over the whole article and
// reconciled it a second time, and that update looked like an edit (an autosave of an untouched
// article a second later). Loaded here, the new nodes pass the transforms once, in the load itself.
// The window may also load an article before it draws it (`loadArticle` from Workspace): the editor
// then lays out only the new text, not the window's new parts around the old text first.
import { createEmptyHistoryState, type HistoryState } from '@lexical/history'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import {
  $getRoot,
  $parseSerializedNode,
  $setSelection,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  type SerializedElementNode,
  type SerializedLexicalNode,
} from 'lexical'
import { useEffect } from 'react'
import type { DocumentSession } from '../../../document/DocumentSession'
import { registerAssetResolver } from '../../assetRegistry'
import { loadingBlocks } from '../../nodes/base/deferredBlocks'
import { useEditorEnvironment } from '../../EditorEnvironment'

/** The tag of the load update: listeners that react to edits (saving, smart quotes) skip it. */
export const LOAD_TAG = 'galley-load'

const holding = new WeakMap<LexicalEditor, DocumentSession>()
const histories = new WeakMap<DocumentSession, HistoryState>()

/** Whether the editor's content is `session`'s article (false while another article's is still in it). */
export function editorHolds(editor: LexicalEditor, session: DocumentSession): boolean {
  return holding.get(editor) === session
}

/** The article's own undo history: nothing done in another article can be undone in it. */
export function historyOf(session: DocumentSession): HistoryState {
  let history = histories.get(session)
  if (!history) histories.set(session, (history = createEmptyHistoryState()))
  return history
}

/**
 * Replaces whatever the editor holds with the session's body, as one update that is not an edit.
 * False when Lexical refused the body: the editor then stays read-only with nothing of it, and the
 * session's body is never read from the editor (nothing of another article can reach its file).
 */
export function loadArticle(editor: LexicalEditor, session: DocumentSession): boolean {
  // The caret and focus of the article left behind mean nothing in this one.
  const rootElement = editor.getRootElement()
  const active = rootElement?.ownerDocument.activeElement
  if (rootElement && active instanceof HTMLElement && rootElement.contains(active)) active.blur()
  const root = session.article.body.root as unknown as SerializedElementNode
  // Its images are drawn from this article's assets.
  registerAssetResolver(editor, (key) => session.assetUrl(key))
  const before = editor.getEditorState()
  let applied = false
  // Its images and breaks are drawn behind the text: those in view before the first frame is painted.
  loadingBlocks(editor, () =>
    editor.update(
      () => {
        const lexicalRoot = $getRoot()
        lexicalRoot.clear()
        lexicalRoot.updateFromJSON(root).append(...root.children.map((child: SerializedLexicalNode) => $parseSerializedNode(child)))
        $setSelection(null)
        applied = true
      },
      // Committed now, not in a microtask: the text is on screen in the same frame as the window.
      { tag: [LOAD_TAG, HISTORY_MERGE_TAG], discrete: true },
    ),
  )
  // Lexical reports a failed update to onError and keeps the state it had.
  const loaded = applied && editor.getEditorState() !== before
  if (!loaded) {
    holding.delete(editor)
    editor.setEditable(false)
    return false
  }
  holding.set(editor, session)
  const editable = session.readOnly === null
  if (editor.isEditable() !== editable) editor.setEditable(editable)
  // Undo starts from the text as opened (the history plugin may not have seen the load).
  const history = historyOf(session)
  history.current = { editor, editorState: editor.getEditorState() }
  history.undoStack = []
  history.redoStack = []
  return true
}

/** Render it after every plugin of the body that registers node transforms or listens to updates. */
export function LoadPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { session } = useEditorEnvironment()
  useEffect(() => {
    // A redraw of the window's parts (after an error) mounts the plugins again: the text stays as edited.
    if (!editorHolds(editor, session)) loadArticle(editor, session)
    performance.mark('galley:open:state')
  }, [editor, session])
  return null
}
