// The window's side of the preview: one controller per article, the pane's preferences, the
// View › Print Preview command (Ctrl/Cmd+Shift+P), and telling main whether the preview shows
// (its menu item is a checkbox).
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Settings } from '../../../../shared/ipc/settings'
import { useCommand } from '../../commands/registry'
import type { DocumentSession } from '../../document/DocumentSession'
import { host } from '../../host'
import { PrintPreviewController } from './PrintPreviewController'
import { usePreviewPrefs } from './usePreviewPrefs'

/** The preview of the window's article; with no article open there is nothing to print (`controller` null). */
export function usePreviewWindow(session: DocumentSession | null, settings: Pick<Settings, 'publicationName' | 'editorInChief' | 'dateFormat'>) {
  const controller = useMemo(() => (session ? new PrintPreviewController(session, { print: (content) => host.print.pdf(content) }) : null), [session])
  useEffect(() => () => controller?.dispose(), [controller])

  // The masthead and running head print the preferences' publication, editor and date format.
  const printed = `${settings.publicationName}\n${settings.editorInChief}\n${settings.dateFormat}`
  const lastPrinted = useRef(printed)
  useEffect(() => {
    if (lastPrinted.current === printed) return
    lastPrinted.current = printed
    controller?.refreshNow()
  }, [controller, printed])

  const { prefs, update } = usePreviewPrefs()
  const toggle = useCallback(() => update({ shown: !prefs.shown }), [prefs.shown, update])
  useCommand('view.preview', toggle, session !== null)

  useEffect(() => {
    host.desktop.setWindowState({ previewShown: prefs.shown }).catch(() => undefined)
  }, [prefs.shown])

  return { controller, prefs, update, toggle }
}
