// Articles moved to the trash, with Restore where Galley keeps the trash itself (elsewhere the
// system trash has them, and the file manager restores them).
import { useState } from 'react'
import type { TrashedArticle } from '../../../../shared/ipc/library'
import { host, isHostFailure } from '../../host'
import { formatExact, formatWhen } from './format'

interface Props {
  readonly trash: readonly TrashedArticle[] | null
  readonly restorable: boolean
  readonly notify: (message: string) => void
  readonly onRestored: (path: string) => void
}

export function TrashList({ trash, restorable, notify, onRestored }: Props) {
  const [busy, setBusy] = useState<string | null>(null)
  if (!restorable) {
    return (
      <div className="lib-empty" data-testid="library-trash">
        <p>Articles you delete go to the system trash.</p>
        <p className="field-hint">Open the trash in your file manager to put one back; Galley lists it again as soon as it is in the library folder.</p>
      </div>
    )
  }
  if (trash === null) return <p className="lib-empty">Loading…</p>
  if (trash.length === 0) {
    return (
      <div className="lib-empty" data-testid="library-trash">
        <p>The trash is empty.</p>
      </div>
    )
  }
  const restore = async (entry: TrashedArticle): Promise<void> => {
    setBusy(entry.id)
    try {
      const summary = await host.library.restoreTrashed(entry.id)
      notify(`“${summary.headline || entry.name}” is back in the library.`)
      onRestored(summary.path)
    } catch (error) {
      notify(isHostFailure(error) ? error.message : 'The article could not be put back.')
    } finally {
      setBusy(null)
    }
  }
  return (
    <ul className="lib-list lib-trash" aria-label="Trash" data-testid="library-trash">
      {[...trash]
        .sort((a, b) => b.trashedAt - a.trashedAt)
        .map((entry) => (
          <li key={entry.id} className="lib-item">
            <span className="lib-title" dir="auto">
              {entry.name.replace(/\.galley$/i, '')}
            </span>
            <span className="lib-meta lib-meta--small" title={formatExact(entry.trashedAt)}>
              {entry.relPath.includes('/') ? `${entry.relPath.slice(0, entry.relPath.lastIndexOf('/'))} · ` : ''}deleted {formatWhen(entry.trashedAt, Date.now())}
            </span>
            <button type="button" className="ghost" disabled={busy !== null} onClick={() => void restore(entry)} aria-label={`Restore ${entry.name.replace(/\.galley$/i, '')}`}>
              Restore
            </button>
          </li>
        ))}
    </ul>
  )
}
