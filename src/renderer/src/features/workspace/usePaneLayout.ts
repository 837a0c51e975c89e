// Sizes and visibility of the window's panes, remembered between sessions on this machine.
import { useCallback, useEffect, useState } from 'react'

export interface PaneLayout {
  readonly sidebarOpen: boolean
  readonly inspectorOpen: boolean
  readonly sidebarWidth: number
  readonly inspectorWidth: number
  readonly focus: boolean
}

const KEY = 'galley.paneLayout'
export const PANE_LIMITS = { min: 180, max: 520 }
const DEFAULT: PaneLayout = { sidebarOpen: true, inspectorOpen: true, sidebarWidth: 240, inspectorWidth: 300, focus: false }

const clamp = (n: number): number => Math.round(Math.min(PANE_LIMITS.max, Math.max(PANE_LIMITS.min, n)))

function load(): PaneLayout {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Record<keyof PaneLayout, unknown>>
    return {
      sidebarOpen: typeof raw.sidebarOpen === 'boolean' ? raw.sidebarOpen : DEFAULT.sidebarOpen,
      inspectorOpen: typeof raw.inspectorOpen === 'boolean' ? raw.inspectorOpen : DEFAULT.inspectorOpen,
      sidebarWidth: typeof raw.sidebarWidth === 'number' ? clamp(raw.sidebarWidth) : DEFAULT.sidebarWidth,
      inspectorWidth: typeof raw.inspectorWidth === 'number' ? clamp(raw.inspectorWidth) : DEFAULT.inspectorWidth,
      // Focus mode is for now, not for the next start.
      focus: false,
    }
  } catch {
    return DEFAULT
  }
}

export function usePaneLayout() {
  const [layout, setLayout] = useState<PaneLayout>(load)
  useEffect(() => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(layout))
    } catch {
      // Storage full or unavailable: the layout is simply not remembered.
    }
  }, [layout])
  const update = useCallback((patch: Partial<PaneLayout>) => setLayout((l) => ({ ...l, ...patch })), [])
  const resize = useCallback((pane: 'sidebar' | 'inspector', width: number) => setLayout((l) => ({ ...l, [`${pane}Width`]: clamp(width) })), [])
  return { layout, update, resize }
}
