// What the window shows with no article open: a real choice — continue a recent article, start a new
// one, or open a file — and a friendly word when the library is still empty.
import { useEffect, useState } from 'react'
import { STATUS_LABELS } from '../../../../shared/article/meta'
import { shortcutLabel } from '../../../../shared/commands/catalog'
import type { ArticleSummary } from '../../../../shared/ipc/library'
import { host } from '../../host'
import { formatWhen } from '../library/format'
import { titleOf } from '../library/useLibraryActions'
import { formatCount } from '../statusbar/format'
import type { DocumentsApi } from './useDocuments'
import './session.css'

interface Props {
  readonly documents: DocumentsApi
  readonly publication: string
  readonly libraryDir: string
  readonly platform: string
}

export function StartView({ documents, publication, libraryDir, platform }: Props) {
  const [recent, setRecent] = useState<readonly ArticleSummary[] | null>(null)

  useEffect(() => {
    let live = true
    host.library.recent().then(
      (list) => live && setRecent(list.slice(0, 6)),
      () => live && setRecent([]),
    )
    return () => {
      live = false
    }
  }, [])

  const template = documents.defaultTemplate()
  const newKeys = shortcutLabel('file.newFromTemplate', platform)
  const openKeys = shortcutLabel('file.open', platform)
  const [last, ...others] = recent ?? []
  return (
    <div className="start" data-testid="start-view">
      <div className="start-inner">
        <h1 className="start-title">{publication || 'Galley'}</h1>
        {last && (
          <div className="start-continue">
            <p className="section-title">Continue writing</p>
            <button type="button" className="start-card" onClick={() => void documents.open(last.path)} data-testid="start-continue">
              <span className="start-card-title" dir="auto">
                {titleOf(last)}
              </span>
              <span className="field-hint">
                {[last.section, STATUS_LABELS[last.status], `${formatCount(last.words, 'en')} words`, `changed ${formatWhen(last.modified, Date.now())}`].filter(Boolean).join(' · ')}
              </span>
            </button>
          </div>
        )}
        {recent !== null && !last && (
          <p className="start-empty">
            Your library is empty. Every article you write is kept as a file in <span className="start-dir">{libraryDir}</span>, saved as you type.
          </p>
        )}
        <div className="start-actions">
          <button type="button" className="primary" onClick={() => void documents.createFromTemplate(template)} data-testid="start-new-article" title="A new article from the template you used last">
            New {template === 'editorial' ? 'editorial' : 'article'}
          </button>
          <button type="button" onClick={() => documents.chooseTemplate()} data-testid="start-from-template" title={newKeys ? `Choose a section template (${newKeys})` : undefined}>
            From a template…
          </button>
          <button type="button" onClick={documents.openFromDisk} title={openKeys ? `Open a file (${openKeys})` : undefined}>
            Open a file…
          </button>
        </div>
        {others.length > 0 && (
          <div className="start-recent">
            <p className="section-title">Recently opened</p>
            <ul>
              {others.map((s) => (
                <li key={s.path}>
                  <button type="button" className="ghost start-recent-item" onClick={() => void documents.open(s.path)} title={s.path}>
                    <span dir="auto">{titleOf(s)}</span>
                    <span className="field-hint">{formatWhen(s.modified, Date.now())}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  )
}
