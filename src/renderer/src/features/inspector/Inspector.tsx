// The inspector: one section per concern, each folding away on its own. The article's template
// decides the fields; the checklist says what stands between the article and print.
import { useCallback } from 'react'
import { directionOf, type Language } from '../../../../shared/article/languages'
import type { ArticleMeta } from '../../../../shared/article/meta'
import { checkArticle } from '../../../../shared/templates/checklist'
import { articleKey } from '../../document/articleKey'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { LanguageOptions } from '../../lib/languageOptions'
import { useStore } from '../../lib/store'
import { PrintSettings } from '../printSettings/PrintSettings'
import { formatCount, formatMinutes } from '../statusbar/format'
import { useChecklist } from '../templates/useChecklist'
import { useTemplates } from '../templates/TemplatesContext'
import { checklistSummary } from './checklistSummary'
import { ChecklistView } from './ChecklistView'
import { InspectorSection } from './InspectorSection'
import { StatusControl } from './StatusControl'
import { TagsInput } from './TagsInput'
import { TargetEditor } from './TargetEditor'
import { TemplateFields } from './TemplateFields'
import './inspector.css'

interface Props {
  readonly meta: ArticleMeta
  readonly readOnly: boolean
  readonly onChange: (patch: Partial<ArticleMeta>) => void
  readonly onSaveAsTemplate: () => void
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

export function Inspector({ meta, readOnly, onChange, onSaveAsTemplate }: Props) {
  const { session, template } = useEditorEnvironment()
  const { knownPlaceholders } = useTemplates()
  const checklist = useChecklist()
  const summary = checklist ? checklistSummary(checklist) : null
  // The inspector stays drawn from one article to the next (redrawing it was a good part of an
  // open); the controls that hold what the writer was in the middle of start afresh with each article.
  const article = articleKey(session)
  const checkNow = useCallback(() => checkArticle({ ...session.article, ...session.current() }, template, { knownPlaceholders }), [session, template, knownPlaceholders])

  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      <InspectorSection id="status" title="Status">
        <StatusControl key={article} status={meta.status} readOnly={readOnly} check={checkNow} onChange={(status) => onChange({ status })} />
      </InspectorSection>

      <InspectorSection id="checklist" title="Ready for print" summary={summary && <span className={`section-badge${checklist?.ready ? ' is-ready' : ' is-blocked'}`}>{summary.badge}</span>}>
        <ChecklistView checklist={checklist} />
      </InspectorSection>

      <InspectorSection
        id="fields"
        title="Fields"
        summary={<span className="section-note">{template ? template.name : 'No template'}</span>}
        actions={
          <button type="button" className="ghost small" onClick={onSaveAsTemplate} title="Save this article’s fields, structure and layout as a template">
            Save as Template…
          </button>
        }
      >
        <TemplateFields meta={meta} template={template} readOnly={readOnly} onChange={onChange} />
      </InspectorSection>

      <InspectorSection id="article" title="Language and tags">
        <div className="field">
          <label htmlFor="field-language">Language</label>
          <select
            id="field-language"
            value={meta.language}
            disabled={readOnly}
            // A new language brings its direction; direction can still be set apart afterwards.
            onChange={(e) => onChange({ language: e.target.value as Language, direction: directionOf(e.target.value as Language) })}
          >
            <LanguageOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-direction">Direction</label>
          <select id="field-direction" value={meta.direction} disabled={readOnly} onChange={(e) => onChange({ direction: e.target.value as ArticleMeta['direction'] })}>
            <option value="ltr">Left to right</option>
            <option value="rtl">Right to left</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-tags">Tags</label>
          <TagsInput key={article} id="field-tags" value={meta.tags} disabled={readOnly} onChange={(tags) => onChange({ tags })} />
        </div>
      </InspectorSection>

      <InspectorSection id="length" title="Length and counts">
        <TargetEditor key={article} target={meta.target} templateTarget={template?.target ?? null} length={checklist?.length ?? null} readOnly={readOnly} onChange={(target) => onChange({ target })} />
        <Counts />
        <p className="field-hint">Captions and pull quotes are not counted.</p>
      </InspectorSection>

      <InspectorSection id="print" title="Print">
        <PrintSettings session={session} readOnly={readOnly} />
      </InspectorSection>
    </aside>
  )
}
