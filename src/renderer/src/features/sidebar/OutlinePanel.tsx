// The article's subheads; a click puts the caret there.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { jumpToHeading } from '../../editor/plugins/OutlinePlugin'
import { useStore } from '../../lib/store'

export function OutlinePanel() {
  const [editor] = useLexicalComposerContext()
  const { stores } = useEditorEnvironment()
  const outline = useStore(stores.outline)
  if (outline.length === 0) {
    return (
      <p className="empty-hint" data-testid="outline-empty">
        Subheads appear here as you write them. Type “## ” at the start of a line, or choose Subhead in the toolbar.
      </p>
    )
  }
  return (
    <ol className="outline" data-testid="outline">
      {outline.map((entry) => (
        <li key={entry.key} className={`outline-item outline-item--h${entry.level}`}>
          <button type="button" dir="auto" onClick={() => jumpToHeading(editor, entry.key)}>
            {entry.text || 'Untitled subhead'}
          </button>
        </li>
      ))}
    </ol>
  )
}
