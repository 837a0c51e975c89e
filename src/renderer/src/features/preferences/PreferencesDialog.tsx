import { useEffect, useRef, useState } from 'react'
import type { Settings, SettingsPatch } from '../../../../shared/ipc/settings'
import { isHostFailure } from '../../host'

interface Props {
  readonly settings: Settings
  readonly onChange: (patch: SettingsPatch) => Promise<Settings>
  readonly onClose: () => void
}

const LANGUAGES: { value: Settings['defaultLanguage']; label: string }[] = [
  { value: 'en', label: 'English (US)' },
  { value: 'en-GB', label: 'English (UK)' },
  { value: 'ru', label: 'Русский' },
  { value: 'kk', label: 'Қазақша' },
  { value: 'fa-AF', label: 'دری (Dari)' },
  { value: 'ps', label: 'پښتو (Pashto)' },
]

/** Publication-wide defaults and app preferences; each change is saved as soon as it is made. */
export function PreferencesDialog({ settings, onChange, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [draft, setDraft] = useState({ publicationName: settings.publicationName, editorInChief: settings.editorInChief })

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])

  const save = (patch: SettingsPatch): void => {
    setError(null)
    onChange(patch).catch((e: unknown) => setError(isHostFailure(e) ? e.message : 'The setting could not be saved.'))
  }

  return (
    <dialog ref={dialog} className="dialog preferences" aria-labelledby="prefs-title" onClose={onClose} onCancel={onClose}>
      <form method="dialog" onSubmit={onClose}>
        <h2 id="prefs-title">Preferences</h2>
        <fieldset>
          <legend>Publication</legend>
          <label>
            Publication name
            <input
              name="publicationName"
              value={draft.publicationName}
              maxLength={120}
              onChange={(e) => setDraft({ ...draft, publicationName: e.target.value })}
              onBlur={() => draft.publicationName !== settings.publicationName && save({ publicationName: draft.publicationName })}
            />
          </label>
          <label>
            Editor in chief
            <input
              name="editorInChief"
              value={draft.editorInChief}
              maxLength={120}
              onChange={(e) => setDraft({ ...draft, editorInChief: e.target.value })}
              onBlur={() => draft.editorInChief !== settings.editorInChief && save({ editorInChief: draft.editorInChief })}
            />
          </label>
          <label>
            Default language
            <select
              name="defaultLanguage"
              value={settings.defaultLanguage}
              onChange={(e) => save({ defaultLanguage: e.target.value as Settings['defaultLanguage'] })}
            >
              {LANGUAGES.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Date format
            <select name="dateFormat" value={settings.dateFormat} onChange={(e) => save({ dateFormat: e.target.value as Settings['dateFormat'] })}>
              <option value="long">Long (Wednesday, July 8th, 2020)</option>
              <option value="iso">ISO (2020-07-08)</option>
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>Application</legend>
          <label>
            Theme
            <select name="theme" value={settings.theme} onChange={(e) => save({ theme: e.target.value as Settings['theme'] })}>
              <option value="system">Follow the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" name="autosave" checked={settings.autosave} onChange={(e) => save({ autosave: e.target.checked })} />
            Save automatically while I type
          </label>
        </fieldset>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Done
          </button>
        </div>
      </form>
    </dialog>
  )
}
