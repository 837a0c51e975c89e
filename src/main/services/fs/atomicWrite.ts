// Durable replace of a file: temp file in the same folder -> fsync -> rename over the target ->
// fsync the folder. A failure at any step leaves the old file untouched and removes the temp file.
import { randomBytes } from 'node:crypto'
import * as path from 'node:path'
import { nodeFs, type FsLike } from './FsLike'

export const TEMP_PREFIX = '.galley-tmp-'

export interface AtomicWriteOptions {
  readonly fs?: FsLike
  /** Permission bits for a file that does not exist yet (default 0o644 minus umask). */
  readonly mode?: number
  /** CPU work to do while the thread pool writes the bytes (hashing them, say): it runs in that wait. */
  readonly whileWriting?: () => void
}

/**
 * Writes `data` to `target` atomically. A symlinked target stays a symlink: its real file is replaced.
 * `data` may come in pieces (written in order, never joined in memory: large files stay cheap).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | readonly Uint8Array[], options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs
  const realTarget = await resolveTarget(fs, target)
  const dir = path.dirname(realTarget)
  let mode = options.mode ?? 0o644
  try {
    mode = (await fs.stat(realTarget)).mode & 0o7777
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(realTarget)}.${randomBytes(6).toString('hex')}`)
  let handle: Awaited<ReturnType<FsLike['open']>> | undefined
  try {
    handle = await fs.open(temp, 'wx', mode)
    const opened = handle
    const writing = (async () => {
      if (Array.isArray(data)) for (const piece of data as readonly Uint8Array[]) await opened.writeFile(piece)
      else await opened.writeFile(data as string | Uint8Array)
    })()
    try {
      options.whileWriting?.()
    } finally {
      await writing
    }
    await handle.sync()
    await handle.close()
    handle = undefined
    // open() applies the umask; set the old file's bits exactly.
    await fs.chmod(temp, mode)
    await fs.rename(temp, realTarget)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDir(fs, dir)
}

async function resolveTarget(fs: FsLike, target: string): Promise<string> {
  try {
    return await fs.realpath(target)
  } catch (error) {
    if (!isNotFound(error)) throw error
    // New file (or a dangling symlink): write where the path points, inside its real folder.
    const dir = await fs.realpath(path.dirname(target))
    return path.join(dir, path.basename(target))
  }
}

async function syncDir(fs: FsLike, dir: string): Promise<void> {
  let handle: Awaited<ReturnType<FsLike['open']>> | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Windows cannot open or fsync a directory; the rename is already durable enough there.
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

export function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}

/** Removes temp files a crash left behind in `dir` (not recursive). Returns the names removed. */
export async function sweepTempFiles(dir: string, fs: FsLike = nodeFs): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
  const removed: string[] = []
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue
    await fs.unlink(path.join(dir, name)).then(
      () => removed.push(name),
      () => undefined,
    )
  }
  return removed
}
