// How the preview is shown (open or not, beside the editor or instead of it, zoom, facing pages,
// thumbnails), remembered on this machine like the panes' sizes.
import { useCallback, useEffect, useState } from 'react'
import type { ZoomMode } from './zoom'

export interface PreviewPrefs {
  readonly shown: boolean
  /** Beside the editor, or in its place. */
  readonly placement: 'side' | 'full'
  readonly zoom: ZoomMode
  readonly facing: boolean
  readonly thumbnails: boolean
  /** Width of the pane beside the editor, in CSS pixels. */
  readonly width: number
}

const KEY = 'galley.preview'
export const PREVIEW_WIDTH = { min: 320, max: 1400 }
export const DEFAULT_PREVIEW_PREFS: PreviewPrefs = { shown: false, placement: 'side', zoom: 'fit-width', facing: false, thumbnails: true, width: 560 }

const ZOOMS: readonly ZoomMode[] = ['fit-width', 'fit-page', 'actual']

/** Reads remembered preferences, keeping only what is valid. */
export function parsePreviewPrefs(raw: string | null): PreviewPrefs {
  let v: Partial<Record<keyof PreviewPrefs, unknown>> = {}
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}')
    if (parsed && typeof parsed === 'object') v = parsed as typeof v
  } catch {
    // A damaged entry: the defaults.
  }
  const d = DEFAULT_PREVIEW_PREFS
  return {
    shown: typeof v.shown === 'boolean' ? v.shown : d.shown,
    placement: v.placement === 'full' || v.placement === 'side' ? v.placement : d.placement,
    zoom: ZOOMS.includes(v.zoom as ZoomMode) ? (v.zoom as ZoomMode) : d.zoom,
    facing: typeof v.facing === 'boolean' ? v.facing : d.facing,
    thumbnails: typeof v.thumbnails === 'boolean' ? v.thumbnails : d.thumbnails,
    width: typeof v.width === 'number' && Number.isFinite(v.width) ? clampPreviewWidth(v.width) : d.width,
  }
}

export function clampPreviewWidth(width: number): number {
  return Math.round(Math.min(PREVIEW_WIDTH.max, Math.max(PREVIEW_WIDTH.min, width)))
}

export function usePreviewPrefs() {
  const [prefs, setPrefs] = useState<PreviewPrefs>(() => parsePreviewPrefs(readStorage()))
  useEffect(() => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(prefs))
    } catch {
      // Storage unavailable: not remembered.
    }
  }, [prefs])
  const update = useCallback((patch: Partial<PreviewPrefs>) => setPrefs((p) => ({ ...p, ...patch, ...(patch.width !== undefined ? { width: clampPreviewWidth(patch.width) } : {}) })), [])
  return { prefs, update }
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(KEY)
  } catch {
    return null
  }
}
