// Insert › Block… (Ctrl+/, ⌘/): the entries of the slash menu (the template's suggested section blocks
// first) in a small palette at the caret, with a field to narrow them, without typing "/" into the
// text; it works in focus mode too. The chosen block goes where the caret was.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection } from 'lexical'
import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useCommand } from '../../../commands/registry'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { InsertEntryRow, InsertGroupHeading } from '../../InsertEntryView'
import { insertEntries, runInsertEntry } from '../../insertMenu'
import { SlashOption } from '../SlashMenuPlugin'
import './InsertPalette.css'

interface Place {
  /** Just under the caret's line, and just above it (where the palette goes when there is no room below). */
  readonly top: number
  readonly above: number
  readonly left: number
}

/** Where the caret is on screen (the start of its block when the caret has no box of its own). */
function caretPlace(root: HTMLElement | null, anchor: HTMLElement | null): Place {
  const selection = window.getSelection()
  const range = selection && selection.rangeCount > 0 && root?.contains(selection.anchorNode) ? selection.getRangeAt(0) : null
  let rect = range?.getBoundingClientRect()
  if (!rect || (rect.width === 0 && rect.height === 0)) rect = (anchor ?? root)?.getBoundingClientRect()
  return { top: (rect?.bottom ?? 120) + 6, above: (rect?.top ?? 120) - 6, left: rect?.left ?? 120 }
}

export function InsertPalettePlugin({ readOnly }: { readonly readOnly: boolean }) {
  const [editor] = useLexicalComposerContext()
  const { platform, template } = useEditorEnvironment()
  const [place, setPlace] = useState<Place | null>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const box = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const suggested = template?.suggestedBlocks
  const options = useMemo(() => insertEntries({ suggested: suggested ?? [], query, styles: true }).map((e) => new SlashOption(e)), [suggested, query])
  const index = Math.min(active, Math.max(0, options.length - 1))

  useCommand(
    'insert.block',
    () => {
      // The caret of the text, even when the command comes while a header field has the keyboard.
      editor.focus(() => {
        const anchorKey = editor.getEditorState().read(() => {
          const selection = $getSelection()
          return $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement()?.getKey() ?? null : null
        })
        setQuery('')
        setActive(0)
        setPlace(caretPlace(editor.getRootElement(), anchorKey ? editor.getElementByKey(anchorKey) : null))
      })
    },
    !readOnly,
  )

  useEffect(() => {
    if (!place || !box.current) return undefined
    // Positioned through CSSOM: the window's CSP forbids inline style attributes, not this.
    const height = box.current.offsetHeight
    const fitsBelow = place.top + height <= window.innerHeight - 8
    box.current.style.top = `${fitsBelow ? place.top : Math.max(8, Math.min(place.above - height, window.innerHeight - 8 - height))}px`
    box.current.style.left = `${Math.min(place.left, window.innerWidth - 340)}px`
    input.current?.focus()
    const onPointer = (e: PointerEvent): void => {
      if (!box.current?.contains(e.target as Node)) setPlace(null)
    }
    document.addEventListener('pointerdown', onPointer, true)
    return () => document.removeEventListener('pointerdown', onPointer, true)
  }, [place])

  if (!place) return null
  const close = (): void => {
    setPlace(null)
    editor.focus()
  }
  const choose = (i: number): void => {
    const option = options[i]
    if (!option) return
    setPlace(null)
    editor.focus(() => runInsertEntry(editor, option.entry))
  }
  return createPortal(
    <div ref={box} className="popover insert-palette" role="dialog" aria-label="Insert block" data-testid="insert-palette">
      <input
        ref={input}
        aria-label="Block to insert"
        placeholder="Insert a block…"
        value={query}
        role="combobox"
        aria-expanded="true"
        aria-controls="insert-palette-list"
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            const step = e.key === 'ArrowDown' ? 1 : -1
            if (options.length) setActive((index + step + options.length) % options.length)
          } else if (e.key === 'Enter') {
            e.preventDefault()
            choose(index)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            close()
          }
        }}
      />
      <div className="menu insert-palette-list" id="insert-palette-list" role="listbox" aria-label="Blocks">
        {options.length === 0 && <p className="insert-palette-empty">No block by that name.</p>}
        {options.map((option, i) => (
          <div key={option.key} role="presentation">
            <InsertGroupHeading entry={option.entry} previous={options[i - 1]?.entry} templateName={template?.name ?? null} />
            <InsertEntryRow option={option} entry={option.entry} active={i === index} platform={platform} onHover={() => setActive(i)} onChoose={() => choose(i)} />
          </div>
        ))}
      </div>
    </div>,
    document.body,
  )
}
