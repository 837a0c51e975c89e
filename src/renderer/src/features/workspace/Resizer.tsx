// A draggable (and keyboard-operable) divider between two panes.
import type { KeyboardEvent, PointerEvent } from 'react'

interface Props {
  readonly label: string
  readonly width: number
  /** +1 when dragging right widens the pane (left sidebar), -1 when it narrows it (right inspector). */
  readonly sign: 1 | -1
  readonly onResize: (width: number) => void
  readonly onCollapse: () => void
}

export function Resizer({ label, width, sign, onResize, onCollapse }: Props) {
  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    e.preventDefault()
    const startX = e.clientX
    const start = width
    const target = e.currentTarget
    target.setPointerCapture(e.pointerId)
    const move = (ev: globalThis.PointerEvent): void => onResize(start + sign * (ev.clientX - startX))
    const up = (): void => {
      target.removeEventListener('pointermove', move)
      target.removeEventListener('pointerup', up)
      target.removeEventListener('pointercancel', up)
    }
    target.addEventListener('pointermove', move)
    target.addEventListener('pointerup', up)
    target.addEventListener('pointercancel', up)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = e.shiftKey ? 40 : 10
    if (e.key === 'ArrowLeft') onResize(width - sign * step)
    else if (e.key === 'ArrowRight') onResize(width + sign * step)
    else if (e.key === 'Enter') onCollapse()
    else return
    e.preventDefault()
  }
  return (
    <div
      className="resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      tabIndex={0}
      title={`${label}: drag to resize, double-click to hide`}
      onPointerDown={onPointerDown}
      onDoubleClick={onCollapse}
      onKeyDown={onKeyDown}
    />
  )
}
