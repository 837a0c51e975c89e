// The article's fields as its template defines them: required or optional, each with its live count
// against its limit (`52 / 70 characters`), a warning while it is over, and the right input for a
// line, a paragraph, a date or a star rating. Everything shown comes from `fieldStatuses`.
import type { ArticleMeta } from '../../../../shared/article/meta'
import { formatLongDate } from '../../../../shared/templates/dates'
import { fieldsOf, fieldStatuses, withFieldValue, type FieldStatus } from '../../../../shared/templates/fields'
import { isMetaField, type Template } from '../../../../shared/templates/schema'
import { AutoGrowTextarea } from '../../lib/AutoGrowTextarea'
import { fieldCap } from '../article/fieldCaps'

interface Props {
  readonly meta: ArticleMeta
  readonly template: Template | null
  readonly readOnly: boolean
  readonly onChange: (patch: Partial<ArticleMeta>) => void
}

/** The patch that sets one field: a meta field by name, a template's own field inside `fields`. */
export function fieldPatch(meta: ArticleMeta, id: string, value: string): Partial<ArticleMeta> {
  const next = withFieldValue(meta, id, value)
  return isMetaField(id) ? { [id]: next[id] } : { fields: next.fields }
}

export const fieldInputId = (id: string): string => `field-${id}`

function Rating({ status, readOnly, onChange }: { readonly status: FieldStatus; readonly readOnly: boolean; readonly onChange: (v: string) => void }) {
  const max = status.field.ratingMax ?? 5
  const value = Number.parseInt(status.value, 10) || 0
  return (
    <div className="rating" role="radiogroup" aria-labelledby={`${fieldInputId(status.field.id)}-label`} id={fieldInputId(status.field.id)} tabIndex={-1}>
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <label key={n} className={`rating-star${n <= value ? ' is-on' : ''}`} title={`${n} of ${max}`}>
          <input type="radio" name={`rating-${status.field.id}`} value={n} checked={n === value} disabled={readOnly} onChange={() => onChange(String(n))} aria-label={`${n} of ${max}`} />
          <span aria-hidden="true">★</span>
        </label>
      ))}
      {value > 0 && !readOnly && (
        <button type="button" className="link-button" onClick={() => onChange('')}>
          Clear
        </button>
      )}
    </div>
  )
}

function FieldRow({ status, meta, readOnly, onChange }: { readonly status: FieldStatus; readonly meta: ArticleMeta; readonly readOnly: boolean; readonly onChange: (v: string) => void }) {
  const { field } = status
  const id = fieldInputId(field.id)
  const countId = `${id}-count`
  const over = status.state === 'over'
  let control
  switch (field.input) {
    case 'rating':
      control = <Rating status={status} readOnly={readOnly} onChange={onChange} />
      break
    case 'date':
      control = (
        <>
          <input id={id} type="date" value={status.value} readOnly={readOnly} aria-describedby={countId} onChange={(e) => onChange(e.target.value)} />
          {status.value && <span className="field-hint">{formatLongDate(status.value, meta.language)}</span>}
        </>
      )
      break
    case 'text':
    case 'line': {
      // What a line and a paragraph share; a paragraph's line breaks become spaces, as in print.
      const text = {
        id,
        dir: 'auto',
        value: status.value,
        readOnly,
        placeholder: field.hint,
        maxLength: fieldCap(field.id),
        'aria-describedby': countId,
        'aria-invalid': over || undefined,
      } as const
      control =
        field.input === 'text' ? (
          <AutoGrowTextarea {...text} rows={2} onChange={(e) => onChange(e.target.value.replace(/\n/g, ' '))} />
        ) : (
          <input {...text} onChange={(e) => onChange(e.target.value)} />
        )
    }
  }
  return (
    <div className={`field tfield is-${status.state}${status.missing ? ' is-missing' : ''}`} data-field-id={field.id} data-testid={`field-${field.id}`}>
      <div className="field-label-row">
        <label id={`${id}-label`} htmlFor={id}>
          {field.label}
        </label>
        {field.required && (
          <span className="field-required" title="Required before print">
            Required
          </span>
        )}
        <span className="field-count" id={countId} aria-live="polite">
          {status.label}
        </span>
      </div>
      {control}
      {over && (
        <span className="field-warning" role="status">
          {field.label} is {status.label}. Cut it to fit.
        </span>
      )}
    </div>
  )
}

export function TemplateFields({ meta, template, readOnly, onChange }: Props) {
  const statuses = fieldStatuses(fieldsOf(template), meta)
  return (
    <div className="template-fields" data-testid="template-fields">
      {statuses.map((status) => (
        <FieldRow key={status.field.id} status={status} meta={meta} readOnly={readOnly} onChange={(value) => onChange(fieldPatch(meta, status.field.id, value))} />
      ))}
    </div>
  )
}
