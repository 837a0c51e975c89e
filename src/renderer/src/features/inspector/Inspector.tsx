// The inspector: the article's fields and its counts.
import { useState } from 'react'
import { directionOf, type Language } from '../../../../shared/article/languages'
import type { ArticleMeta } from '../../../../shared/article/meta'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { useStore } from '../../lib/store'
import { PrintSettings } from '../printSettings/PrintSettings'
import { formatCount, formatMinutes } from '../statusbar/format'
import { ARTICLE_FIELDS, parseTags, type FieldDef } from './fields'

interface Props {
  readonly meta: ArticleMeta
  readonly readOnly: boolean
  readonly onChange: (patch: Partial<ArticleMeta>) => void
}

function TagsInput({ value, onChange, disabled, id }: { value: readonly string[]; onChange: (tags: string[]) => void; disabled: boolean; id: string }) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <input
      id={id}
      value={draft ?? value.join(', ')}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== null) onChange(parseTags(draft))
        setDraft(null)
      }}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  )
}

function Field({ def, meta, readOnly, onChange }: { def: FieldDef } & Props) {
  const id = `field-${def.key}`
  const value = meta[def.key]
  let control
  switch (def.kind) {
    case 'multiline':
      control = <textarea id={id} rows={2} dir="auto" maxLength={def.max} value={String(value)} readOnly={readOnly} onChange={(e) => onChange({ [def.key]: e.target.value.replace(/\n/g, ' ') })} />
      break
    case 'date':
      control = <input id={id} type="date" value={String(value)} readOnly={readOnly} onChange={(e) => onChange({ [def.key]: e.target.value })} />
      break
    case 'select':
      control = (
        <select
          id={id}
          value={String(value)}
          disabled={readOnly}
          onChange={(e) =>
            // A new language brings its direction; direction can still be set apart afterwards.
            onChange(def.key === 'language' ? { language: e.target.value as Language, direction: directionOf(e.target.value as Language) } : { [def.key]: e.target.value })
          }
        >
          {def.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )
      break
    case 'tags':
      control = <TagsInput id={id} value={meta.tags} disabled={readOnly} onChange={(tags) => onChange({ tags })} />
      break
    default:
      control = <input id={id} dir="auto" maxLength={def.max} value={String(value)} readOnly={readOnly} onChange={(e) => onChange({ [def.key]: e.target.value })} />
  }
  return (
    <div className="field">
      <label htmlFor={id}>{def.label}</label>
      {control}
      {def.hint && <span className="field-hint">{def.hint}</span>}
    </div>
  )
}

function Counts() {
  const { stores, language } = useEditorEnvironment()
  const stats = useStore(stores.stats)
  const selection = useStore(stores.selectionStats)
  const rows: [string, string, string | null][] = [
    ['Words', formatCount(stats.words, language), selection ? formatCount(selection.words, language) : null],
    ['Characters', formatCount(stats.characters, language), selection ? formatCount(selection.characters, language) : null],
    ['Without spaces', formatCount(stats.charactersNoSpaces, language), selection ? formatCount(selection.charactersNoSpaces, language) : null],
    ['Paragraphs', formatCount(stats.paragraphs, language), selection ? formatCount(selection.paragraphs, language) : null],
    ['Reading time', formatMinutes(stats.readingMinutes), selection ? formatMinutes(selection.readingMinutes) : null],
  ]
  return (
    <table className="counts" data-testid="inspector-counts">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">Article</th>
          {selection && <th scope="col">Selection</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, all, sel]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{all}</td>
            {selection && <td>{sel}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function Inspector(props: Props) {
  const { session } = useEditorEnvironment()
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      <section className="inspector-section">
        <h2 className="section-title">Counts</h2>
        <Counts />
        <p className="field-hint">Captions and pull quotes are not counted.</p>
      </section>
      <section className="inspector-section">
        <h2 className="section-title">Article</h2>
        {ARTICLE_FIELDS.map((def) => (
          <Field key={def.key} def={def} {...props} />
        ))}
      </section>
      <section className="inspector-section" aria-label="Print settings">
        <h2 className="section-title">Print</h2>
        <PrintSettings session={session} readOnly={props.readOnly} />
      </section>
    </aside>
  )
}
