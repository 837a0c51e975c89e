// Someone else changed the file while this window had edits: nothing was overwritten. The journalist
// compares the two versions and keeps either; the other one goes to the history.
import { useEffect, useRef, useState } from 'react'
import { diffArticles, type ArticleDiff } from '../../../../shared/article/diff'
import { LANGUAGES } from '../../../../shared/article/languages'
import type { HostSession } from '../../document/HostSession'
import { host, isHostFailure } from '../../host'
import { DiffView } from '../history/DiffView'

interface Props {
  readonly session: HostSession
  readonly message: string
  readonly onKeep: (keep: 'mine' | 'theirs') => Promise<void>
  readonly onLater: () => void
}

export function ConflictDialog({ session, message, onKeep, onLater }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [diff, setDiff] = useState<ArticleDiff | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])

  const compare = async (): Promise<void> => {
    setError(null)
    try {
      const theirs = await host.library.peek(session.path)
      setDiff(diffArticles(theirs.article, session.current()))
    } catch (e) {
      setError(isHostFailure(e) ? e.message : 'The other version could not be read.')
    }
  }

  const keep = async (which: 'mine' | 'theirs'): Promise<void> => {
    setBusy(true)
    await onKeep(which)
    setBusy(false)
  }

  return (
    <dialog ref={dialog} className="dialog conflict-dialog" aria-labelledby="conflict-title" onCancel={onLater} data-testid="conflict-dialog">
      <h2 id="conflict-title">This article was changed somewhere else</h2>
      <p>{message}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {diff ? (
        <div className="conflict-compare">
          <DiffView diff={diff} before="the other version" after="yours" lang={LANGUAGES[session.getMeta().language].tag} />
        </div>
      ) : (
        <p className="field-hint">Your words are safe either way: the version you do not keep is saved in the article’s history.</p>
      )}
      <div className="actions">
        {!diff && (
          <button type="button" onClick={() => void compare()}>
            Compare versions
          </button>
        )}
        <button type="button" className="ghost" onClick={onLater} disabled={busy}>
          Decide later
        </button>
        <button type="button" onClick={() => void keep('theirs')} disabled={busy}>
          Keep the other version
        </button>
        <button type="button" className="primary" onClick={() => void keep('mine')} disabled={busy}>
          Keep my version
        </button>
      </div>
    </dialog>
  )
}
