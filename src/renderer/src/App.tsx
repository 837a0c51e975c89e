import { useCallback, useEffect, useState } from 'react'
import type { AppInfo } from '../../shared/ipc/app'
import type { Settings, SettingsPatch } from '../../shared/ipc/settings'
import { PreferencesDialog } from './features/preferences/PreferencesDialog'
import { host, isHostFailure, onHostEvent } from './host'
import { useTheme } from './useTheme'

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [settings, setSettings] = useState<Settings | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [prefsOpen, setPrefsOpen] = useState(false)
  useTheme(settings?.theme)

  useEffect(() => {
    let live = true
    Promise.all([host.app.getInfo(), host.settings.get()]).then(
      ([i, s]) => {
        if (!live) return
        setInfo(i)
        setSettings(s)
      },
      (e: unknown) => live && setError(isHostFailure(e) ? e.message : 'Galley could not start its window.'),
    )
    const off = onHostEvent('onSettingsChanged', setSettings)
    return () => {
      live = false
      off()
    }
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key === ',') {
        e.preventDefault()
        setPrefsOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    const next = await host.settings.set(patch)
    setSettings(next)
    return next
  }, [])

  if (error) return <div className="fatal" role="alert">{error}</div>
  if (!info || !settings) return <div className="booting" aria-busy="true" />

  return (
    <div className="app-shell" data-testid="app-shell">
      <header className="topbar">
        <span className="brand">Galley</span>
        <span className="publication" data-testid="publication-name">{settings.publicationName || 'No publication set'}</span>
        <button type="button" className="ghost" onClick={() => setPrefsOpen(true)} title="Preferences (Ctrl+,)">
          Preferences
        </button>
      </header>
      <main className="workspace">
        {info.notices.map((n) => (
          <p key={n.code} className="notice" role="status">
            {n.message}
          </p>
        ))}
      </main>
      <footer className="statusbar">
        <span data-testid="library-dir" title="Library folder">{info.libraryDir}</span>
        <span data-testid="app-version">Galley {info.version} · {info.platform}</span>
      </footer>
      {prefsOpen && <PreferencesDialog settings={settings} onChange={updateSettings} onClose={() => setPrefsOpen(false)} />}
    </div>
  )
}
