// Ctrl/Cmd+K: a small popover to add, change or remove the link on the selection. Only http(s)
// and mailto links are accepted; anything else gets a plain explanation.
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@lexical/utils'
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW } from 'lexical'
import { useEffect, useRef, useState } from 'react'
import { safeUrl } from '../../../../../shared/render/html'
import { EDIT_LINK_COMMAND } from '../../commands'

export function normalizeLink(input: string): string | null {
  const raw = input.trim()
  if (!raw) return null
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(raw)) return safeUrl(`mailto:${raw}`)
  if (/^www\./i.test(raw)) return safeUrl(`https://${raw}`)
  return safeUrl(raw)
}

export function LinkEditorPlugin() {
  const [editor] = useLexicalComposerContext()
  const [open, setOpen] = useState<{ url: string; top: number; left: number } | null>(null)
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const box = useRef<HTMLFormElement>(null)

  useEffect(
    () =>
      editor.registerCommand(
        EDIT_LINK_COMMAND,
        () => {
          const url = editor.getEditorState().read(() => {
            const selection = $getSelection()
            if (!$isRangeSelection(selection)) return null
            const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode)
            return $isLinkNode(link) ? link.getURL() : ''
          })
          if (url === null) return false
          const rect = window.getSelection()?.getRangeAt(0)?.getBoundingClientRect()
          setOpen({ url, top: (rect?.bottom ?? 120) + 6, left: rect?.left ?? 120 })
          setValue(url)
          setError(null)
          return true
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  )

  useEffect(() => {
    if (!open) return
    input.current?.focus()
    input.current?.select()
    if (box.current) {
      // Positioned through CSSOM: the window's CSP forbids inline style attributes, not this.
      box.current.style.top = `${open.top}px`
      box.current.style.left = `${Math.min(open.left, window.innerWidth - 380)}px`
    }
  }, [open])

  if (!open) return null
  const close = (): void => {
    setOpen(null)
    editor.focus()
  }
  return (
    <form
      ref={box}
      className="popover link-editor"
      aria-label="Link"
      onSubmit={(e) => {
        e.preventDefault()
        const url = normalizeLink(value)
        if (!url) {
          setError('A link must start with https://, http:// or mailto: (or be an e-mail address).')
          return
        }
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, { url, rel: 'noreferrer' })
        close()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          close()
        }
      }}
    >
      <input ref={input} aria-label="Link address" placeholder="https://…" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="primary">
        {open.url ? 'Update' : 'Add link'}
      </button>
      {open.url && (
        <button
          type="button"
          onClick={() => {
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)
            close()
          }}
        >
          Remove
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
