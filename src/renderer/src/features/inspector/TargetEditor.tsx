// The article's target length (from its template; the editor can change it for this article) and a
// meter of where the copy stands against it.
import type { Target } from '../../../../shared/article/meta'
import type { LengthStatus } from '../../../../shared/templates/checklist'
import { lengthMeter, targetForUnit, targetWithNumber, type TargetUnit } from './target'

interface Props {
  readonly target: Target | null
  readonly templateTarget: Target | null
  readonly length: LengthStatus | null
  readonly readOnly: boolean
  readonly onChange: (target: Target | null) => void
}

function NumberBox({ label, value, step = 1, readOnly, onCommit }: { label: string; value: number; step?: number; readOnly: boolean; onCommit: (typed: string) => void }) {
  return (
    <input
      type="number"
      className="target-number"
      aria-label={label}
      min={0}
      step={step}
      defaultValue={value}
      key={value}
      readOnly={readOnly}
      onBlur={(e) => onCommit(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  )
}

export function TargetEditor({ target, templateTarget, length, readOnly, onChange }: Props) {
  const unit: TargetUnit = target?.unit ?? 'none'
  const meter = length ? lengthMeter(length) : null
  return (
    <div className="target-editor" data-testid="target">
      <div className="field">
        <label htmlFor="field-target-unit">Target length</label>
        <div className="target-row">
          <select id="field-target-unit" value={unit} disabled={readOnly} onChange={(e) => onChange(targetForUnit(e.target.value as TargetUnit, templateTarget))}>
            <option value="none">None</option>
            <option value="words">Words</option>
            <option value="lines">Lines in print</option>
            <option value="pages">Pages in print</option>
          </select>
          {target?.unit === 'words' && (
            <>
              <NumberBox label="Fewest words" value={target.min} readOnly={readOnly} onCommit={(t) => onChange(targetWithNumber(target, 'min', t))} />
              <span aria-hidden="true">–</span>
              <NumberBox label="Most words" value={target.max} readOnly={readOnly} onCommit={(t) => onChange(targetWithNumber(target, 'max', t))} />
            </>
          )}
          {target?.unit === 'lines' && <NumberBox label="Lines" value={target.lines} readOnly={readOnly} onCommit={(t) => onChange(targetWithNumber(target, 'lines', t))} />}
          {target?.unit === 'pages' && <NumberBox label="Pages" value={target.pages} step={0.5} readOnly={readOnly} onCommit={(t) => onChange(targetWithNumber(target, 'pages', t))} />}
        </div>
        {target?.unit === 'words' && target.min > target.max && <span className="field-warning">The fewest is more than the most.</span>}
      </div>
      {length && meter && (
        <div className={`length-meter is-${meter.state}`} data-testid="length-meter">
          <div className="meter-track" aria-hidden="true">
            <div className="meter-fill" style={{ width: `${meter.fill * 100}%` }} />
            {meter.minMark !== null && <div className="meter-min" style={{ insetInlineStart: `${meter.minMark * 100}%` }} />}
          </div>
          <span className="meter-label">{length.label}</span>
        </div>
      )}
    </div>
  )
}
