// File › New from Template…: every template, grouped, with a preview of the page it makes. Arrows
// move through the list, Enter creates, Escape cancels; typing filters.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Language } from '../../../../shared/article/languages'
import { sectionBlock } from '../../../../shared/templates/blocks'
import { formatEditorInChief, formatMastheadDate, localIsoDate, type DateFormat } from '../../../../shared/templates/dates'
import { pageAspect, templatePreview } from '../../../../shared/templates/preview'
import type { Template } from '../../../../shared/templates/schema'
import { LanguageOptions } from '../../lib/languageOptions'
import { useModalDialog } from '../../lib/useModalDialog'
import { moveSelection, pickerGroups, pickerOrder, startLanguage, type NewArticleOptions } from './picker'
import { TemplateMiniature } from './TemplateMiniature'
import { useTemplates } from './TemplatesContext'
import './templates.css'

interface Props {
  readonly defaultLanguage: Language
  readonly publication: string
  readonly editorInChief: string
  readonly dateFormat: DateFormat
  /** The template chosen the last time, selected when the picker opens. */
  readonly initial?: string | null
  readonly onChoose: (templateId: string, options: NewArticleOptions) => void
  readonly onManage: () => void
  readonly onClose: () => void
}

function TemplateDetails({ template, publication, mastheadLine }: { readonly template: Template; readonly publication: string; readonly mastheadLine: readonly [string, string] }) {
  const preview = useMemo(() => templatePreview(template), [template])
  const suggested = template.suggestedBlocks.flatMap((id) => sectionBlock(id)?.label ?? [])
  return (
    <div className="picker-preview" data-testid="template-preview" aria-live="polite">
      <TemplateMiniature preview={preview} aspect={pageAspect(template.layout)} publication={publication} mastheadLine={mastheadLine} />
      <div className="picker-details">
        <h3 className="picker-name">{template.name}</h3>
        <p className="picker-description">{template.description}</p>
        <dl className="picker-facts">
          {preview.masthead && (
            <>
              <dt>Masthead</dt>
              <dd data-testid="preview-masthead">Editor in Chief and the long date</dd>
            </>
          )}
          <dt>Above the body</dt>
          <dd>
            <ul className="chips" data-testid="preview-head">
              {preview.head.map((f) => (
                <li key={f.id} className={`chip${f.required ? ' is-required' : ''}`} title={f.required ? 'Required' : 'Optional'}>
                  {f.label}
                </li>
              ))}
            </ul>
          </dd>
          <dt>Body</dt>
          <dd>
            <ol className="picker-blocks" data-testid="preview-blocks">
              {preview.blocks.map((b, i) => (
                <li key={i}>
                  <span className="picker-block-kind">{b.label}</span>
                  {b.text && <span className="picker-block-text">{b.text}</span>}
                </li>
              ))}
            </ol>
          </dd>
          <dt>Target</dt>
          <dd data-testid="preview-target">{preview.target}</dd>
          <dt>Print layout</dt>
          <dd data-testid="preview-layout">{preview.layout}</dd>
          {suggested.length > 0 && (
            <>
              <dt>Insert menu offers first</dt>
              <dd>{suggested.join(' · ')}</dd>
            </>
          )}
        </dl>
      </div>
    </div>
  )
}

export function TemplatePicker({ defaultLanguage, publication, editorInChief, dateFormat, initial, onChoose, onManage, onClose }: Props) {
  const { entries, find, problems } = useTemplates()
  const dialog = useModalDialog()
  const listRef = useRef<HTMLDivElement>(null)
  const [query, setQuery] = useState('')
  const groups = useMemo(() => pickerGroups(entries, query), [entries, query])
  const order = useMemo(() => pickerOrder(groups), [groups])
  const [selected, setSelected] = useState<string | null>(() => (initial && find(initial) ? initial : (entries[0]?.template.id ?? null)))
  const current = order.find((e) => e.template.id === selected) ?? order[0] ?? null
  const template = current?.template ?? null
  const [language, setLanguage] = useState<Language | null>(null)
  const chosenLanguage = language ?? (template ? startLanguage(template, defaultLanguage) : defaultLanguage)
  const mastheadLine: [string, string] = [formatEditorInChief(editorInChief || '…', chosenLanguage), formatMastheadDate(localIsoDate(new Date()), chosenLanguage, dateFormat)]

  useEffect(() => {
    if (current) listRef.current?.querySelector(`[data-template="${CSS.escape(current.template.id)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const select = (id: string | null): void => {
    setSelected(id)
    // A template with a language of its own brings it; otherwise the writer's choice stays.
    const next = id ? find(id) : null
    if (next?.language) setLanguage(null)
  }
  const create = (): void => {
    if (template) onChoose(template.id, { language: chosenLanguage })
  }
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      select(moveSelection(order, current?.template.id ?? null, e.key === 'ArrowDown' ? 1 : -1))
    } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && !(e.target instanceof HTMLSelectElement)) {
      e.preventDefault()
      create()
    }
  }

  return (
    <dialog ref={dialog} className="dialog template-picker" aria-labelledby="picker-title" onClose={onClose} onCancel={onClose} onKeyDown={onKeyDown}>
      <div className="picker-head">
        <h2 id="picker-title">New article</h2>
        <input
          type="search"
          className="picker-filter"
          placeholder="Filter templates…"
          aria-label="Filter templates"
          aria-controls="picker-list"
          aria-activedescendant={current ? `picker-${current.template.id}` : undefined}
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="picker-main">
        <div className="picker-list" id="picker-list" role="listbox" aria-label="Templates" ref={listRef}>
          {groups.map((g) => (
            <div key={g.group} role="group" aria-label={g.label} className="picker-group">
              <div className="section-title picker-group-label" aria-hidden="true">
                {g.label}
              </div>
              {g.entries.map((e) => (
                <div
                  key={e.template.id}
                  id={`picker-${e.template.id}`}
                  role="option"
                  aria-selected={e.template.id === current?.template.id}
                  data-template={e.template.id}
                  className={`picker-item${e.template.id === current?.template.id ? ' is-selected' : ''}`}
                  // The filter box keeps the keyboard: arrows and Enter work after a click too.
                  onMouseDown={(ev) => ev.preventDefault()}
                  onClick={() => select(e.template.id)}
                  onDoubleClick={() => onChoose(e.template.id, { language: language ?? startLanguage(e.template, defaultLanguage) })}
                >
                  <span className="picker-item-name">{e.template.name}</span>
                  <span className="picker-item-desc">{e.template.description}</span>
                </div>
              ))}
            </div>
          ))}
          {groups.length === 0 && <p className="empty-hint">No template matches “{query}”.</p>}
          {problems.length > 0 && (
            <p className="picker-problems" role="note">
              {problems.length === 1 ? 'One template file could not be read' : `${problems.length} template files could not be read`}: see Manage Templates.
            </p>
          )}
        </div>
        {template ? <TemplateDetails template={template} publication={publication} mastheadLine={mastheadLine} /> : <div className="picker-preview" />}
      </div>
      <div className="picker-foot">
        <button type="button" className="ghost" onClick={onManage}>
          Manage templates…
        </button>
        <span className="tb-spring" />
        <label className="picker-language">
          Language
          <select value={chosenLanguage} onChange={(e) => setLanguage(e.target.value as Language)}>
            <LanguageOptions />
          </select>
        </label>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!template} onClick={create}>
          Create {template ? template.name : 'article'}
        </button>
      </div>
    </dialog>
  )
}
