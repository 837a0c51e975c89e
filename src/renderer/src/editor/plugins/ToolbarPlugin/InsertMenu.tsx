// The toolbar's Insert menu (also Insert › Block…): section blocks from the template data, the
// article's template's suggestions first, then images and breaks. Type to filter; arrows and Enter.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { shortcutLabel, type Platform } from '../../../shortcuts'
import { INSERT_GROUP_LABELS, insertEntries, type InsertEntry } from '../../insertMenu'
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

  const groupLabel = (entry: InsertEntry): string =>
    entry.group === 'suggested' && templateName ? `Suggested for ${templateName}` : INSERT_GROUP_LABELS[entry.group]

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
          const keys = entry.shortcut ? shortcutLabel(entry.shortcut, platform) : ''
          return (
            <div key={entry.key} role="none">
              {entry.group !== entries[i - 1]?.group && (
                <div className="menu-group" role="presentation">
                  {groupLabel(entry)}
                </div>
              )}
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
                <span className="menu-label">{entry.label}</span>
                <span className="menu-hint">{entry.hint}</span>
                {keys && <kbd>{keys}</kbd>}
              </button>
            </div>
          )
        })}
      </div>
    </div>
  )
}
