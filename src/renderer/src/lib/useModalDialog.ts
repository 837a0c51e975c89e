// Opens a <dialog> as a modal when it mounts (Escape and the backdrop are the browser's own).
import { useEffect, useRef, type RefObject } from 'react'

export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  return ref
}
