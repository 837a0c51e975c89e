// A textarea as tall as its text: headlines and decks wrap as they will read, without a scrollbar —
// also when the column narrows or widens (the preview opens beside the text, a pane is dragged).
// Where CSS can size a field to its content (`field-sizing`), it does: measuring the height in
// script forces a layout of the whole window each time a value changes (every article opened).
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

/** `field-sizing` ignores `rows`: a field that must show more than one line empty says so in CSS (min-height). */
const cssSizing = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content')

export function AutoGrowTextarea({ value, beside, className, ...props }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const byCss = cssSizing
  useLayoutEffect(() => {
    if (ref.current && !byCss) fitHeight(ref.current)
  }, [value, byCss])
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || byCss || typeof ResizeObserver === 'undefined') return undefined
    // Only a change of width rewraps the text; the height is ours to set.
    let width = el.clientWidth
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return
      width = el.clientWidth
      fitHeight(el)
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [byCss])
  return (
    <>
      <textarea ref={ref} rows={1} value={value} className={byCss ? `${className ?? ''} auto-grow`.trim() : className} {...props} />
      {beside?.(ref)}
    </>
  )
}
