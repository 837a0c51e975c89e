// A textarea as tall as its text: headlines and decks wrap as they will read, without a scrollbar.
import { useLayoutEffect, useRef, type ReactNode, type RefObject, type TextareaHTMLAttributes } from 'react'

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  readonly value: string
  /** What goes with the field and needs to reach it (the spelling mirror laid over it). */
  readonly beside?: (field: RefObject<HTMLTextAreaElement | null>) => ReactNode
}

export function AutoGrowTextarea({ value, beside, ...props }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.style.height = 'auto'
    // The border is outside scrollHeight: without it the last line is clipped by a pixel or two.
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`
  }, [value])
  return (
    <>
      <textarea ref={ref} rows={1} value={value} {...props} />
      {beside?.(ref)}
    </>
  )
}
