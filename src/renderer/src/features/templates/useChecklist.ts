// The ready-for-print checklist of the open article, recomputed a moment after the writer stops
// typing (it reads the whole body, so never on a keystroke).
import { useEffect, useState } from 'react'
import { checkArticle, type Checklist } from '../../../../shared/templates/checklist'
import { scheduleIdle, useEditorEnvironment } from '../../editor/EditorEnvironment'
import { useTemplates } from './TemplatesContext'

const QUIET_MS = 350

export function useChecklist(): Checklist | null {
  const { session, template } = useEditorEnvironment()
  const { knownPlaceholders } = useTemplates()
  // Kept with the session it was computed for: the next article shows none until its own is ready.
  const [computed, setComputed] = useState<{ readonly session: typeof session; readonly checklist: Checklist } | null>(null)
  useEffect(() => {
    let timer = 0
    let cancelIdle: (() => void) | null = null
    const compute = (): void => {
      cancelIdle = null
      setComputed({ session, checklist: checkArticle({ ...session.article, ...session.current() }, template, { knownPlaceholders }) })
    }
    const schedule = (): void => {
      window.clearTimeout(timer)
      cancelIdle?.()
      timer = window.setTimeout(() => (cancelIdle = scheduleIdle(compute, 300)), QUIET_MS)
    }
    // The body is in the editor only once it has mounted: the first check waits for the window to settle.
    schedule()
    const off = session.subscribe(schedule)
    return () => {
      off()
      window.clearTimeout(timer)
      cancelIdle?.()
    }
  }, [session, template, knownPlaceholders])
  return computed?.session === session ? computed.checklist : null
}
