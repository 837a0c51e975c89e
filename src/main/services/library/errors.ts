// Typed errors of the article and library services, in words a journalist understands.
import { GalleyError } from '../../../shared/ipc/errors'

export const fail = (code: string, message: string, detail?: string): GalleyError => new GalleyError(code, message, detail)

export function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/** What went wrong with the disk, in plain words. */
export function diskTrouble(error: unknown): string {
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EACCES':
    case 'EPERM':
      return 'Galley is not allowed to write there'
    case 'EROFS':
      return 'the folder is read-only'
    case 'EIO':
      return 'the disk reported an error'
    case 'ENOENT':
      return 'the folder no longer exists'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open'
    case 'ENAMETOOLONG':
      return 'the name is too long'
    default:
      return 'the disk refused the change'
  }
}

/** A failed save: the old file is untouched and the edits are kept; the sentence says so. */
export function saveFailed(error: unknown, name: string): GalleyError {
  return fail(
    'SAVE_FAILED',
    `“${name}” could not be saved because ${diskTrouble(error)}. The file on disk is unchanged and your edits are kept in Galley; free some space or check the folder, then save again.`,
    errnoOf(error),
  )
}

export function writeFailed(error: unknown, what: string): GalleyError {
  return fail('WRITE_FAILED', `Galley could not ${what} because ${diskTrouble(error)}. Nothing was changed.`, errnoOf(error))
}

export function readFailed(error: unknown, name: string): GalleyError {
  const code = errnoOf(error)
  if (code === 'ENOENT') return fail('NOT_FOUND', `“${name}” no longer exists. It may have been moved or deleted.`, code)
  if (code === 'EACCES' || code === 'EPERM') return fail('READ_FAILED', `Galley is not allowed to read “${name}”. Nothing was changed.`, code)
  if (code === 'EISDIR') return fail('NOT_A_FILE', `“${name}” is a folder, not an article. Nothing was changed.`, code)
  return fail('READ_FAILED', `“${name}” could not be read (${code ?? 'read error'}). Nothing was changed.`, code)
}
