// The History tab: the article's versions, newest first — kept automatically while writing (at most
// one per five minutes), by “Save version” (with an optional label), and before every restore,
// conflict and recovery. Choosing one shows it beside the text, read-only, to compare and restore.
import { useEffect, useState } from 'react'
import { shortcutLabel } from '../../../../shared/commands/catalog'
import type { SnapshotInfo, SnapshotReason } from '../../../../shared/ipc/history'
import type { HostSession } from '../../document/HostSession'
import { host, isHostFailure } from '../../host'
import { useStore } from '../../lib/store'
import { formatExact, formatWhen } from '../library/format'
import { formatCount } from '../statusbar/format'
import type { Versions } from './useVersions'
import './history.css'

export const REASON_LABELS: Record<SnapshotReason, string> = {
  auto: 'Kept while writing',
  manual: 'Saved version',
  'before-restore': 'Before a restore',
  'before-conflict': 'Before a conflict was resolved',
  'before-recovery': 'Before recovered text came back',
}

interface Props {
  readonly session: HostSession
  readonly versions: Versions
  /** The version shown beside the text, if any. */
  readonly viewing: string | null
  readonly onView: (snapshot: SnapshotInfo) => void
  readonly platform: string
}

export function HistoryPanel({ session, versions, viewing, onView, platform }: Props) {
  const [list, setList] = useState<readonly SnapshotInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [label, setLabel] = useState<string | null>(null)
  const changed = useStore(versions.changed)
  const [saves, setSaves] = useState(0)

  // A save may have kept an automatic version: list again once the file is saved.
  useEffect(
    () =>
      session.subscribeStatus(() => {
        if (session.getStatus().save.kind === 'saved') setSaves((n) => n + 1)
      }),
    [session],
  )

  useEffect(() => {
    let live = true
    host.history.list(session.path).then(
      (found) => {
        if (!live) return
        setList(found)
        setError(null)
      },
      (e: unknown) => live && setError(isHostFailure(e) ? e.message : 'The history could not be read.'),
    )
    return () => {
      live = false
    }
  }, [session, session.path, changed, saves])

  const keys = shortcutLabel('file.saveVersion', platform)
  return (
    <section className="history" aria-label="History" data-testid="history">
      {!session.readOnly &&
        (label === null ? (
          <button type="button" className="history-save" title={`Keep this state of the article${keys ? ` (${keys})` : ''}`} onClick={() => setLabel('')}>
            Save version…
          </button>
        ) : (
          <form
            className="history-label-form"
            onSubmit={(e) => {
              e.preventDefault()
              void versions.save(label).then((ok) => ok && setLabel(null))
            }}
          >
            <input
              autoFocus
              aria-label="Version label (optional)"
              placeholder="Label, e.g. Sent to the desk"
              value={label}
              maxLength={120}
              onChange={(e) => setLabel(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setLabel(null)}
            />
            <div className="history-label-actions">
              <button type="button" className="ghost" onClick={() => setLabel(null)}>
                Cancel
              </button>
              <button type="submit" className="primary">
                Save version
              </button>
            </div>
          </form>
        ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {list !== null && list.length === 0 && (
        <p className="empty-hint">No versions yet. Galley keeps one every few minutes while you write, and whenever you choose Save version{keys ? ` (${keys})` : ''}.</p>
      )}
      <ol className="history-list" aria-label="Versions">
        {(list ?? []).map((v) => (
          <li key={v.id}>
            <button type="button" className={`history-item${v.label ? ' is-labelled' : ''}`} aria-current={viewing === v.id ? 'true' : undefined} onClick={() => onView(v)} title={formatExact(v.at)}>
              <span className="history-when">{formatWhen(v.at, Date.now())}</span>
              <span className="history-label" dir="auto">
                {v.label ?? REASON_LABELS[v.reason]}
              </span>
              <span className="history-meta" dir="auto">
                {v.headline || 'Untitled'} · {formatCount(v.words, 'en')} words
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
