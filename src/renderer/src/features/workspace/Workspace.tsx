// The writing window: sidebar (Outline, Library, History), the article as it will read, the
// inspector; focus mode hides everything but the text. One article at a time, a file on disk through
// a HostSession (features/session); with none open, the window shows the library and a start page.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { ArticleMeta } from '../../../../shared/article/meta'
import type { AppInfo } from '../../../../shared/ipc/app'
import type { SnapshotInfo } from '../../../../shared/ipc/history'
import type { Settings } from '../../../../shared/ipc/settings'
import type { HostSession } from '../../document/HostSession'
import { ArticleBody, ArticleEditorProvider } from '../../editor/ArticleEditor'
import { createEditorStores, EditorEnvironmentContext, type EditorEnvironment } from '../../editor/EditorEnvironment'
import { ContextBarPlugin } from '../../editor/plugins/ContextBarPlugin'
import { loadArticle } from '../../editor/plugins/LoadPlugin'
import { FindReplacePlugin } from '../../editor/plugins/FindReplacePlugin'
import { ToolbarPlugin } from '../../editor/plugins/ToolbarPlugin'
import { noteKeyRun, registerCommand, useCommand } from '../../commands/registry'
import { actionForEvent, commandFor, tooltip, type ActionId, type Platform } from '../../shortcuts'
import { shortcutLabel } from '../../../../shared/commands/catalog'
import { ArticleHeader } from '../article/ArticleHeader'
import { WindowErrorGuard } from '../errors/CalmError'
import { FileNotice } from '../fileCommands/FileNotice'
import { useFileCommands } from '../fileCommands/useFileCommands'
import { HistoryPanel } from '../history/HistoryPanel'
import { useVersions } from '../history/useVersions'
import { VersionViewer } from '../history/VersionViewer'
import { Inspector } from '../inspector/Inspector'
import { LibraryPanel } from '../library/LibraryPanel'
import { createLibraryViewStore } from '../library/libraryView'
import { ManageTemplatesDialog } from '../templates/ManageTemplatesDialog'
import type { NewArticleOptions } from '../templates/picker'
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog'
import { TemplatePicker } from '../templates/TemplatePicker'
import { useTemplates } from '../templates/TemplatesContext'
import { ConflictDialog } from '../session/ConflictDialog'
import { DiskNoticeBar } from '../session/DiskNoticeBar'
import { RecoveryDialog } from '../session/RecoveryDialog'
import { SaveStatus } from '../session/SaveStatus'
import { StartView } from '../session/StartView'
import { DocumentsContext, useDocuments, type Documents, type DocumentsApi } from '../session/useDocuments'
import { PreviewPane } from '../preview/PreviewPane'
import { PrintPreviewContext } from '../preview/PrintPreviewContext'
import { usePreviewWindow } from '../preview/usePreviewWindow'
import { useSessionLayout } from '../printSettings/PrintSettings'
import { OutlinePanel } from '../sidebar/OutlinePanel'
import { Sidebar, type SidebarTab } from '../sidebar/Sidebar'
import { SpellingProvider } from '../spelling/SpellingContext'
import { ArticleLanguage, CountsLine, StatusBar } from '../statusbar/StatusBar'
import { Resizer } from './Resizer'
import { usePaneLayout } from './usePaneLayout'
import { host, isHostFailure } from '../../host'

const WINDOW_ACTIONS = ['find', 'replace', 'findNext', 'findPrevious', 'toggleSidebar', 'toggleInspector', 'focusMode', 'openFile', 'preferences'] as const satisfies readonly ActionId[]

function useMeta(session: HostSession | null): ArticleMeta | null {
  const subscribe = useCallback((listener: () => void) => (session ? session.subscribe((change) => change === 'meta' && listener()) : () => undefined), [session])
  return useSyncExternalStore(subscribe, () => session?.getMeta() ?? null)
}

/** A calm message in the status bar that fades after a while. */
function useMessage(): [string | null, (text: string) => void] {
  const [message, setMessage] = useState<string | null>(null)
  const timer = useRef(0)
  const notify = useCallback((text: string) => {
    setMessage(text)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setMessage(null), 8000)
  }, [])
  return [message, notify]
}

type TemplateDialog = { readonly kind: 'picker'; readonly folder?: string | undefined } | { readonly kind: 'save' } | { readonly kind: 'manage'; readonly from: 'picker' | 'menu' }

interface Props {
  readonly info: AppInfo
  readonly settings: Settings
  readonly onPreferences: () => void
}

export function Workspace({ info, settings, onPreferences }: Props) {
  const [message, notify] = useMessage()
  const panes = usePaneLayout()
  // The window's one editor: an article opened after another is loaded into it before it is drawn.
  const editorRef = useRef<LexicalEditor | null>(null)
  const loadFirst = useCallback((next: HostSession) => {
    if (editorRef.current) loadArticle(editorRef.current, next)
  }, [])
  const documents = useDocuments(settings, notify, loadFirst)
  const { session, generation } = documents
  const meta = useMeta(session)
  const templates = useTemplates()
  const template = useMemo(() => (meta ? templates.find(meta.template) : null), [templates, meta])
  const [dialog, setDialog] = useState<TemplateDialog | null>(null)
  const [lastTemplate, setLastTemplate] = useState<string | null>(null)
  const versions = useVersions(documents, notify)
  const libraryView = useMemo(() => createLibraryViewStore(), [])
  const [sidebarTab, setSidebarTab] = useState('outline')
  const [viewing, setViewing] = useState<SnapshotInfo | null>(null)
  // Fresh counts and outline, and no version on view, for each article opened.
  const stores = useMemo(() => createEditorStores(), [generation]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setViewing(null), [generation])

  const { open, createFromTemplate, defaultTemplate, close, openFromDisk, relocate, release, show } = documents
  const chooseTemplate = useCallback((folder?: string) => setDialog({ kind: 'picker', folder }), [])
  const api = useMemo<DocumentsApi>(
    () => ({ open, createFromTemplate, defaultTemplate, chooseTemplate, close, openFromDisk, relocate, release, show }),
    [open, createFromTemplate, defaultTemplate, chooseTemplate, close, openFromDisk, relocate, release, show],
  )
  const env = useMemo<EditorEnvironment | null>(
    () => (session && meta ? { platform: info.platform as Platform, session, language: meta.language, direction: meta.direction, stores, template, notify } : null),
    [info.platform, session, meta, stores, template, notify],
  )

  // Print preview (features/preview): the PDF kept current for the preview pane and the inspector.
  const preview = usePreviewWindow(session, settings)
  // File › Export / Print / Import and dropped documents (features/fileCommands); an import opens here.
  const openImported = useCallback(async (path: string) => void (await open(path)), [open])
  const fileCommands = useFileCommands({ session, preview: preview.controller, openPath: openImported })

  /** The picker's choice: a new article file from the template, in the language chosen, opened here. */
  const createChosen = useCallback(
    async (templateId: string, options: NewArticleOptions, folder: string | undefined): Promise<void> => {
      const chosen = templates.find(templateId)
      if (!chosen) {
        notify('That template no longer exists. It may have been deleted in another window.')
        return
      }
      if (!(await createFromTemplate(templateId, { folder, language: options.language }))) return
      setLastTemplate(templateId)
      setDialog(null)
      notify(`New ${chosen.name.toLocaleLowerCase()} from its template.`)
    },
    [templates, createFromTemplate, notify],
  )

  useCommand('file.saveVersion', () => void versions.save(null), session !== null && session.readOnly === null)
  useCommand('file.newFromTemplate', () => chooseTemplate())
  useCommand('file.saveAsTemplate', () => setDialog({ kind: 'save' }), session !== null)
  useCommand('file.manageTemplates', () => setDialog({ kind: 'manage', from: 'menu' }))

  // Main learns what the window shows (title, read-only, panes) for the title bar and the menus.
  const title = session && meta ? meta.headline || fileTitle(session.path) : ''
  useEffect(() => {
    void documents.windowState.send({
      title,
      readOnly: session?.readOnly != null,
      focusMode: panes.layout.focus,
      inspectorShown: panes.layout.inspectorOpen,
      sidebarShown: panes.layout.sidebarOpen,
    })
  }, [documents.windowState, title, session, panes.layout.focus, panes.layout.inspectorOpen, panes.layout.sidebarOpen])

  const layout = (
    <WorkspaceLayout
      info={info}
      settings={settings}
      message={message}
      notify={notify}
      panes={panes}
      documents={documents}
      api={api}
      meta={meta}
      sidebarTab={sidebarTab}
      onSidebarTab={setSidebarTab}
      library={<LibraryPanel store={libraryView} currentPath={session?.path ?? null} documents={api} notify={notify} platform={info.platform} />}
      history={session && <HistoryPanel key={`history-${generation}`} session={session} versions={versions} viewing={viewing?.id ?? null} onView={setViewing} platform={info.platform} />}
      overlay={session && viewing && <VersionViewer key={viewing.id} session={session} info={viewing} versions={versions} onClose={() => setViewing(null)} />}
      preview={preview}
      onPreferences={onPreferences}
      onSaveAsTemplate={() => setDialog({ kind: 'save' })}
    />
  )
  const conflict = session?.getStatus().save
  return (
    <DocumentsContext.Provider value={api}>
      {env ? (
        <EditorEnvironmentContext.Provider value={env}>
          <PrintPreviewContext.Provider value={preview.controller}>
            {/* One editor for every article: opening another swaps its text (features that hold an article's state are keyed by `generation`). */}
            <ArticleEditorProvider editorRef={editorRef}>
              {/* A failure in the window's parts is told calmly and they are redrawn; the editor and its text stay. */}
              <WindowErrorGuard>
                <SpellingProvider enabled={settings.spellCheck}>{layout}</SpellingProvider>
              </WindowErrorGuard>
            </ArticleEditorProvider>
          </PrintPreviewContext.Provider>
        </EditorEnvironmentContext.Provider>
      ) : (
        <WindowErrorGuard>{layout}</WindowErrorGuard>
      )}
      <FileNotice notice={fileCommands.notice} busy={fileCommands.busy} onDismiss={fileCommands.dismiss} />
      {documents.recoveries.length > 0 && documents.started && (
        <RecoveryDialog
          recoveries={documents.recoveries}
          onLater={() => {
            documents.recoveries.forEach((r) => documents.dismissRecovery(r.id))
            notify('The unsaved writing stays safe; Galley offers it again the next time it starts.')
          }}
          onRecover={async (r) => {
            try {
              const opened = await host.recovery.accept(r.id)
              documents.dismissRecovery(r.id)
              await open(opened.path)
              notify(`“${opened.article.meta.headline || fileTitle(opened.path)}” is back, with the words that were not saved.`)
            } catch (error) {
              notify(isHostFailure(error) ? error.message : 'The text could not be recovered.')
            }
          }}
          onDiscard={async (r) => {
            await host.recovery.discard(r.id).catch(() => undefined)
            documents.dismissRecovery(r.id)
          }}
        />
      )}
      {dialog?.kind === 'picker' && (
        <TemplatePicker
          defaultLanguage={settings.defaultLanguage}
          publication={settings.publicationName}
          editorInChief={settings.editorInChief}
          dateFormat={settings.dateFormat}
          initial={lastTemplate ?? defaultTemplate()}
          onChoose={(templateId, options) => void createChosen(templateId, options, dialog.folder)}
          onManage={() => setDialog({ kind: 'manage', from: 'picker' })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'save' && session && meta && (
        <SaveAsTemplateDialog
          content={session.current()}
          suggestedName={meta.kicker.trim() || meta.section.trim()}
          onSaved={(entry) => {
            setDialog(null)
            void templates.refresh()
            notify(`Saved the template “${entry.template.name}”. It is in File › New from Template….`)
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'manage' && <ManageTemplatesDialog onClose={() => setDialog(dialog.from === 'picker' ? { kind: 'picker' } : null)} />}
      {session && documents.conflictShown && conflict?.kind === 'conflict' && (
        <ConflictDialog session={session} message={conflict.message} onKeep={documents.resolveConflict} onLater={() => documents.showConflict(false)} />
      )}
    </DocumentsContext.Provider>
  )
}

function fileTitle(path: string): string {
  return path.split(/[\\/]/).pop()?.replace(/\.galley$/i, '') ?? ''
}

interface FindState {
  readonly open: boolean
  readonly replace: boolean
  readonly token: number
  /** The article (documents.generation) it was opened for. */
  readonly generation: number
}

interface LayoutProps {
  readonly info: AppInfo
  readonly settings: Settings
  readonly message: string | null
  readonly notify: (message: string) => void
  readonly panes: ReturnType<typeof usePaneLayout>
  readonly documents: Documents
  readonly api: DocumentsApi
  readonly meta: ArticleMeta | null
  readonly sidebarTab: string
  readonly onSidebarTab: (id: string) => void
  readonly library: ReactNode
  readonly history: ReactNode
  readonly overlay: ReactNode
  readonly preview: ReturnType<typeof usePreviewWindow>
  readonly onPreferences: () => void
  readonly onSaveAsTemplate: () => void
}

function WorkspaceLayout({ info, settings, message, panes, documents, api, meta, sidebarTab, onSidebarTab, library, history, overlay, preview, onPreferences, onSaveAsTemplate }: LayoutProps) {
  const platform = info.platform as Platform
  const session = documents.session
  const { layout, update, resize } = panes
  const generation = documents.generation
  // The find bar belongs to the article it searched: another article opens without it.
  const [findState, setFind] = useState<FindState>({ open: false, replace: false, token: 0, generation })
  const find = findState.generation === generation ? findState : { ...findState, open: false }
  const readOnly = session?.readOnly != null
  const hasArticle = session !== null && meta !== null

  const openFind = useCallback(
    (replace: boolean) => setFind((f) => ({ open: true, replace: replace || (f.open && f.generation === generation && f.replace), token: f.token + 1, generation })),
    [generation],
  )

  const runWindowAction = useCallback(
    (id: (typeof WINDOW_ACTIONS)[number]): void => {
      switch (id) {
        case 'find':
        case 'findNext':
        case 'findPrevious':
          if (hasArticle) openFind(false)
          break
        case 'replace':
          if (hasArticle) openFind(true)
          break
        case 'toggleSidebar':
          update({ sidebarOpen: !layout.sidebarOpen, focus: false })
          break
        case 'toggleInspector':
          update({ inspectorOpen: !layout.inspectorOpen, focus: false })
          break
        case 'focusMode':
          if (hasArticle) update({ focus: !layout.focus })
          break
        case 'openFile':
          api.openFromDisk()
          break
        case 'preferences':
          onPreferences()
          break
      }
    },
    [layout, update, openFind, api, onPreferences, hasArticle],
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

  const tabs = useMemo<SidebarTab[]>(
    () => [
      ...(hasArticle ? [{ id: 'outline', label: 'Outline', render: () => <OutlinePanel /> }] : []),
      { id: 'library', label: 'Library', render: () => library },
      ...(hasArticle ? [{ id: 'history', label: 'History', render: () => history }] : []),
    ],
    [hasArticle, library, history],
  )
  const focus = layout.focus && hasArticle
  const showSidebar = layout.sidebarOpen && !focus
  const showInspector = layout.inspectorOpen && !focus && hasArticle
  const showPreview = preview.prefs.shown && !focus && hasArticle
  const previewBeside = showPreview && preview.prefs.placement === 'side'
  const previewKeys = shortcutLabel('view.preview', platform)
  const previewTitle = `Print preview${previewKeys ? ` (${previewKeys})` : ''}`
  const columns = [
    showSidebar ? `${layout.sidebarWidth}px 5px` : '',
    'minmax(360px, 1fr)',
    previewBeside ? `5px minmax(300px, ${preview.prefs.width}px)` : '',
    showInspector ? `5px ${layout.inspectorWidth}px` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const button = (id: ActionId, label: string, onClick: () => void, pressed?: boolean, disabled?: boolean) => (
    <button type="button" className="ghost" title={tooltip(id, platform)} aria-pressed={pressed} onClick={onClick} disabled={disabled}>
      {label}
    </button>
  )

  return (
    <div className={`app-shell${focus ? ' is-focus' : ''}`} data-testid="app-shell">
      {!focus && (
        <header className="topbar">
          {button('toggleSidebar', 'Sidebar', () => update({ sidebarOpen: !layout.sidebarOpen }), layout.sidebarOpen)}
          <span className="brand">Galley</span>
          <span className="publication" data-testid="publication-name">
            {settings.publicationName || 'No publication set'}
          </span>
          <span className="doc-title" dir="auto" data-testid="document-title">
            {hasArticle ? meta.headline || 'Untitled article' : 'Library'}
            {readOnly && <span className="badge">Read-only</span>}
          </span>
          {hasArticle && (
            <button type="button" className="ghost" title="Close the article (it is saved) and show the library" onClick={() => void api.close()}>
              Close
            </button>
          )}
          {button('newFromTemplate', 'New…', () => api.chooseTemplate())}
          {button('openFile', 'Open…', api.openFromDisk)}
          <button type="button" className="ghost" title={previewTitle} aria-pressed={showPreview} onClick={preview.toggle} disabled={!hasArticle} data-testid="toggle-preview">
            Preview
          </button>
          {button('focusMode', 'Focus', () => update({ focus: true }), undefined, !hasArticle)}
          {button('toggleInspector', 'Inspector', () => update({ inspectorOpen: !layout.inspectorOpen }), layout.inspectorOpen, !hasArticle)}
          <button type="button" className="ghost" onClick={onPreferences} title={tooltip('preferences', platform)}>
            Preferences
          </button>
        </header>
      )}
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        {showSidebar && (
          <>
            <Sidebar tabs={tabs} active={hasArticle ? sidebarTab : 'library'} onSelect={onSidebarTab} />
            <Resizer label="Sidebar width" width={layout.sidebarWidth} sign={1} onResize={(w) => resize('sidebar', w)} onCollapse={() => update({ sidebarOpen: false })} />
          </>
        )}
        {hasArticle ? (
          <ArticleColumn
            session={session}
            meta={meta}
            documents={documents}
            focus={focus}
            find={find}
            onFind={openFind}
            onCloseFind={() => setFind((f) => ({ ...f, open: false }))}
            onLeaveFocus={() => update({ focus: false })}
            platform={platform}
            dateFormat={settings.dateFormat}
            hidden={showPreview && !previewBeside}
            overlay={overlay}
          />
        ) : (
          <main className="editor-column" aria-label="Start">
            {documents.started && <StartView documents={api} publication={settings.publicationName} libraryDir={info.libraryDir} platform={platform} />}
          </main>
        )}
        {showPreview && (
          <>
            {previewBeside && <Resizer label="Preview width" width={preview.prefs.width} sign={-1} onResize={(w) => preview.update({ width: w })} onCollapse={() => preview.update({ shown: false })} />}
            <ArticlePreview key={`preview-${generation}`} session={session} preview={preview} rtl={meta.direction === 'rtl'} closeTitle={`Hide the ${previewTitle.toLowerCase()}`} />
          </>
        )}
        {showInspector && (
          <>
            <Resizer label="Inspector width" width={layout.inspectorWidth} sign={-1} onResize={(w) => resize('inspector', w)} onCollapse={() => update({ inspectorOpen: false })} />
            <Inspector meta={meta} readOnly={readOnly} onChange={(patch) => session.updateMeta(patch)} onSaveAsTemplate={onSaveAsTemplate} />
          </>
        )}
      </div>
      {!focus && (
        <StatusBar
          message={message}
          version={info.version}
          platform={info.platform}
          libraryDir={info.libraryDir}
          start={
            hasArticle && (
              <>
                <SaveStatus key={`save-${generation}`} session={session} autosave={settings.autosave} onRetry={() => void session.saveNow()} onResolve={() => documents.showConflict(true)} />
                <CountsLine />
              </>
            )
          }
        >
          {hasArticle && <ArticleLanguage />}
        </StatusBar>
      )}
      {info.notices.map((n) => (
        <p key={n.code} className="notice floating" role="status">
          {n.message}
        </p>
      ))}
    </div>
  )
}

/** The preview pane for the open article, following its print layout. */
function ArticlePreview({ session, preview, rtl, closeTitle }: { session: HostSession; preview: ReturnType<typeof usePreviewWindow>; rtl: boolean; closeTitle: string }) {
  const layout = useSessionLayout(session)
  return <PreviewPane prefs={preview.prefs} onPrefs={preview.update} layout={layout} rtl={rtl} closeTitle={closeTitle} />
}

interface ColumnProps {
  readonly session: HostSession
  readonly meta: ArticleMeta
  readonly documents: Documents
  readonly focus: boolean
  readonly find: FindState
  readonly onFind: (replace: boolean) => void
  readonly onCloseFind: () => void
  readonly onLeaveFocus: () => void
  readonly platform: Platform
  readonly dateFormat: Settings['dateFormat']
  /** The preview shows in the editor's place (placement "instead"). */
  readonly hidden: boolean
  readonly overlay: ReactNode
}

/** The article as it will read, with the toolbar, find and replace, and notices about its file. */
function ArticleColumn({ session, meta, documents, focus, find, onFind, onCloseFind, onLeaveFocus, platform, dateFormat, hidden, overlay }: ColumnProps) {
  const [editor] = useLexicalComposerContext()
  const readOnly = session.readOnly !== null
  const changeMeta = useCallback((patch: Partial<ArticleMeta>) => session.updateMeta(patch), [session])
  const layout = useSessionLayout(session)
  return (
    <main className={`editor-column${hidden ? ' is-hidden' : ''}`} aria-label="Article">
      {!focus && <ToolbarPlugin key={`toolbar-${documents.generation}`} onFind={() => onFind(false)} />}
      {!focus && !readOnly && <ContextBarPlugin key={`context-${documents.generation}`} />}
      <FindReplacePlugin
        key={`find-${documents.generation}`}
        open={find.open}
        replace={find.replace}
        focusToken={find.token}
        onClose={() => {
          onCloseFind()
          editor.focus()
        }}
      />
      {readOnly && (
        <p className="notice" role="status">
          {session.readOnly}
        </p>
      )}
      {documents.diskNotice?.kind === 'deleted' && (
        <DiskNoticeBar
          session={session}
          onSaveAgain={() => {
            documents.dismissDiskNotice()
            void session.rewrite()
          }}
          onClose={() => void documents.close()}
        />
      )}
      <div className="editor-scroll" data-testid="editor-scroll">
        <article className="page" lang={meta.language}>
          <ArticleHeader
            key={`header-${documents.generation}`}
            meta={meta}
            layout={layout}
            dateFormat={dateFormat}
            readOnly={readOnly}
            autoFocus={documents.fresh}
            onChange={changeMeta}
            onDone={() => editor.focus()}
          />
          <ArticleBody />
        </article>
      </div>
      {focus && (
        <div className="focus-counts">
          <CountsLine />
          <button type="button" className="ghost" onClick={onLeaveFocus} title={`Leave focus mode (Escape, ${tooltip('focusMode', platform).replace(/^.*\(/, '').replace(')', '')})`}>
            Leave focus
          </button>
        </div>
      )}
      {overlay}
    </main>
  )
}
