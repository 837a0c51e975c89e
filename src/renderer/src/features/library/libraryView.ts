// What the library tab shows: search text, filters, sort, desk and selection. Kept outside the
// panel (a store the window holds) so it survives opening another article, which remounts the editor.
import type { Status } from '../../../../shared/article/meta'
import type { ListQuery, SearchQuery, Sort } from '../../../../shared/ipc/library'
import { createStore, type Store } from '../../lib/store'
import { isoDay } from './format'

export const DATE_FILTERS = [
  { id: 'any', label: 'Any date' },
  { id: 'today', label: 'Today' },
  { id: 'week', label: 'Last 7 days' },
  { id: 'month', label: 'Last 30 days' },
  { id: 'custom', label: 'Between…' },
] as const
export type DateFilter = (typeof DATE_FILTERS)[number]['id']

export const SORTS: readonly { readonly id: Sort; readonly label: string }[] = [
  { id: 'modified', label: 'Last modified' },
  { id: 'headline', label: 'Headline' },
  { id: 'date', label: 'Article date' },
]

export interface LibraryView {
  readonly text: string
  readonly status: readonly Status[]
  /** '' for every section. */
  readonly section: string
  readonly date: DateFilter
  readonly dateFrom: string
  readonly dateTo: string
  readonly sort: Sort
  /** How search results are ordered: by how well they match, unless the journalist picks a sort. */
  readonly searchSort: Sort | 'relevance'
  /** A desk folder ('' is the top level), or null for the whole library. */
  readonly folder: string | null
  readonly mode: 'articles' | 'trash'
  /** The highlighted article (a path main handed out). */
  readonly selected: string | null
}

export const INITIAL_VIEW: LibraryView = {
  text: '',
  status: [],
  section: '',
  date: 'any',
  dateFrom: '',
  dateTo: '',
  sort: 'modified',
  searchSort: 'relevance',
  folder: null,
  mode: 'articles',
  selected: null,
}

export function createLibraryViewStore(): Store<LibraryView> {
  return createStore<LibraryView>(INITIAL_VIEW)
}

const DAYS_BACK: Partial<Record<DateFilter, number>> = { today: 0, week: 6, month: 29 }

/** The list query for the filters (dates are the articles' own dates, counted in the reader's days). */
export function listQuery(view: LibraryView, now: number): ListQuery {
  const query: { -readonly [K in keyof ListQuery]: ListQuery[K] } = { sort: view.sort }
  if (view.folder !== null) {
    query.folder = view.folder
    query.deep = view.folder !== ''
  }
  if (view.status.length > 0) query.status = [...view.status]
  if (view.section) query.section = view.section
  const back = DAYS_BACK[view.date]
  if (back !== undefined) {
    query.dateFrom = isoDay(now, back)
    query.dateTo = isoDay(now)
  } else if (view.date === 'custom') {
    if (view.dateFrom) query.dateFrom = view.dateFrom
    if (view.dateTo) query.dateTo = view.dateTo
  }
  return query
}

/** A search when there is text to look for, else null (the plain list). */
export function searchQuery(view: LibraryView, now: number): SearchQuery | null {
  const text = view.text.trim()
  if (!text) return null
  const { sort: _listSort, ...rest } = listQuery(view, now)
  return { ...rest, ...(view.searchSort !== 'relevance' ? { sort: view.searchSort } : {}), text: text.slice(0, 500), limit: 200 }
}

/** Whether any filter narrows the list (for the “clear filters” button and the empty state). */
export function isFiltered(view: LibraryView): boolean {
  return view.status.length > 0 || view.section !== '' || view.date !== 'any' || view.text.trim() !== ''
}
