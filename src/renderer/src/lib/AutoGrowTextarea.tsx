// A textarea as tall as its text: headlines and decks wrap as they will read, without a scrollbar —
// also when the column narrows or widens (the preview opens beside the text, a pane is dragged).
import { useLayoutEffect, useRef, type ReactNode, type RefObject, type TextareaHTMLAttributes } from 'react'

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  readonly value: string
  /** What goes with the field and needs to reach it (the spelling mirror laid over it). */
  readonly beside?: (field: RefObject<HTMLTextAreaElement | null>) => ReactNode
}

const pending = new Set<HTMLTextAreaElement>()

/**
 * Fits every field queued in this task at once, before the frame: all heights released, then all
 * measured (one layout of the window), then all set. Fitted one by one, a window that draws a dozen
 * fields (an article opened: its header and the inspector's) laid itself out a dozen times.
 */
function fitPending(): void {
  const fields = [...pending].filter((el) => el.isConnected)
  pending.clear()
  for (const el of fields) el.style.height = 'auto'
  // The border is outside scrollHeight: without it the last line is clipped by a pixel or two.
  const heights = fields.map((el) => el.scrollHeight + el.offsetHeight - el.clientHeight)
  fields.forEach((el, i) => (el.style.height = `${heights[i]}px`))
}

function fitHeight(el: HTMLTextAreaElement): void {
  if (pending.size === 0) queueMicrotask(fitPending)
  pending.add(el)
}

export function AutoGrowTextarea({ value, beside, ...props }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    if (ref.current) fitHeight(ref.current)
  }, [value])
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return undefined
    // Only a change of width rewraps the text; the height is ours to set. The first width is the
    // observer's first report (read now, it would lay the window out while it is being drawn).
    let width: number | null = null
    const observer = new ResizeObserver(() => {
      const now = el.clientWidth
      if (width === null || now === width) {
        width = now
        return
      }
      width = now
      fitHeight(el)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return (
    <>
      <textarea ref={ref} rows={1} value={value} {...props} />
      {beside?.(ref)}
    </>
  )
}
