// Saving a version (File › Save Version, Ctrl/Cmd+S, the History tab) and restoring one. Both first
// bring the file up to date: a version is of the file, and a restore snapshots what it replaces.
import { useCallback, useMemo } from 'react'
import { createStore, type Store } from '../../lib/store'
import { host, isHostFailure } from '../../host'
import type { Documents } from '../session/useDocuments'

export interface Versions {
  /** Bumped whenever the history changed from this window (the panel lists it again). */
  readonly changed: Store<number>
  save(label: string | null): Promise<boolean>
  restore(snapshotId: string, when: string): Promise<boolean>
}

export function useVersions(documents: Pick<Documents, 'session' | 'withSession' | 'show' | 'showConflict'>, notify: (message: string) => void): Versions {
  const changed = useMemo(() => createStore(0), [])
  const { session, withSession, show, showConflict } = documents

  /** Brings the file up to date; false (and the user told why) when that failed. */
  const flushed = useCallback(
    async (what: string): Promise<boolean> => {
      if (!session) return false
      const outcome = await session.flush()
      if (outcome.status === 'failed') {
        notify(`The article could not be saved, so ${what}: ${outcome.message}`)
        return false
      }
      if (outcome.status === 'conflict') {
        showConflict(true)
        notify(`This article was changed somewhere else; decide which version to keep first.`)
        return false
      }
      return true
    },
    [session, notify, showConflict],
  )

  const save = useCallback(
    async (label: string | null): Promise<boolean> => {
      if (!session) return false
      if (session.readOnly) {
        notify('This article is read-only; its file is not changed, so there is no new version to keep.')
        return false
      }
      if (!(await flushed('no version was kept'))) return false
      try {
        const info = await host.history.saveVersion(session.path, label?.trim() ? label.trim() : null)
        changed.set(changed.get() + 1)
        notify(info.label ? `Version “${info.label}” saved. It is listed in History.` : 'Version saved. It is listed in History.')
        return true
      } catch (error) {
        notify(isHostFailure(error) ? error.message : 'The version could not be saved.')
        return false
      }
    },
    [session, flushed, changed, notify],
  )

  const restore = useCallback(
    async (snapshotId: string, when: string): Promise<boolean> => {
      if (!session || session.readOnly) return false
      if (!(await flushed('the version was not restored'))) return false
      try {
        const done = await withSession(async (s) => {
          show(await host.history.restore(s.path, snapshotId))
          return true
        })
        if (!done) return false
        changed.set(changed.get() + 1)
        notify(`The version from ${when} is back. The text it replaced is kept in History.`)
        return true
      } catch (error) {
        notify(isHostFailure(error) ? error.message : 'The version could not be restored. Nothing was changed.')
        return false
      }
    },
    [session, flushed, withSession, show, changed, notify],
  )

  return { changed, save, restore }
}
