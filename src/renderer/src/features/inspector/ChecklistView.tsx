// The ready-for-print checklist: what still blocks print (✗) and notes that do not (·), each one a
// button that takes the writer to the field or the place in the text it is about.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { CheckItem, Checklist } from '../../../../shared/templates/checklist'
import { jumpToBlock } from '../../editor/jump'
import { checklistSummary } from './checklistSummary'
import { fieldInputId } from './TemplateFields'

function focusField(id: string): void {
  const input = document.getElementById(fieldInputId(id))
  if (!input) return
  input.scrollIntoView({ block: 'center' })
  // A star rating focuses its chosen (or first) star.
  const target = input.matches('input, textarea, select') ? input : (input.querySelector<HTMLElement>('input:checked') ?? input.querySelector<HTMLElement>('input'))
  target?.focus()
}

export function ChecklistView({ checklist }: { readonly checklist: Checklist | null }) {
  const [editor] = useLexicalComposerContext()
  if (!checklist) return <p className="field-hint">Checking…</p>
  const jump = (item: CheckItem): void => {
    if (item.field) focusField(item.field)
    else if (item.blockIndex !== undefined) jumpToBlock(editor, item.blockIndex, item.kind === 'image-caption' ? 'caption' : item.kind === 'image-credit' ? 'credit' : 'text')
  }
  const summary = checklistSummary(checklist)
  return (
    <div className="checklist" data-testid="checklist">
      <p className={`checklist-verdict${checklist.ready ? ' is-ready' : ''}`} role="status">
        {summary.verdict}
      </p>
      {summary.placeholders > 0 && <p className="field-hint">{summary.placeholderText}</p>}
      {checklist.items.length > 0 && (
        <ul className="checklist-items">
          {checklist.items.map((item) => (
            <li key={item.id} className={`check-item is-${item.severity}`} data-check={item.id}>
              {item.field !== undefined || item.blockIndex !== undefined ? (
                <button type="button" className="check-jump" onClick={() => jump(item)} title={item.field ? 'Go to the field' : 'Go to the place in the text'}>
                  <span className="check-mark" aria-label={item.severity === 'blocker' ? 'Blocks print' : 'Note'} />
                  <span className="check-text">{item.message}</span>
                </button>
              ) : (
                <span className="check-jump">
                  <span className="check-mark" aria-label={item.severity === 'blocker' ? 'Blocks print' : 'Note'} />
                  <span className="check-text">{item.message}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
