// File › Save as Template…: the current article's fields, structure and print layout become a
// template of the library's own, listed under “Your templates” in the picker.
import { useState, type FormEvent } from 'react'
import type { ArticleContent } from '../../../../shared/ipc/library'
import type { TemplateEntry } from '../../../../shared/ipc/templates'
import { host, isHostFailure } from '../../host'
import { ErrorMessage } from '../../lib/ErrorMessage'
import { useModalDialog } from '../../lib/useModalDialog'
import './templates.css'

interface Props {
  /** The article as it is now (read when the dialog opens). */
  readonly content: ArticleContent
  /** A first guess at the name (the article's kicker or section: a column's name, say). */
  readonly suggestedName: string
  readonly onSaved: (entry: TemplateEntry) => void
  readonly onClose: () => void
}

export function SaveAsTemplateDialog({ content, suggestedName, onSaved, onClose }: Props) {
  const dialog = useModalDialog()
  const [name, setName] = useState(suggestedName)
  const [description, setDescription] = useState('')
  const [body, setBody] = useState<'placeholders' | 'keep'>('placeholders')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const entry = await host.templates.saveFromArticle(content, { name: name.trim(), description: description.trim(), body })
      onSaved(entry)
    } catch (failure) {
      setError(isHostFailure(failure) ? failure.message : 'The template could not be saved.')
      setBusy(false)
    }
  }

  return (
    <dialog ref={dialog} className="dialog template-dialog" aria-labelledby="save-template-title" onClose={onClose} onCancel={onClose}>
      <form onSubmit={(e) => void save(e)}>
        <h2 id="save-template-title">Save as template</h2>
        <p className="dialog-lead">The article’s fields, the shape of its text and its print layout become a template you can start new articles from. Images are left out.</p>
        <label>
          Template name
          <input name="name" value={name} maxLength={80} required autoFocus placeholder="Kabul Diary" onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Description
          <textarea name="description" value={description} maxLength={500} rows={2} placeholder="What it is for, shown in the template picker" onChange={(e) => setDescription(e.target.value)} />
        </label>
        <fieldset>
          <legend>The text</legend>
          <label className="check">
            <input type="radio" name="body" checked={body === 'placeholders'} onChange={() => setBody('placeholders')} />
            Turn it into placeholders: same subheads and blocks, the writer fills them in
          </label>
          <label className="check">
            <input type="radio" name="body" checked={body === 'keep'} onChange={() => setBody('keep')} />
            Keep it as it is (standing text that runs every time)
          </label>
        </fieldset>
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || name.trim() === ''}>
            Save template
          </button>
        </div>
      </form>
    </dialog>
  )
}
