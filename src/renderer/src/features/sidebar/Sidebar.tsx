// The left sidebar: tabs (Outline, Library, History). The active tab may be held by the window, so
// it stays put when another article opens.
import { useState, type ReactNode } from 'react'

export interface SidebarTab {
  readonly id: string
  readonly label: string
  readonly render: () => ReactNode
}

interface Props {
  readonly tabs: readonly SidebarTab[]
  readonly active?: string
  readonly onSelect?: (id: string) => void
}

export function Sidebar({ tabs, active: held, onSelect }: Props) {
  const [own, setOwn] = useState(tabs[0]?.id ?? '')
  const active = held ?? own
  const setActive = onSelect ?? setOwn
  const tab = tabs.find((t) => t.id === active) ?? tabs[0]
  return (
    <nav className="sidebar" aria-label="Sidebar" data-testid="sidebar">
      <div className="tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={t.id === tab?.id} aria-controls={`tabpanel-${t.id}`} className="tab" onClick={() => setActive(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {tab && (
        <div className="tabpanel" role="tabpanel" id={`tabpanel-${tab.id}`} aria-labelledby={`tab-${tab.id}`}>
          {tab.render()}
        </div>
      )}
    </nav>
  )
}
