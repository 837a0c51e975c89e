// The left sidebar: tabs. Outline is the first; the library joins as another tab.
import { useState, type ReactNode } from 'react'

export interface SidebarTab {
  readonly id: string
  readonly label: string
  readonly render: () => ReactNode
}

export function Sidebar({ tabs }: { readonly tabs: readonly SidebarTab[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '')
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
