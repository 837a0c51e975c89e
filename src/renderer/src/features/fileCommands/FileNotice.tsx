// The note File › Export, Print and Import leave: where the file went, what was not ready for
// print, why something failed. Stays until dismissed when there is something to read.
import { useEffect } from 'react'
import type { Notice } from './messages'
import './fileCommands.css'

const AUTO_DISMISS_MS = 8000

export function FileNotice({ notice, busy, onDismiss }: { notice: Notice | null; busy: string | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!notice || notice.tone !== 'ok') return undefined
    const timer = window.setTimeout(onDismiss, AUTO_DISMISS_MS)
    return () => window.clearTimeout(timer)
  }, [notice, onDismiss])

  if (!notice) return busy ? <p className="file-notice file-notice--busy" role="status">{busy}</p> : null
  return (
    <div className={`file-notice file-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="file-notice" data-tone={notice.tone}>
      <div className="file-notice-head">
        <p className="file-notice-title" dir="auto">
          {notice.title}
        </p>
        <button type="button" className="ghost" onClick={onDismiss} aria-label="Dismiss">
          ✕
        </button>
      </div>
      {notice.detail && <p className="file-notice-detail">{notice.detail}</p>}
      {notice.items.length > 0 && (
        <ul className="file-notice-items">
          {notice.items.map((item, i) => (
            <li key={i} dir="auto">
              {item}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
