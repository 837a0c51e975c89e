// The window's print preview controller, for the panes that show its results (the preview, the
// inspector's copyfit line).
import { createContext, useContext, useEffect } from 'react'
import type { PrintPreviewController } from './PrintPreviewController'

export const PrintPreviewContext = createContext<PrintPreviewController | null>(null)

export function usePrintPreview(): PrintPreviewController | null {
  return useContext(PrintPreviewContext)
}

/** Keeps the PDF current while the calling component shows something from it (and `on`). */
export function useWatchPreview(who: string, on: boolean): PrintPreviewController | null {
  const controller = usePrintPreview()
  useEffect(() => {
    if (!controller) return undefined
    controller.watch(who, on)
    return () => controller.watch(who, false)
  }, [controller, who, on])
  return controller
}
