// Above the text when the file went away under the window (deleted or moved by another program):
// the words are still here; the journalist saves them again or closes the article.
import type { HostSession } from '../../document/HostSession'

interface Props {
  readonly session: HostSession
  readonly onSaveAgain: () => void
  readonly onClose: () => void
}

export function DiskNoticeBar({ session, onSaveAgain, onClose }: Props) {
  const name = session.path.split(/[\\/]/).pop()?.replace(/\.galley$/i, '') ?? 'This article'
  return (
    <div className="notice disk-notice" role="alert" data-testid="disk-notice">
      <p>
        The file “{name}” was deleted or moved by another program. Your text is still here in the window.
      </p>
      <div className="notice-actions">
        <button type="button" className="primary" onClick={onSaveAgain}>
          Save it again
        </button>
        <button type="button" className="ghost" onClick={onClose}>
          Close the article
        </button>
      </div>
    </div>
  )
}
