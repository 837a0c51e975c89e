// The writing window: sidebar (Outline…), the article as it will read, the inspector; focus mode
// hides everything but the text. One article at a time, through a DocumentSession.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { parseArticle } from '../../../../shared/article/file'
import type { ArticleMeta } from '../../../../shared/article/meta'
import type { AppInfo } from '../../../../shared/ipc/app'
import type { Settings } from '../../../../shared/ipc/settings'
import type { DocumentSession } from '../../document/DocumentSession'
import { MemorySession } from '../../document/MemorySession'
import { ArticleBody, ArticleEditorProvider } from '../../editor/ArticleEditor'
import { createEditorStores, EditorEnvironmentContext, useEditorEnvironment, type EditorEnvironment } from '../../editor/EditorEnvironment'
import { ContextBarPlugin } from '../../editor/plugins/ContextBarPlugin'
import { FindReplacePlugin } from '../../editor/plugins/FindReplacePlugin'
import { ToolbarPlugin } from '../../editor/plugins/ToolbarPlugin'
import { noteKeyRun, registerCommand } from '../../commands/registry'
import { actionForEvent, commandFor, tooltip, type ActionId, type Platform } from '../../shortcuts'
import { ArticleHeader } from '../article/ArticleHeader'
import { WindowErrorGuard } from '../errors/CalmError'
import { Inspector } from '../inspector/Inspector'
import { OutlinePanel } from '../sidebar/OutlinePanel'
import { Sidebar, type SidebarTab } from '../sidebar/Sidebar'
import { SpellingProvider } from '../spelling/SpellingContext'
import { CountsLine, StatusBar } from '../statusbar/StatusBar'
import { Resizer } from './Resizer'
import { usePaneLayout } from './usePaneLayout'

const WINDOW_ACTIONS = ['find', 'replace', 'findNext', 'findPrevious', 'toggleSidebar', 'toggleInspector', 'focusMode', 'openFile', 'preferences'] as const satisfies readonly ActionId[]

function useMeta(session: DocumentSession): ArticleMeta {
  const subscribe = useCallback((listener: () => void) => session.subscribe((change) => change === 'meta' && listener()), [session])
  return useSyncExternalStore(subscribe, () => session.getMeta())
}

interface Props {
  readonly info: AppInfo
  readonly settings: Settings
  readonly onPreferences: () => void
}

export function Workspace({ info, settings, onPreferences }: Props) {
  const [session, setSession] = useState<DocumentSession>(() =>
    MemorySession.blank({ language: settings.defaultLanguage, publication: settings.publicationName, editorInChief: settings.editorInChief }),
  )
  const meta = useMeta(session)
  const [message, setMessage] = useState<string | null>(null)
  const messageTimer = useRef(0)
  const notify = useCallback((text: string) => {
    setMessage(text)
    window.clearTimeout(messageTimer.current)
    messageTimer.current = window.setTimeout(() => setMessage(null), 6000)
  }, [])
  const [generation, setGeneration] = useState(0)
  // Fresh counts and outline for each article opened.
  const stores = useMemo(() => createEditorStores(), [generation]) // eslint-disable-line react-hooks/exhaustive-deps
  const env = useMemo<EditorEnvironment>(
    () => ({ platform: info.platform as Platform, session, language: meta.language, direction: meta.direction, stores, notify }),
    [info.platform, session, meta.language, meta.direction, stores, notify],
  )
  const fileInput = useRef<HTMLInputElement>(null)

  const openFile = async (file: File): Promise<void> => {
    try {
      const text = await file.text()
      // Marks for profiling the open path in devtools; they cost nothing.
      performance.mark('galley:open:read')
      const parsed = parseArticle(text)
      performance.mark('galley:open:parsed')
      setSession(new MemorySession(parsed.article, parsed.readOnly))
      setGeneration((g) => g + 1)
      notify(parsed.readOnly ?? `Opened ${file.name}.`)
    } catch (error) {
      notify(error instanceof Error ? error.message : 'This file could not be opened.')
    }
  }

  return (
    <EditorEnvironmentContext.Provider value={env}>
      <ArticleEditorProvider key={generation}>
        <WindowErrorGuard>
          <SpellingProvider enabled={settings.spellCheck}>
            <WorkspaceLayout info={info} settings={settings} meta={meta} message={message} onPreferences={onPreferences} onOpen={() => fileInput.current?.click()} />
          </SpellingProvider>
        </WindowErrorGuard>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".galley,application/x-galley+json,application/json"
          data-testid="open-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void openFile(file)
          }}
        />
      </ArticleEditorProvider>
    </EditorEnvironmentContext.Provider>
  )
}

interface LayoutProps {
  readonly info: AppInfo
  readonly settings: Settings
  readonly meta: ArticleMeta
  readonly message: string | null
  readonly onPreferences: () => void
  readonly onOpen: () => void
}

function WorkspaceLayout({ info, settings, meta, message, onPreferences, onOpen }: LayoutProps) {
  const [editor] = useLexicalComposerContext()
  const { session, platform } = useEditorEnvironment()
  const { layout, update, resize } = usePaneLayout()
  const [find, setFind] = useState<{ open: boolean; replace: boolean; token: number }>({ open: false, replace: false, token: 0 })
  const readOnly = session.readOnly !== null
  const changeMeta = useCallback((patch: Partial<ArticleMeta>) => session.updateMeta(patch), [session])

  const openFind = useCallback((replace: boolean) => setFind((f) => ({ open: true, replace: replace || (f.open && f.replace), token: f.token + 1 })), [])

  const runWindowAction = useCallback(
    (id: (typeof WINDOW_ACTIONS)[number]): void => {
      switch (id) {
        case 'find':
          openFind(false)
          break
        case 'replace':
          openFind(true)
          break
        case 'findNext':
        case 'findPrevious':
          openFind(false)
          break
        case 'toggleSidebar':
          update({ sidebarOpen: !layout.sidebarOpen, focus: false })
          break
        case 'toggleInspector':
          update({ inspectorOpen: !layout.inspectorOpen, focus: false })
          break
        case 'focusMode':
          update({ focus: !layout.focus })
          break
        case 'openFile':
          onOpen()
          break
        case 'preferences':
          onPreferences()
          break
      }
    },
    [layout, update, openFind, onOpen, onPreferences],
  )

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && layout.focus) {
        update({ focus: false })
        return
      }
      const id = actionForEvent(e, WINDOW_ACTIONS, platform)
      if (!id) return
      e.preventDefault()
      noteKeyRun(commandFor(id, platform))
      runWindowAction(id)
    }
    window.addEventListener('keydown', onKey, true)
    // The same actions from the application menu.
    const offCommands = WINDOW_ACTIONS.map((id) => registerCommand(commandFor(id, platform), () => runWindowAction(id)))
    return () => {
      window.removeEventListener('keydown', onKey, true)
      for (const off of offCommands) off()
    }
  }, [layout, update, platform, runWindowAction])

  const tabs = useMemo<SidebarTab[]>(() => [{ id: 'outline', label: 'Outline', render: () => <OutlinePanel /> }], [])
  const showSidebar = layout.sidebarOpen && !layout.focus
  const showInspector = layout.inspectorOpen && !layout.focus
  const columns = [showSidebar ? `${layout.sidebarWidth}px 5px` : '', 'minmax(360px, 1fr)', showInspector ? `5px ${layout.inspectorWidth}px` : ''].filter(Boolean).join(' ')
  const button = (id: ActionId, label: string, onClick: () => void, pressed?: boolean) => (
    <button type="button" className="ghost" title={tooltip(id, platform)} aria-pressed={pressed} onClick={onClick}>
      {label}
    </button>
  )

  return (
    <div className={`app-shell${layout.focus ? ' is-focus' : ''}`} data-testid="app-shell">
      {!layout.focus && (
        <header className="topbar">
          {button('toggleSidebar', 'Sidebar', () => update({ sidebarOpen: !layout.sidebarOpen }), layout.sidebarOpen)}
          <span className="brand">Galley</span>
          <span className="publication" data-testid="publication-name">
            {settings.publicationName || 'No publication set'}
          </span>
          <span className="doc-title" dir="auto" data-testid="document-title">
            {meta.headline || 'Untitled article'}
            {readOnly && <span className="badge">Read-only</span>}
          </span>
          {button('openFile', 'Open…', onOpen)}
          {button('focusMode', 'Focus', () => update({ focus: true }))}
          {button('toggleInspector', 'Inspector', () => update({ inspectorOpen: !layout.inspectorOpen }), layout.inspectorOpen)}
          <button type="button" className="ghost" onClick={onPreferences} title={tooltip('preferences', platform)}>
            Preferences
          </button>
        </header>
      )}
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        {showSidebar && (
          <>
            <Sidebar tabs={tabs} />
            <Resizer label="Sidebar width" width={layout.sidebarWidth} sign={1} onResize={(w) => resize('sidebar', w)} onCollapse={() => update({ sidebarOpen: false })} />
          </>
        )}
        <main className="editor-column" aria-label="Article">
          {!layout.focus && <ToolbarPlugin onFind={() => openFind(false)} />}
          {!layout.focus && !readOnly && <ContextBarPlugin />}
          <FindReplacePlugin open={find.open} replace={find.replace} focusToken={find.token} onClose={() => {
            setFind((f) => ({ ...f, open: false }))
            editor.focus()
          }} />
          {readOnly && (
            <p className="notice" role="status">
              {session.readOnly}
            </p>
          )}
          <div className="editor-scroll" data-testid="editor-scroll">
            <article className="page" lang={meta.language}>
              <ArticleHeader meta={meta} readOnly={readOnly} onChange={changeMeta} onDone={() => editor.focus()} />
              <ArticleBody />
            </article>
          </div>
          {layout.focus && (
            <div className="focus-counts">
              <CountsLine />
              <button type="button" className="ghost" onClick={() => update({ focus: false })} title={`Leave focus mode (Escape, ${tooltip('focusMode', platform).replace(/^.*\(/, '').replace(')', '')})`}>
                Leave focus
              </button>
            </div>
          )}
        </main>
        {showInspector && (
          <>
            <Resizer label="Inspector width" width={layout.inspectorWidth} sign={-1} onResize={(w) => resize('inspector', w)} onCollapse={() => update({ inspectorOpen: false })} />
            <Inspector meta={meta} readOnly={readOnly} onChange={changeMeta} />
          </>
        )}
      </div>
      {!layout.focus && <StatusBar message={message} version={info.version} platform={info.platform} libraryDir={info.libraryDir} />}
      {info.notices.map((n) => (
        <p key={n.code} className="notice floating" role="status">
          {n.message}
        </p>
      ))}
    </div>
  )
}
