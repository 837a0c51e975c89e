// File › Manage Templates…: the library's own templates — rename and describe them, delete them,
// share them as files (export and import go through main's file dialogs) — and the built-ins to export.
import { useState, type FormEvent } from 'react'
import type { TemplateEntry } from '../../../../shared/ipc/templates'
import { host, isHostFailure } from '../../host'
import { ErrorMessage } from '../../lib/ErrorMessage'
import { useModalDialog } from '../../lib/useModalDialog'
import { useTemplates } from './TemplatesContext'
import './templates.css'

interface Props {
  readonly onClose: () => void
}

type Notice = { readonly kind: 'ok' | 'error'; readonly lines: readonly string[] }

const failureText = (e: unknown, fallback: string): string => (isHostFailure(e) ? e.message : fallback)
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

function EditForm({ entry, onDone, onNotice }: { readonly entry: TemplateEntry; readonly onDone: () => void; readonly onNotice: (n: Notice) => void }) {
  const { refresh } = useTemplates()
  const [name, setName] = useState(entry.template.name)
  const [description, setDescription] = useState(entry.template.description)
  const [error, setError] = useState<string | null>(null)
  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    try {
      await host.templates.update(entry.template.id, { name: name.trim(), description: description.trim() })
      await refresh()
      onNotice({ kind: 'ok', lines: [`Saved “${name.trim()}”.`] })
      onDone()
    } catch (failure) {
      setError(failureText(failure, 'The template could not be changed.'))
    }
  }
  return (
    <form className="template-edit" onSubmit={(e) => void save(e)} aria-label={`Edit ${entry.template.name}`}>
      <label>
        Name
        <input value={name} maxLength={80} required autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Description
        <textarea value={description} maxLength={500} rows={2} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={name.trim() === ''}>
          Save
        </button>
      </div>
    </form>
  )
}

export function ManageTemplatesDialog({ onClose }: Props) {
  const dialog = useModalDialog()
  const { entries, problems, refresh, error } = useTemplates()
  const [editing, setEditing] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const custom = entries.filter((e) => !e.builtIn)
  const builtIns = entries.filter((e) => e.builtIn)

  const exportOne = async (entry: TemplateEntry): Promise<void> => {
    try {
      const outcome = await host.templates.exportTo(entry.template.id)
      if (outcome.status === 'saved') setNotice({ kind: 'ok', lines: [`Exported “${entry.template.name}” to ${outcome.path}.`] })
    } catch (failure) {
      setNotice({ kind: 'error', lines: [failureText(failure, 'The template could not be exported.')] })
    }
  }
  const remove = async (entry: TemplateEntry): Promise<void> => {
    setConfirming(null)
    try {
      await host.templates.delete(entry.template.id)
      await refresh()
      setNotice({ kind: 'ok', lines: [`Deleted “${entry.template.name}”. Articles started from it keep their fields and text.`] })
    } catch (failure) {
      setNotice({ kind: 'error', lines: [failureText(failure, 'The template could not be deleted.')] })
    }
  }
  const importFiles = async (): Promise<void> => {
    try {
      const outcome = await host.templates.importFrom()
      if (outcome.cancelled) return
      await refresh()
      const lines = [
        ...outcome.imported.map((e) => `Imported “${e.template.name}”.`),
        ...outcome.failed.map((f) => `${baseName(f.source)}: ${f.error.message}`),
      ]
      setNotice({ kind: outcome.failed.length > 0 ? 'error' : 'ok', lines })
    } catch (failure) {
      setNotice({ kind: 'error', lines: [failureText(failure, 'The templates could not be imported.')] })
    }
  }

  const row = (entry: TemplateEntry) => {
    const { template } = entry
    if (editing === template.id) {
      return (
        <li key={template.id} className="template-row is-editing">
          <EditForm entry={entry} onDone={() => setEditing(null)} onNotice={setNotice} />
        </li>
      )
    }
    return (
      <li key={template.id} className="template-row" data-testid={`template-row-${template.id}`}>
        <div className="template-row-text">
          <span className="template-row-name">{template.name}</span>
          <span className="template-row-desc">{template.description || 'No description'}</span>
          {entry.modified !== null && <span className="template-row-meta">Changed {new Date(entry.modified).toLocaleString()}</span>}
        </div>
        {confirming === template.id ? (
          <div className="template-confirm" role="alertdialog" aria-label={`Delete ${template.name}?`}>
            <span>Delete “{template.name}”? Articles started from it keep their text.</span>
            <button type="button" className="danger-fill" onClick={() => void remove(entry)}>
              Delete template
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </div>
        ) : (
          <div className="template-row-actions">
            {!entry.builtIn && (
              <button type="button" onClick={() => setEditing(template.id)} aria-label={`Rename or describe ${template.name}`}>
                Edit…
              </button>
            )}
            <button type="button" onClick={() => void exportOne(entry)} aria-label={`Export ${template.name}`}>
              Export…
            </button>
            {!entry.builtIn && (
              <button type="button" className="danger" onClick={() => setConfirming(template.id)} aria-label={`Delete ${template.name}`}>
                Delete
              </button>
            )}
          </div>
        )}
      </li>
    )
  }

  return (
    <dialog ref={dialog} className="dialog template-manager" aria-labelledby="manage-templates-title" onClose={onClose} onCancel={onClose}>
      <div className="manager-body">
        <h2 id="manage-templates-title">Templates</h2>
        <ErrorMessage message={error} />
        {notice && (
          <div className={`manager-notice is-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="templates-notice">
            {notice.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
        <section aria-labelledby="custom-templates-title">
          <h3 id="custom-templates-title" className="section-title manager-heading">
            Your templates
          </h3>
          {custom.length === 0 ? (
            <p className="empty-hint">None yet. Open an article whose structure you want to reuse and choose File › Save as Template…, or import a template a colleague shared.</p>
          ) : (
            <ul className="template-rows">{custom.map(row)}</ul>
          )}
          {problems.length > 0 && (
            <ul className="manager-problems" aria-label="Template files that could not be read">
              {problems.map((p) => (
                <li key={p.path}>
                  <strong>{baseName(p.path)}</strong>: {p.error.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        <details className="manager-builtins">
          <summary className="section-title manager-heading">Built-in templates ({builtIns.length})</summary>
          <p className="empty-hint">Built-in templates cannot be changed. Export one to share it, or start an article from it and save your own version.</p>
          <ul className="template-rows">{builtIns.map(row)}</ul>
        </details>
      </div>
      <div className="picker-foot">
        <button type="button" onClick={() => void importFiles()}>
          Import…
        </button>
        <span className="tb-spring" />
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  )
}
