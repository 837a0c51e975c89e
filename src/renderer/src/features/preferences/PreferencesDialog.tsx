import { useState } from 'react'
import type { Settings, SettingsPatch } from '../../../../shared/ipc/settings'
import { isHostFailure } from '../../host'
import { formatDateline, formatEditorInChief, formatMastheadDate, localIsoDate } from '../../../../shared/templates/dates'
import { LanguageOptions } from '../../lib/languageOptions'
import { ErrorMessage } from '../../lib/ErrorMessage'
import { useModalDialog } from '../../lib/useModalDialog'

interface Props {
  readonly settings: Settings
  readonly onChange: (patch: SettingsPatch) => Promise<Settings>
  readonly onClose: () => void
}


/** Publication-wide defaults and app preferences; each change is saved as soon as it is made. */
export function PreferencesDialog({ settings, onChange, onClose }: Props) {
  const dialog = useModalDialog()
  const [error, setError] = useState<string | null>(null)
  const [draft, setDraft] = useState({ publicationName: settings.publicationName, editorInChief: settings.editorInChief, datelinePlace: settings.datelinePlace })
  const today = localIsoDate(new Date())
  const language = settings.defaultLanguage

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
            Dateline place
            <input
              name="datelinePlace"
              value={draft.datelinePlace}
              maxLength={80}
              placeholder="KABUL"
              onChange={(e) => setDraft({ ...draft, datelinePlace: e.target.value })}
              onBlur={() => draft.datelinePlace !== settings.datelinePlace && save({ datelinePlace: draft.datelinePlace.trim() })}
            />
            <span className="field-hint">The newsroom’s city, filled into new stories’ datelines.</span>
          </label>
          <label>
            Default language
            <select
              name="defaultLanguage"
              value={settings.defaultLanguage}
              onChange={(e) => save({ defaultLanguage: e.target.value as Settings['defaultLanguage'] })}
            >
              <LanguageOptions />
            </select>
          </label>
          <label>
            Date format
            <select name="dateFormat" value={settings.dateFormat} onChange={(e) => save({ dateFormat: e.target.value as Settings['dateFormat'] })}>
              <option value="long">Long (Wednesday, July 8th, 2020)</option>
              <option value="iso">ISO (2020-07-08)</option>
            </select>
          </label>
          <div className="prefs-sample" aria-label="How new articles start" data-testid="prefs-sample">
            <span className="prefs-sample-label">New articles start with</span>
            <span className="prefs-sample-masthead" lang={language}>
              {formatEditorInChief(draft.editorInChief || 'Editor’s name', language)} · {formatMastheadDate(today, language, settings.dateFormat)}
            </span>
            <span className="prefs-sample-dateline" lang={language}>
              {draft.datelinePlace.trim() ? formatDateline(draft.datelinePlace.trim(), today, language) : 'No dateline place: datelines start empty.'}
            </span>
          </div>
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
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="submit" className="primary">
            Done
          </button>
        </div>
      </form>
    </dialog>
  )
}
