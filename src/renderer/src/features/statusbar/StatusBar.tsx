// Counts are always in view: the article's, and the selection's while there is one.
import type { ReactNode } from 'react'
import { LANGUAGES } from '../../../../shared/article/languages'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { useStore } from '../../lib/store'
import { formatCount, formatMinutes } from './format'

export function CountsLine() {
  const { stores, language } = useEditorEnvironment()
  const stats = useStore(stores.stats)
  const selection = useStore(stores.selectionStats)
  const f = (n: number, one: string, many: string) => `${formatCount(n, language)} ${n === 1 ? one : many}`
  return (
    <span className="counts-line" data-testid="counts" aria-live="off">
      <span data-testid="count-words">{f(stats.words, 'word', 'words')}</span>
      <span title="Characters with spaces (without spaces)">
        {f(stats.characters, 'character', 'characters')} ({formatCount(stats.charactersNoSpaces, language)} without spaces)
      </span>
      <span>{f(stats.paragraphs, 'paragraph', 'paragraphs')}</span>
      <span>{formatMinutes(stats.readingMinutes)} read</span>
      {selection && (
        <span className="selection-counts" data-testid="selection-counts">
          Selection: {f(selection.words, 'word', 'words')}, {f(selection.characters, 'character', 'characters')} ({formatCount(selection.charactersNoSpaces, language)} without spaces),{' '}
          {f(selection.paragraphs, 'paragraph', 'paragraphs')}
        </span>
      )}
    </span>
  )
}

interface StatusBarProps {
  readonly message: string | null
  readonly version: string
  readonly platform: string
  readonly libraryDir: string
  /** The article's counts and save state (nothing while the window shows only the library). */
  readonly start?: ReactNode
  readonly children?: ReactNode
}

export function StatusBar({ message, version, platform, libraryDir, start, children }: StatusBarProps) {
  return (
    <footer className="statusbar" data-testid="statusbar">
      {start}
      <span className="status-message" role="status" data-testid="status-message">
        {message}
      </span>
      <span className="status-meta">
        {children}
        <span className="library-dir" data-testid="library-dir" title="Library folder">
          {libraryDir}
        </span>
        <span data-testid="app-version">
          Galley {version} · {platform}
        </span>
      </span>
    </footer>
  )
}

/** The article's language and direction, for the status bar. */
export function ArticleLanguage() {
  const { language, direction } = useEditorEnvironment()
  return (
    <span>
      {LANGUAGES[language].name} · {direction === 'rtl' ? 'Right to left' : 'Left to right'}
    </span>
  )
}
