// After a crash: the words that never reached their files, offered calmly, one article at a time.
import { useEffect, useRef, useState } from 'react'
import type { PendingRecovery } from '../../../../shared/ipc/history'
import { formatCount } from '../statusbar/format'
import { formatWhen } from '../library/format'

interface Props {
  readonly recoveries: readonly PendingRecovery[]
  readonly onRecover: (recovery: PendingRecovery) => Promise<void>
  readonly onDiscard: (recovery: PendingRecovery) => Promise<void>
  readonly onLater: () => void
}

function fileNote(r: PendingRecovery): string {
  if (r.fileModified === null) return 'The file is gone; the text is saved as a new article.'
  if (r.fileModified > r.written) return 'The file has changed since; the text is saved beside it, so nothing is overwritten.'
  return 'The text goes back into its file.'
}

export function RecoveryDialog({ recoveries, onRecover, onDiscard, onLater }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const firstRecover = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    // showModal focuses the first button (Discard…); Enter should recover instead, losing nothing.
    firstRecover.current?.focus()
  }, [])

  const run = async (id: string, task: () => Promise<void>): Promise<void> => {
    setBusy(id)
    try {
      await task()
    } finally {
      setBusy(null)
    }
  }

  return (
    <dialog ref={dialog} className="dialog recovery-dialog" aria-labelledby="recovery-title" onCancel={onLater} data-testid="recovery-dialog">
      <h2 id="recovery-title">Galley kept some unsaved writing</h2>
      <p>Galley closed unexpectedly last time. These words had not reached their files yet; nothing is lost.</p>
      <ul className="recovery-list">
        {recoveries.map((r) => (
          <li key={r.id} className="recovery-item">
            <div className="recovery-text">
              <strong dir="auto">{r.headline || 'Untitled article'}</strong>
              <span className="field-hint">
                {formatCount(r.words, 'en')} words · written {formatWhen(r.written, Date.now())}. {fileNote(r)}
              </span>
            </div>
            <div className="recovery-actions">
              {confirming === r.id ? (
                <>
                  <span className="field-hint">Throw these words away?</span>
                  <button type="button" className="ghost" onClick={() => setConfirming(null)}>
                    Keep them
                  </button>
                  <button type="button" className="danger" disabled={busy !== null} onClick={() => void run(r.id, () => onDiscard(r))}>
                    Discard
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="ghost" disabled={busy !== null} onClick={() => setConfirming(r.id)}>
                    Discard…
                  </button>
                  <button type="button" className="primary" ref={r === recoveries[0] ? firstRecover : undefined} disabled={busy !== null} onClick={() => void run(r.id, () => onRecover(r))}>
                    Recover
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="ghost" onClick={onLater}>
          Decide later
        </button>
      </div>
    </dialog>
  )
}
