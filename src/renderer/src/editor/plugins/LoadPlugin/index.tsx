// Puts the session's article body into the editor, once per editor, after the other plugins of the
// body have registered their node transforms. Lexical runs a transform registered while nodes of its
// type already exist over every one of them in an update of its own: with the text loaded first,
// each open re-ran the placeholder, subhead and image transforms over the whole article and
// reconciled it a second time, and that update looked like an edit (an autosave of an untouched
// article a second later). Loaded here, the new nodes pass the transforms once, in the load itself.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $parseSerializedNode, HISTORY_MERGE_TAG, type LexicalEditor, type SerializedElementNode, type SerializedLexicalNode } from 'lexical'
import { useEffect } from 'react'
import { useEditorEnvironment } from '../../EditorEnvironment'

/** The tag of the load update: listeners that react to edits (saving, smart quotes) skip it. */
export const LOAD_TAG = 'galley-load'

const loaded = new WeakSet<LexicalEditor>()

/** Render it after every plugin of the body that registers node transforms. */
export function LoadPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { session } = useEditorEnvironment()
  useEffect(() => {
    // A redraw of the window's parts (after an error) mounts the plugins again: the text stays as edited.
    if (loaded.has(editor)) return
    loaded.add(editor)
    const root = session.article.body.root as unknown as SerializedElementNode
    if (root.children.length > 0) {
      editor.update(
        () => {
          $getRoot()
            .updateFromJSON(root)
            .append(...root.children.map((child: SerializedLexicalNode) => $parseSerializedNode(child)))
        },
        // Committed now, not in a microtask: the text is on screen in the same frame as the window.
        { tag: [LOAD_TAG, HISTORY_MERGE_TAG], discrete: true },
      )
    }
    performance.mark('galley:open:state')
  }, [editor, session])
  return null
}
