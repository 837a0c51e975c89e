import { useCallback, useEffect, useState } from 'react'
import type { AppInfo } from '../../shared/ipc/app'
import type { Settings, SettingsPatch } from '../../shared/ipc/settings'
import { CalmErrorBoundary } from './features/errors/CalmError'
import { PreferencesDialog } from './features/preferences/PreferencesDialog'
import { ShortcutsSheet } from './features/shortcuts/ShortcutsSheet'
import { TemplatesProvider } from './features/templates/TemplatesContext'
import { Workspace } from './features/workspace/Workspace'
import { useMenuCommands } from './commands/registry'
import { host, isHostFailure, onHostEvent } from './host'
import { useTheme } from './useTheme'

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [settings, setSettings] = useState<Settings | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [prefsOpen, setPrefsOpen] = useState(false)
  useTheme(settings?.theme)
  useMenuCommands(info?.platform)

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

  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    const next = await host.settings.set(patch)
    setSettings(next)
    return next
  }, [])
  const openPreferences = useCallback(() => setPrefsOpen(true), [])

  if (error) return <div className="fatal" role="alert">{error}</div>
  if (!info || !settings) return <div className="booting" aria-busy="true" />

  return (
    <>
      {/* The last resort: the window guard inside the workspace keeps the article; this reloads the page. */}
      <CalmErrorBoundary onReload={() => window.location.reload()}>
        <TemplatesProvider>
          <Workspace info={info} settings={settings} onPreferences={openPreferences} />
        </TemplatesProvider>
        {prefsOpen && <PreferencesDialog settings={settings} onChange={updateSettings} onClose={() => setPrefsOpen(false)} />}
        <ShortcutsSheet platform={info.platform} />
      </CalmErrorBoundary>
    </>
  )
}
