// One section of the inspector: a heading that folds it away (remembered on this machine) and its
// content. Every feature adds its own section (fields, checklist, print settings, history…).
import { useId, useState, type ReactNode } from 'react'

const KEY = 'galley.inspector.folded'

function loadFolded(): Set<string> {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]')
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

function saveFolded(id: string, folded: boolean): void {
  const all = loadFolded()
  if (folded) all.add(id)
  else all.delete(id)
  try {
    window.localStorage.setItem(KEY, JSON.stringify([...all]))
  } catch {
    // Storage unavailable: the section simply opens again next time.
  }
}

interface Props {
  /** Stable id, for remembering whether it is folded. */
  readonly id: string
  readonly title: string
  /** A short summary shown beside the title (`Ready`, `3 to fix`…). */
  readonly summary?: ReactNode
  /** Buttons at the end of the heading row. */
  readonly actions?: ReactNode
  readonly children: ReactNode
}

export function InspectorSection({ id, title, summary, actions, children }: Props) {
  const [folded, setFolded] = useState(() => loadFolded().has(id))
  const bodyId = useId()
  const toggle = (): void => {
    setFolded(!folded)
    saveFolded(id, !folded)
  }
  return (
    <section className={`inspector-section${folded ? ' is-folded' : ''}`} data-section={id} aria-label={title}>
      <div className="section-head">
        <button type="button" className="section-toggle" aria-expanded={!folded} aria-controls={bodyId} onClick={toggle}>
          <span className="section-chevron" aria-hidden="true" />
          <h2 className="section-title">{title}</h2>
          {summary !== undefined && <span className="section-summary">{summary}</span>}
        </button>
        {actions}
      </div>
      <div id={bodyId} className="section-body" hidden={folded}>
        {children}
      </div>
    </section>
  )
}
