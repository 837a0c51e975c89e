// The library tab of the sidebar: every article with its headline, section, status, byline, date,
// length and last change; full-text search with the matches marked; filters, sorts and desks; the
// trash. Keyboard: arrows move, Enter opens, F2 renames, Delete trashes, Shift+F10 or the menu key
// opens the context menu; the same actions sit in the bar under the list.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { STATUS_LABELS, type Status } from '../../../../shared/article/meta'
import { shortcutLabel } from '../../../../shared/commands/catalog'
import type { ArticleSummary, Snippet } from '../../../../shared/ipc/library'
import { host, isHostFailure } from '../../host'
import { useStore, type Store } from '../../lib/store'
import type { DocumentsApi } from '../session/useDocuments'
import { formatCount } from '../statusbar/format'
import { formatArticleDate, formatExact, formatWhen } from './format'
import { DATE_FILTERS, INITIAL_VIEW, isFiltered, SORTS, type DateFilter, type LibraryView } from './libraryView'
import { TrashList } from './TrashList'
import { fileName, titleOf, useLibraryActions } from './useLibraryActions'
import { useLibraryData, type LibraryRow } from './useLibraryData'
import './library.css'

const PAGE = 100
const STATUSES = Object.keys(STATUS_LABELS) as Status[]
const FIELD_NAMES: Record<string, string> = { headline: 'Headline', kicker: 'Kicker', deck: 'Deck', byline: 'Byline', dateline: 'Dateline', tags: 'Tags', section: 'Section' }

interface Props {
  readonly store: Store<LibraryView>
  /** The article this window shows, marked in the list. */
  readonly currentPath: string | null
  readonly documents: DocumentsApi
  readonly notify: (message: string) => void
  readonly platform: string
}

/** Text with the search's matches marked. */
export function Marked({ text, marks }: { readonly text: string; readonly marks: readonly (readonly [number, number])[] }) {
  const out: ReactNode[] = []
  let at = 0
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue
    if (start > at) out.push(text.slice(at, start))
    out.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) out.push(text.slice(at))
  return <>{out}</>
}

function SnippetLine({ snippet }: { readonly snippet: Snippet }) {
  const label = snippet.field === 'body' ? null : (FIELD_NAMES[snippet.field] ?? snippet.field)
  return (
    <span className="lib-snippet" dir="auto">
      {label && <span className="lib-snippet-field">{label}: </span>}
      <Marked text={snippet.text} marks={snippet.marks} />
    </span>
  )
}

export function LibraryPanel({ store, currentPath, documents, notify, platform }: Props) {
  const view = useStore(store)
  const set = useCallback((patch: Partial<LibraryView>) => store.set({ ...store.get(), ...patch }), [store])
  const data = useLibraryData(view)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [newDesk, setNewDesk] = useState<string | null>(null)
  const [showFilters, setShowFilters] = useState(false)
  const [shown, setShown] = useState(PAGE)
  const listRef = useRef<HTMLUListElement>(null)
  const select = useCallback((path: string | null) => set({ selected: path }), [set])
  const actions = useLibraryActions({ documents, info: data.info, notify, select, startRename: setRenaming, refresh: data.refresh })

  const rows = useMemo(() => data.rows ?? [], [data.rows])
  const visible = rows.slice(0, shown)
  const selectedIndex = visible.findIndex((r) => r.summary.path === view.selected)
  const selected = rows.find((r) => r.summary.path === view.selected)?.summary ?? null
  const folders = data.info?.folders ?? []
  const filtered = isFiltered(view)
  const activeFilters = view.status.length + (view.section ? 1 : 0) + (view.date !== 'any' ? 1 : 0)

  // A new search or filter starts at the top of the list.
  useEffect(() => setShown(PAGE), [view.text, view.status, view.section, view.date, view.folder, view.sort])

  useEffect(() => {
    if (!view.selected) return
    listRef.current?.querySelector(`[data-path="${CSS.escape(view.selected)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [view.selected])

  const moveSelection = (delta: number | 'first' | 'last'): void => {
    if (visible.length === 0) return
    const index = visible.findIndex((r) => r.summary.path === view.selected)
    const next = delta === 'first' ? 0 : delta === 'last' ? visible.length - 1 : Math.min(visible.length - 1, Math.max(0, index < 0 ? 0 : index + delta))
    select(visible[next]?.summary.path ?? null)
  }

  const onListKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    if (renaming) return
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveSelection(1),
      ArrowUp: () => moveSelection(-1),
      Home: () => moveSelection('first'),
      End: () => moveSelection('last'),
    }
    if (keys[e.key]) {
      e.preventDefault()
      keys[e.key]!()
      return
    }
    if (!selected) return
    if (e.key === 'Enter') void actions.run({ action: 'library.open' }, selected)
    else if (e.key === 'F2') setRenaming(selected.path)
    else if (e.key === 'Delete') void actions.run({ action: 'library.trash' }, selected)
    else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) void actions.contextMenu(selected)
    else return
    e.preventDefault()
  }

  const createDesk = async (name: string): Promise<void> => {
    const wanted = name.trim()
    setNewDesk(null)
    if (!wanted) return
    try {
      const rel = await host.library.createFolder(view.folder ? `${view.folder}/${wanted}` : wanted)
      set({ folder: rel })
      data.refresh()
    } catch (error) {
      notify(isHostFailure(error) ? error.message : 'The desk could not be created.')
    }
  }

  const newArticle = shortcutLabel('file.newFromTemplate', platform)
  const sortValue = view.text.trim() ? view.searchSort : view.sort

  return (
    <section className="library" aria-label="Library" data-testid="library">
      <div className="lib-head">
        <input
          type="search"
          className="lib-search"
          aria-label="Search the library"
          placeholder="Search articles…"
          value={view.text}
          onChange={(e) => set({ text: e.target.value, mode: 'articles' })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault()
              listRef.current?.focus()
              if (!view.selected) moveSelection('first')
            }
          }}
        />
        <button
          type="button"
          className="primary lib-new"
          title={`New article${newArticle ? ` (${newArticle})` : ''}`}
          onClick={() => void documents.createFromTemplate(documents.defaultTemplate(), { folder: view.folder || undefined })}
        >
          New
        </button>
      </div>
      <div className="lib-row-controls">
        <label className="lib-control">
          <span>Desk</span>
          <select
            aria-label="Desk"
            value={view.folder === null ? '*' : view.folder === '' ? '/' : view.folder}
            onChange={(e) => set({ folder: e.target.value === '*' ? null : e.target.value === '/' ? '' : e.target.value, mode: 'articles' })}
          >
            <option value="*">Whole library</option>
            <option value="/">Top level</option>
            {folders.map((f) => (
              <option key={f} value={f}>
                {f.replace(/\//g, ' › ')}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="ghost lib-icon" title="New desk (a folder in the library)" aria-label="New desk" onClick={() => setNewDesk('')}>
          +
        </button>
        <label className="lib-control">
          <span>Sort</span>
          <select
            aria-label="Sort"
            value={sortValue}
            onChange={(e) => (view.text.trim() ? set({ searchSort: e.target.value as LibraryView['searchSort'] }) : set({ sort: e.target.value as LibraryView['sort'] }))}
          >
            {view.text.trim() && <option value="relevance">Best match</option>}
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {newDesk !== null && (
        <form
          className="lib-new-desk"
          onSubmit={(e) => {
            e.preventDefault()
            void createDesk(newDesk)
          }}
        >
          <input
            autoFocus
            aria-label="Name of the new desk"
            placeholder={view.folder ? `New desk inside ${view.folder}` : 'New desk, e.g. Opinion'}
            value={newDesk}
            maxLength={120}
            onChange={(e) => setNewDesk(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setNewDesk(null)}
          />
          <button type="submit">Create</button>
        </form>
      )}
      <button type="button" className="ghost lib-filters-toggle" aria-expanded={showFilters} onClick={() => setShowFilters((s) => !s)}>
        Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
      </button>
      {showFilters && (
        <div className="lib-filters" data-testid="library-filters">
          <div className="lib-chips" role="group" aria-label="Status">
            {STATUSES.map((s) => (
              <button
                key={s}
                type="button"
                className={`lib-chip status-${s}`}
                aria-pressed={view.status.includes(s)}
                onClick={() => set({ status: view.status.includes(s) ? view.status.filter((x) => x !== s) : [...view.status, s] })}
              >
                {STATUS_LABELS[s]}
              </button>
            ))}
          </div>
          <label className="lib-control">
            <span>Section</span>
            <select aria-label="Section" value={view.section} onChange={(e) => set({ section: e.target.value })}>
              <option value="">All sections</option>
              {[...new Set([...data.sections, ...(view.section ? [view.section] : [])])].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label className="lib-control">
            <span>Date</span>
            <select aria-label="Date" value={view.date} onChange={(e) => set({ date: e.target.value as DateFilter })}>
              {DATE_FILTERS.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
          {view.date === 'custom' && (
            <div className="lib-dates">
              <label>
                From <input type="date" value={view.dateFrom} onChange={(e) => set({ dateFrom: e.target.value })} />
              </label>
              <label>
                to <input type="date" value={view.dateTo} onChange={(e) => set({ dateTo: e.target.value })} />
              </label>
            </div>
          )}
          {filtered && (
            <button type="button" className="ghost" onClick={() => set({ text: '', status: [], section: '', date: 'any', dateFrom: '', dateTo: '' })}>
              Clear filters
            </button>
          )}
        </div>
      )}

      {view.mode === 'trash' ? (
        <TrashList trash={data.trash} restorable={data.info?.trashRestorable ?? true} notify={notify} onRestored={(path) => set({ mode: 'articles', selected: path })} />
      ) : (
        <>
          {data.error && (
            <p className="error" role="alert">
              {data.error}
            </p>
          )}
          {data.rows !== null && rows.length === 0 && (
            <EmptyLibrary view={view} dir={data.info?.dir ?? ''} onClear={() => set({ ...INITIAL_VIEW, selected: null })} onNew={() => void documents.createFromTemplate(documents.defaultTemplate())} />
          )}
          <ul
            ref={listRef}
            className="lib-list"
            role="listbox"
            aria-label={view.text.trim() ? 'Search results' : 'Articles'}
            tabIndex={0}
            aria-activedescendant={selectedIndex >= 0 ? `lib-opt-${selectedIndex}` : undefined}
            onKeyDown={onListKey}
            data-testid="library-list"
          >
            {visible.map((row, i) => (
              <ArticleRow
                key={row.summary.path}
                id={`lib-opt-${i}`}
                row={row}
                selected={row.summary.path === view.selected}
                current={row.summary.path === currentPath}
                showFolder={view.folder === null}
                renaming={renaming === row.summary.path}
                onSelect={() => select(row.summary.path)}
                onOpen={() => void actions.run({ action: 'library.open' }, row.summary)}
                onContextMenu={() => {
                  select(row.summary.path)
                  void actions.contextMenu(row.summary)
                }}
                onRename={async (name) => {
                  const done = await actions.rename(row.summary, name)
                  if (done) setRenaming(null)
                  listRef.current?.focus()
                }}
                onCancelRename={() => {
                  setRenaming(null)
                  listRef.current?.focus()
                }}
              />
            ))}
          </ul>
          {rows.length > shown && (
            <button type="button" className="ghost lib-more" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, rows.length - shown)} more of {formatCount(rows.length - shown, 'en')}
            </button>
          )}
          {selected && <ActionBar summary={selected} folders={folders} run={(choice) => void actions.run(choice, selected)} onRename={() => setRenaming(selected.path)} />}
        </>
      )}
      <footer className="lib-foot">
        <span className="lib-count" aria-live="polite">
          {view.mode === 'trash' ? '' : data.rows === null ? 'Loading…' : `${formatCount(rows.length, 'en')} ${rows.length === 1 ? 'article' : 'articles'}`}
        </span>
        <button type="button" className="ghost" aria-pressed={view.mode === 'trash'} onClick={() => set({ mode: view.mode === 'trash' ? 'articles' : 'trash' })}>
          {view.mode === 'trash' ? 'Back to articles' : 'Trash'}
        </button>
      </footer>
    </section>
  )
}

function EmptyLibrary({ view, dir, onClear, onNew }: { view: LibraryView; dir: string; onClear: () => void; onNew: () => void }) {
  if (view.text.trim()) {
    return (
      <div className="lib-empty" data-testid="library-empty">
        <p>Nothing in the library matches “{view.text.trim()}”.</p>
        <button type="button" className="ghost" onClick={onClear}>
          Clear the search
        </button>
      </div>
    )
  }
  if (isFiltered(view) || view.folder !== null) {
    return (
      <div className="lib-empty" data-testid="library-empty">
        <p>No articles here{view.folder ? ` in ${view.folder}` : ''} with these filters.</p>
        <button type="button" className="ghost" onClick={onClear}>
          Show the whole library
        </button>
      </div>
    )
  }
  return (
    <div className="lib-empty" data-testid="library-empty">
      <p>Your library is empty.</p>
      <p className="field-hint">Every article you write is kept here as a file{dir ? ` in ${dir}` : ''}.</p>
      <button type="button" className="primary" onClick={onNew}>
        New article
      </button>
    </div>
  )
}

interface RowProps {
  readonly id: string
  readonly row: LibraryRow
  readonly selected: boolean
  readonly current: boolean
  readonly showFolder: boolean
  readonly renaming: boolean
  readonly onSelect: () => void
  readonly onOpen: () => void
  readonly onContextMenu: () => void
  readonly onRename: (name: string) => Promise<void>
  readonly onCancelRename: () => void
}

function ArticleRow({ id, row, selected, current, showFolder, renaming, onSelect, onOpen, onContextMenu, onRename, onCancelRename }: RowProps) {
  const s = row.summary
  const headlineSnippet = row.snippets.find((sn) => sn.field === 'headline')
  const others = row.snippets.filter((sn) => sn !== headlineSnippet).slice(0, 2)
  const [name, setName] = useState(fileName(s.relPath))
  useEffect(() => {
    if (renaming) setName(fileName(s.relPath))
  }, [renaming, s.relPath])
  const facts = [s.section, s.byline].filter(Boolean).join(' · ')
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-current={current ? 'true' : undefined}
      data-path={s.path}
      className={`lib-item${selected ? ' is-selected' : ''}${current ? ' is-current' : ''}`}
      onClick={onSelect}
      onDoubleClick={onOpen}
      onContextMenu={(e) => {
        e.preventDefault()
        onContextMenu()
      }}
      title={s.relPath}
    >
      {renaming ? (
        <form
          className="lib-rename"
          onSubmit={(e) => {
            e.preventDefault()
            void onRename(name)
          }}
        >
          <input
            autoFocus
            aria-label="File name"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault()
                e.stopPropagation()
                onCancelRename()
              }
            }}
            onClick={(e) => e.stopPropagation()}
          />
          <span className="field-hint">.galley · Enter to rename, Escape to cancel</span>
        </form>
      ) : (
        <button type="button" tabIndex={-1} className="lib-title" dir="auto" onClick={onSelect} onDoubleClick={onOpen}>
          {headlineSnippet ? <Marked text={headlineSnippet.text} marks={headlineSnippet.marks} /> : titleOf(s)}
        </button>
      )}
      <span className="lib-meta">
        <span className={`lib-status status-${s.status}`}>{STATUS_LABELS[s.status]}</span>
        {facts && (
          <span dir="auto" className="lib-facts">
            {facts}
          </span>
        )}
      </span>
      <span className="lib-meta lib-meta--small">
        {[s.date ? formatArticleDate(s.date) : '', `${formatCount(s.words, 'en')} words`].filter(Boolean).join(' · ')}
        <span className="lib-modified" title={`Changed ${formatExact(s.modified)}`}>
          {' '}
          · changed {formatWhen(s.modified, Date.now())}
        </span>
      </span>
      {showFolder && s.folder && s.folder !== s.section && <span className="lib-folder" title="Desk">{s.folder.replace(/\//g, ' › ')}</span>}
      {!s.inLibrary && <span className="lib-folder">Outside the library</span>}
      {s.problem && <span className="lib-problem">{s.problem.message}</span>}
      {others.map((sn, i) => (
        <SnippetLine key={i} snippet={sn} />
      ))}
    </li>
  )
}

interface ActionBarProps {
  readonly summary: ArticleSummary
  readonly folders: readonly string[]
  readonly run: (choice: Parameters<ReturnType<typeof useLibraryActions>['run']>[0]) => void
  readonly onRename: () => void
}

/** The selected article's actions, for everyone who does not use context menus. */
function ActionBar({ summary, folders, run, onRename }: ActionBarProps) {
  const targets = ['', ...folders].filter((f) => f !== summary.folder)
  return (
    <div className="lib-actions" role="toolbar" aria-label={`Actions for ${titleOf(summary)}`} data-testid="library-actions">
      <button type="button" onClick={() => run({ action: 'library.open' })}>
        Open
      </button>
      <button type="button" className="ghost" onClick={() => run({ action: 'library.openInNewWindow' })}>
        New window
      </button>
      <button type="button" className="ghost" title="Rename (F2)" onClick={onRename}>
        Rename
      </button>
      <button type="button" className="ghost" onClick={() => run({ action: 'library.duplicate' })}>
        Duplicate
      </button>
      {summary.inLibrary && targets.length > 0 && (
        <select
          aria-label="Move to desk"
          value=""
          onChange={(e) => {
            if (e.target.value !== '') run({ action: 'library.move', folder: e.target.value === '/' ? '' : e.target.value })
          }}
        >
          <option value="">Move to…</option>
          {targets.map((f) => (
            <option key={f || '/'} value={f || '/'}>
              {f ? f.replace(/\//g, ' › ') : 'Top level'}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="ghost" onClick={() => run({ action: 'library.reveal' })}>
        Show file
      </button>
      {summary.inLibrary && (
        <button type="button" className="ghost danger" title="Move to trash (Delete)" onClick={() => run({ action: 'library.trash' })}>
          Trash
        </button>
      )}
    </div>
  )
}
