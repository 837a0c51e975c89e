// The article's status, draft → in edit → ready → printed. Marking it ready (or printed) while the
// checklist still has blockers asks first, in plain words.
import { useState } from 'react'
import { STATUS_LABELS, type Status } from '../../../../shared/article/meta'
import { STATUS_FLOW, statusWarning, type Checklist } from '../../../../shared/templates/checklist'

interface Props {
  readonly status: Status
  readonly readOnly: boolean
  /** The checklist as of now (computed on demand: the one on screen may be a moment old). */
  readonly check: () => Checklist
  readonly onChange: (status: Status) => void
}

export function StatusControl({ status, readOnly, check, onChange }: Props) {
  const [pending, setPending] = useState<{ next: Status; warning: string } | null>(null)
  const choose = (next: Status): void => {
    if (next === status) return
    const warning = statusWarning(next, check())
    if (warning) setPending({ next, warning })
    else {
      setPending(null)
      onChange(next)
    }
  }
  const at = STATUS_FLOW.indexOf(status)
  return (
    <div className="status-control">
      <div className="status-steps" role="radiogroup" aria-label="Status">
        {STATUS_FLOW.map((s, i) => (
          <button
            key={s}
            type="button"
            role="radio"
            aria-checked={s === status}
            className={`status-step is-${s}${i < at ? ' is-done' : ''}${s === status ? ' is-current' : ''}`}
            disabled={readOnly}
            onClick={() => choose(s)}
          >
            {STATUS_LABELS[s]}
          </button>
        ))}
      </div>
      {pending && (
        <div className="status-confirm" role="alertdialog" aria-label="Mark anyway?">
          <p>{pending.warning}</p>
          <div className="actions">
            <button type="button" autoFocus onClick={() => setPending(null)}>
              Not yet
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                onChange(pending.next)
                setPending(null)
              }}
            >
              Mark {STATUS_LABELS[pending.next].toLocaleLowerCase()} anyway
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
