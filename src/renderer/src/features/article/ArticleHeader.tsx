// The article's display fields above the body, set as they will read and as its template has them
// (no byline on an editorial, an author's bio on an op-ed), under the masthead line when the layout
// prints one: `Editor in Chief: <name>` and the long date, in the article's language.
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react'
import type { Layout } from '../../../../shared/article/layout'
import type { ArticleMeta } from '../../../../shared/article/meta'
import { LANGUAGES } from '../../../../shared/article/languages'
import type { DateFormat } from '../../../../shared/templates/dates'
import { formatEditorInChief, formatMastheadDate } from '../../../../shared/templates/dates'
import { fieldsOf, fieldStatus } from '../../../../shared/templates/fields'
import { headFieldsOf } from '../../../../shared/templates/preview'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { AutoGrowTextarea } from '../../lib/AutoGrowTextarea'
import { FieldSpelling } from '../spelling/FieldSpelling'
import { fieldCap } from './fieldCaps'
import { typographyOnInput } from './typographyInput'

interface Props {
  readonly meta: ArticleMeta
  readonly layout: Layout
  readonly dateFormat: DateFormat
  readonly readOnly: boolean
  /** Put the caret in the first empty field (a new article). */
  readonly autoFocus?: boolean
  readonly onChange: (patch: Partial<ArticleMeta>) => void
  /** Enter in the last field moves into the body. */
  readonly onDone: () => void
}

function Masthead({ meta, dateFormat }: { readonly meta: ArticleMeta; readonly dateFormat: DateFormat }) {
  const date = meta.date ? formatMastheadDate(meta.date, meta.language, dateFormat) : ''
  return (
    <div className="article-masthead" data-testid="article-masthead">
      {meta.publication && <div className="article-nameplate">{meta.publication}</div>}
      <div className="article-masthead-line">
        <span className={meta.editorInChief ? '' : 'is-missing'}>{formatEditorInChief(meta.editorInChief || '…', meta.language)}</span>
        <span className={date ? '' : 'is-missing'}>{date || 'No date'}</span>
      </div>
    </div>
  )
}

export function ArticleHeader({ meta, layout, dateFormat, readOnly, autoFocus = false, onChange, onDone }: Props) {
  const { template } = useEditorEnvironment()
  const header = useRef<HTMLElement>(null)
  const fields = headFieldsOf(fieldsOf(template))
  const info = LANGUAGES[meta.language]

  useLayoutEffect(() => {
    if (!autoFocus) return
    const boxes = [...(header.current?.querySelectorAll('textarea') ?? [])]
    const empty = boxes.filter((b) => b.value.trim() === '')
    // The headline (the first required field) before an optional kicker.
    ;(empty.find((b) => fields.find((f) => f.id === b.dataset['field'])?.required) ?? empty[0] ?? boxes[0])?.focus()
    // Only when the article is new: the header mounts once per article.
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey) return
    e.preventDefault()
    const next = header.current?.querySelectorAll('textarea')[i + 1]
    if (next) next.focus()
    else onDone()
  }
  const onInput = typographyOnInput(meta.language)
  return (
    <header ref={header} className={`article-header script-${info.script}`} dir={meta.direction} lang={info.tag} data-testid="article-header">
      {layout.masthead === 'editorial' && <Masthead meta={meta} dateFormat={dateFormat} />}
      {fields.map((field, i) => {
        const status = fieldStatus(field, meta)
        return (
          <AutoGrowTextarea
            key={field.id}
            className={`article-field article-${field.id}${status.state === 'over' ? ' is-over' : ''}`}
            aria-label={field.label}
            aria-invalid={status.state === 'over' || undefined}
            title={status.state === 'over' ? `${field.label}: ${status.label}` : undefined}
            placeholder={field.hint || field.label}
            maxLength={fieldCap(field.id)}
            value={status.value}
            readOnly={readOnly}
            spellCheck={false}
            onChange={(e) => onChange({ [field.id]: e.target.value.replace(/\n/g, ' ') })}
            onInput={onInput}
            onKeyDown={onKeyDown(i)}
            data-field={field.id}
            beside={(ref) => <FieldSpelling target={ref} value={status.value} readOnly={readOnly} onReplace={(next) => onChange({ [field.id]: next })} />}
          />
        )
      })}
    </header>
  )
}
