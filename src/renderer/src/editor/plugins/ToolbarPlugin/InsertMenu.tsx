// The toolbar's Insert menu (also Insert › Block…): section blocks from the template data, the
// article's template's suggestions first, then images and breaks. Type to filter; arrows and Enter.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Platform } from '../../../shortcuts'
import { InsertEntryContent, InsertGroupHeading } from '../../InsertEntryView'
import { insertEntries, type InsertEntry } from '../../insertMenu'
import '../../insertMenu.css'

interface Props {
  readonly suggested: readonly string[]
  readonly templateName: string | null
  readonly platform: Platform
  readonly onChoose: (entry: InsertEntry) => void
  readonly onClose: () => void
}

export function InsertMenu({ suggested, templateName, platform, onChoose, onClose }: Props) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const list = useRef<HTMLDivElement>(null)
  const entries = useMemo(() => insertEntries({ suggested, query }), [suggested, query])
  const current = Math.min(active, entries.length - 1)

  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const onKeyDown = (e: KeyboardEvent): void => {
    const move = (to: number): void => {
      e.preventDefault()
      setActive((to + entries.length) % Math.max(entries.length, 1))
    }
    switch (e.key) {
      case 'ArrowDown':
        return move(current + 1)
      case 'ArrowUp':
        return move(current - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(entries.length - 1)
      case 'Enter': {
        e.preventDefault()
        const entry = entries[current]
        if (entry) onChoose(entry)
        return
      }
      case 'Escape':
        e.preventDefault()
        e.stopPropagation()
        onClose()
        return
    }
  }

  return (
    <div className="menu insert-menu" role="dialog" aria-label="Insert" data-testid="insert-menu" onKeyDown={onKeyDown}>
      <input
        className="insert-filter"
        type="search"
        autoFocus
        placeholder="Filter blocks…"
        aria-label="Filter blocks"
        aria-controls="insert-menu-list"
        aria-activedescendant={entries[current] ? `insert-${entries[current].key}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
      />
      <div id="insert-menu-list" role="menu" aria-label="Blocks" ref={list}>
        {entries.length === 0 && <p className="menu-empty">No block matches “{query}”.</p>}
        {entries.map((entry, i) => {
          return (
            <div key={entry.key} role="none">
              <InsertGroupHeading entry={entry} previous={entries[i - 1]} templateName={templateName} />
              <button
                id={`insert-${entry.key}`}
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-index={i}
                className={`menu-item${i === current ? ' is-active' : ''}`}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onChoose(entry)}
              >
                <InsertEntryContent entry={entry} platform={platform} />
              </button>
            </div>
          )
        })}
      </div>
    </div>
  )
}
