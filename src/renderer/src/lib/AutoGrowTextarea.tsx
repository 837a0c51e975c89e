// A textarea as tall as its text: headlines and decks wrap as they will read, without a scrollbar —
// also when the column narrows or widens (the preview opens beside the text, a pane is dragged).
//
// The browser sizes it (`field-sizing: content`, the `auto-grow` class in app.css), with the rest of
// the window's layout. Measured and set from script, each field drawn made the window lay itself out
// once more before the frame: opening an article, whose header and inspector draw a dozen fields,
// paid for a whole extra layout of the window.
import type { ReactNode, RefObject, TextareaHTMLAttributes } from 'react'
import { useRef } from 'react'

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  readonly value: string
  /** What goes with the field and needs to reach it (the spelling mirror laid over it). */
  readonly beside?: (field: RefObject<HTMLTextAreaElement | null>) => ReactNode
}

export function AutoGrowTextarea({ value, beside, className, ...props }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null)
  return (
    <>
      <textarea ref={ref} rows={1} value={value} className={className ? `auto-grow ${className}` : 'auto-grow'} {...props} />
      {beside?.(ref)}
    </>
  )
}
