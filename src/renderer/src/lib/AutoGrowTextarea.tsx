// A textarea as tall as its text: headlines and decks wrap as they will read, without a scrollbar —
// also when the column narrows or widens (the preview opens beside the text, a pane is dragged).
import { useLayoutEffect, useRef, type ReactNode, type RefObject, type TextareaHTMLAttributes } from 'react'

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  readonly value: string
  /** What goes with the field and needs to reach it (the spelling mirror laid over it). */
  readonly beside?: (field: RefObject<HTMLTextAreaElement | null>) => ReactNode
}

function fitHeight(el: HTMLTextAreaElement): void {
  el.style.height = 'auto'
  // The border is outside scrollHeight: without it the last line is clipped by a pixel or two.
  el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`
}

export function AutoGrowTextarea({ value, beside, ...props }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    if (ref.current) fitHeight(ref.current)
  }, [value])
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return undefined
    // Only a change of width rewraps the text; the height is ours to set.
    let width = el.clientWidth
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return
      width = el.clientWidth
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
