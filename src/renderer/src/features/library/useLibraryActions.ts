// What can be done to an article in the library, whether chosen from the native context menu, the
// action bar under the list, or a key: open (here or in a new window), rename, duplicate, move to a
// desk, show in the file manager, move to the trash.
import { useCallback } from 'react'
import type { ContextMenuChoice } from '../../../../shared/ipc/desktop'
import type { ArticleSummary, LibraryInfo } from '../../../../shared/ipc/library'
import { host, isHostFailure } from '../../host'
import type { DocumentsApi } from '../session/useDocuments'

export type LibraryAction = ContextMenuChoice | { readonly action: 'library.reveal' }

interface Options {
  readonly documents: DocumentsApi
  readonly info: LibraryInfo | null
  readonly notify: (message: string) => void
  /** Highlights an article (after a duplicate, a rename, a move). */
  readonly select: (path: string | null) => void
  /** Starts renaming an article in the list. */
  readonly startRename: (path: string) => void
  readonly refresh: () => void
}

export function titleOf(summary: Pick<ArticleSummary, 'headline' | 'relPath'>): string {
  return summary.headline || fileName(summary.relPath)
}

/** The file's name without folder or extension: what Rename edits. */
export function fileName(relPath: string): string {
  return (relPath.split('/').pop() ?? relPath).replace(/\.galley$/i, '')
}

export function useLibraryActions({ documents, info, notify, select, startRename, refresh }: Options) {
  const failed = useCallback((error: unknown, fallback: string) => notify(isHostFailure(error) ? error.message : fallback), [notify])

  const run = useCallback(
    async (choice: LibraryAction, summary: ArticleSummary): Promise<void> => {
      const path = summary.path
      try {
        switch (choice.action) {
          case 'library.open':
            await documents.open(path)
            break
          case 'library.openInNewWindow':
            // Main's router: the window already showing it comes forward, else a window of its own.
            await host.desktop.openFiles([path])
            break
          case 'library.rename':
            startRename(path)
            break
          case 'library.duplicate': {
            const copy = await host.library.duplicate(path)
            select(copy.path)
            notify(`“${titleOf(summary)}” was duplicated as “${fileName(copy.relPath)}”.`)
            break
          }
          case 'library.move': {
            const moved = await documents.relocate(path, () => host.library.move(path, choice.folder))
            select(moved.path)
            notify(`“${titleOf(summary)}” is now in ${choice.folder ? `the ${choice.folder} desk` : 'the top level of the library'}.`)
            break
          }
          case 'library.trash': {
            if (!(await documents.release(path))) return
            const entry = await host.library.trash(path)
            select(null)
            notify(
              entry && info?.trashRestorable !== false
                ? `“${titleOf(summary)}” was moved to the trash. Restore it from Trash at the foot of the library.`
                : `“${titleOf(summary)}” was moved to the system trash; restore it from there if you need it again.`,
            )
            break
          }
          case 'library.reveal':
            await host.desktop.runCommand('file.reveal', path)
            break
          default:
            break
        }
      } catch (error) {
        failed(error, 'That did not work. Nothing was changed.')
      } finally {
        if (choice.action !== 'library.open' && choice.action !== 'library.rename' && choice.action !== 'library.reveal') refresh()
      }
    },
    [documents, info, notify, select, startRename, refresh, failed],
  )

  const rename = useCallback(
    async (summary: ArticleSummary, name: string): Promise<boolean> => {
      const wanted = name.trim()
      if (!wanted || wanted === fileName(summary.relPath)) return true
      try {
        const renamed = await documents.relocate(summary.path, () => host.library.rename(summary.path, wanted))
        select(renamed.path)
        refresh()
        return true
      } catch (error) {
        failed(error, 'The article could not be renamed. Nothing was changed.')
        return false
      }
    },
    [documents, select, refresh, failed],
  )

  const contextMenu = useCallback(
    async (summary: ArticleSummary): Promise<void> => {
      try {
        const choice = await host.desktop.showContextMenu({
          kind: 'library',
          path: summary.path,
          inLibrary: summary.inLibrary,
          folders: [...(info?.folders ?? [])].slice(0, 500),
          folder: summary.folder,
        })
        if (choice && choice.action.startsWith('library.')) await run(choice, summary)
      } catch (error) {
        failed(error, 'The menu could not be shown.')
      }
    },
    [info, run, failed],
  )

  return { run, rename, contextMenu }
}
