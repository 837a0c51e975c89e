// The library's contents for the view: the list or the search hits, the desks, the trash; fetched
// again whenever main says the library changed (this window's saves, other windows, other programs).
import { useEffect, useRef, useState } from 'react'
import type { ArticleSummary, LibraryInfo, Snippet, TrashedArticle } from '../../../../shared/ipc/library'
import { host, isHostFailure, onHostEvent } from '../../host'
import { listQuery, searchQuery, type LibraryView } from './libraryView'

export interface LibraryRow {
  readonly summary: ArticleSummary
  /** Where the search words were found, with the matches marked. */
  readonly snippets: readonly Snippet[]
}

export interface LibraryData {
  /** Null until the first answer. */
  readonly rows: readonly LibraryRow[] | null
  readonly info: LibraryInfo | null
  readonly trash: readonly TrashedArticle[] | null
  /** Sections the articles use, for the filter. */
  readonly sections: readonly string[]
  readonly error: string | null
  /** Fetches everything again now (after an action of this window). */
  refresh(): void
}

/** Changes arrive in bursts (a save renames, the index updates): one fetch per burst. */
const CHANGE_DELAY_MS = 200
/** Search as the journalist types, once they pause for a moment. */
const TYPING_DELAY_MS = 150

export function useLibraryData(view: LibraryView): LibraryData {
  const [rows, setRows] = useState<readonly LibraryRow[] | null>(null)
  const [info, setInfo] = useState<LibraryInfo | null>(null)
  const [trash, setTrash] = useState<readonly TrashedArticle[] | null>(null)
  const [sections, setSections] = useState<readonly string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  const changeTimer = useRef(0)

  useEffect(() => {
    const off = onHostEvent('onLibraryChanged', () => {
      window.clearTimeout(changeTimer.current)
      changeTimer.current = window.setTimeout(() => setTick((t) => t + 1), CHANGE_DELAY_MS)
    })
    return () => {
      off()
      window.clearTimeout(changeTimer.current)
    }
  }, [])

  useEffect(() => {
    let live = true
    host.library.info().then(
      (i) => live && setInfo(i),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [tick])

  const now = Date.now()
  const search = searchQuery(view, now)
  const list = listQuery(view, now)
  const key = JSON.stringify({ mode: view.mode, search, list })
  const typing = search !== null

  useEffect(() => {
    let live = true
    const request = JSON.parse(key) as { mode: LibraryView['mode']; search: ReturnType<typeof searchQuery>; list: ReturnType<typeof listQuery> }
    const timer = window.setTimeout(
      async () => {
        try {
          if (request.mode === 'trash') {
            const trashed = await host.library.trashed()
            if (live) setTrash(trashed)
            return
          }
          const found: LibraryRow[] = request.search
            ? (await host.library.search(request.search)).map((hit) => ({ summary: hit.summary, snippets: hit.snippets }))
            : (await host.library.list(request.list)).map((summary) => ({ summary, snippets: [] }))
          if (!live) return
          setRows(found)
          setError(null)
          if (!request.search && !request.list.section) {
            setSections([...new Set(found.map((r) => r.summary.section).filter((s) => s !== ''))].sort((a, b) => a.localeCompare(b)))
          }
        } catch (e) {
          if (live) setError(isHostFailure(e) ? e.message : 'The library could not be read.')
        }
      },
      typing ? TYPING_DELAY_MS : 0,
    )
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [key, tick, typing])

  return { rows, info, trash, sections, error, refresh: () => setTick((t) => t + 1) }
}
