// A textarea as tall as its text: headlines and decks wrap as they will read, without a scrollbar.
import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react'

export function AutoGrowTextarea({ value, ...props }: { readonly value: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.style.height = 'auto'
    // The border is outside scrollHeight: without it the last line is clipped by a pixel or two.
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`
  }, [value])
  return <textarea ref={ref} rows={1} value={value} {...props} />
}
