// One version of the article, read-only, over the editor: as it read then, or compared word by word
// with the text now; restore it from here (the text it replaces goes to the history first).
import { useEffect, useMemo, useState } from 'react'
import { diffArticles } from '../../../../shared/article/diff'
import { LANGUAGES } from '../../../../shared/article/languages'
import type { Snapshot, SnapshotInfo } from '../../../../shared/ipc/history'
import { bodyHtml } from '../../../../shared/render/html'
import type { HostSession } from '../../document/HostSession'
import { host, isHostFailure } from '../../host'
import { formatExact, formatWhen } from '../library/format'
import { DiffView } from './DiffView'
import { REASON_LABELS } from './HistoryPanel'
import type { Versions } from './useVersions'

interface Props {
  readonly session: HostSession
  readonly info: SnapshotInfo
  readonly versions: Versions
  readonly onClose: () => void
}

export function VersionViewer({ session, info, versions, onClose }: Props) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [mode, setMode] = useState<'read' | 'compare'>('read')
  const [label, setLabel] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    setSnapshot(null)
    host.history.get(session.path, info.id).then(
      (s) => live && setSnapshot(s),
      (e: unknown) => live && setError(isHostFailure(e) ? e.message : 'This version could not be read.'),
    )
    return () => {
      live = false
    }
  }, [session, info.id])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && label === null) onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose, label])

  const article = snapshot?.article
  const html = useMemo(() => (article ? bodyHtml(article.body, { assets: article.assets }) : ''), [article])
  // The text now is read once, when the comparison is asked for: not on every keystroke behind it.
  const diff = useMemo(() => (article && mode === 'compare' ? diffArticles(article, session.current()) : null), [article, mode, session])
  const when = formatWhen(info.at, Date.now())
  const lang = article ? LANGUAGES[article.meta.language].tag : undefined

  const saveLabel = async (text: string): Promise<void> => {
    try {
      await host.history.label(session.path, info.id, text.trim() ? text.trim() : null)
      versions.changed.set(versions.changed.get() + 1)
      setLabel(null)
    } catch (e) {
      setError(isHostFailure(e) ? e.message : 'The label could not be saved.')
    }
  }

  return (
    <section className="version-viewer" aria-label={`Version from ${when}`} data-testid="version-viewer">
      <header className="version-bar">
        <div className="version-title">
          <strong title={formatExact(info.at)}>Version from {when}</strong>
          <span className="field-hint">{info.label ? `“${info.label}”` : REASON_LABELS[info.reason]} · read-only</span>
        </div>
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={mode === 'read'} onClick={() => setMode('read')}>
            This version
          </button>
          <button type="button" aria-pressed={mode === 'compare'} onClick={() => setMode('compare')}>
            Compare with now
          </button>
        </div>
        {label === null ? (
          <button type="button" className="ghost" onClick={() => setLabel(info.label ?? '')}>
            {info.label ? 'Rename label' : 'Add label'}
          </button>
        ) : (
          <form
            className="version-label"
            onSubmit={(e) => {
              e.preventDefault()
              void saveLabel(label)
            }}
          >
            <input autoFocus aria-label="Label" value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setLabel(null)} />
            <button type="submit">Save</button>
          </form>
        )}
        {!session.readOnly && (
          <button
            type="button"
            className="primary"
            disabled={!snapshot || busy}
            onClick={() => {
              setBusy(true)
              void versions.restore(info.id, when).then((ok) => (ok ? onClose() : setBusy(false)))
            }}
          >
            Restore this version
          </button>
        )}
        <button type="button" className="ghost" onClick={onClose} title="Back to the text (Escape)">
          Close
        </button>
      </header>
      <div className="version-scroll">
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {!snapshot && !error && <p className="empty-hint">Loading…</p>}
        {article && mode === 'read' && (
          <article className="page version-page" lang={lang} dir={article.meta.direction}>
            {article.meta.kicker && <p className="version-kicker">{article.meta.kicker}</p>}
            <h1 className="version-headline" dir="auto">
              {article.meta.headline || 'Untitled'}
            </h1>
            {article.meta.deck && (
              <p className="version-deck" dir="auto">
                {article.meta.deck}
              </p>
            )}
            {article.meta.byline && (
              <p className="version-byline" dir="auto">
                {article.meta.byline}
              </p>
            )}
            {/* The shared renderer escapes all text and allows only safe links and embedded images. */}
            <div className="version-body" dangerouslySetInnerHTML={{ __html: html }} />
          </article>
        )}
        {diff && lang && (
          <div className="page version-page">
            <DiffView diff={diff} before="this version" after="the text now" lang={lang} />
          </div>
        )}
      </div>
    </section>
  )
}
