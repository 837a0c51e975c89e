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
  /**
   * Work to do while the bytes go to disk (hashing them, say). It runs alongside the whole write ->
   * fsync -> rename -> fsync-folder chain and is awaited before this returns or throws. Long CPU work
   * should yield now and then (see `sha256Yielding`), so each disk step starts as soon as the one
   * before it ends instead of waiting for the CPU.
   */
  readonly whileWriting?: () => void | Promise<void>
}

/**
 * Writes `data` to `target` atomically. A symlinked target stays a symlink: its real file is replaced.
 * `data` may come in pieces (written in order, never joined in memory: large files stay cheap).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | readonly Uint8Array[], options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs
  const realTarget = await resolveTarget(fs, target)
  let mode = options.mode ?? 0o644
  let oldSize = 0
  try {
    const stat = await fs.stat(realTarget)
    mode = stat.mode & 0o7777
    oldSize = stat.size
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
  const temp = path.join(path.dirname(realTarget), `${TEMP_PREFIX}${path.basename(realTarget)}.${randomBytes(6).toString('hex')}`)
  // Started on a later turn, so the temp file's open is already on its way to the thread pool.
  const work = options.whileWriting ? new Promise<void>((resolve) => setImmediate(resolve)).then(options.whileWriting) : null
  try {
    await replaceDurably(fs, temp, realTarget, data, mode, oldSize >= KEEP_OLD_FROM_BYTES)
  } catch (error) {
    await work?.catch(() => undefined)
    throw error
  }
  await work
}

async function replaceDurably(fs: FsLike, temp: string, realTarget: string, data: string | Uint8Array | readonly Uint8Array[], mode: number, keepOld: boolean): Promise<void> {
  let handle: Awaited<ReturnType<FsLike['open']>> | undefined
  let old: string | null = null
  try {
    handle = await fs.open(temp, 'wx', mode)
    await writeAll(handle, typeof data === 'string' ? [Buffer.from(data, 'utf8')] : Array.isArray(data) ? (data as readonly Uint8Array[]) : [data as Uint8Array])
    await handle.sync()
    await handle.close()
    handle = undefined
    // open() applies the umask; set the old file's bits exactly.
    await fs.chmod(temp, mode)
    if (keepOld) old = await secondName(fs, realTarget, temp)
    await fs.rename(temp, realTarget)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    if (old) await fs.unlink(old).catch(() => undefined)
    throw error
  }
  try {
    await syncDir(fs, path.dirname(realTarget))
  } finally {
    // Off the save's path: this is where the old version's blocks are freed.
    if (old) void fs.unlink(old).catch(() => undefined)
  }
}

/** From this size, freeing the replaced file's blocks inside the rename shows in the save's time. */
const KEEP_OLD_FROM_BYTES = 1024 * 1024

/**
 * Gives the file about to be replaced a second (temp) name, so the rename over it only drops a link
 * and freeing its blocks happens after the save returns. Null where hard links are not possible; a
 * crash leaves a temp file that the sweep at start removes.
 */
async function secondName(fs: FsLike, realTarget: string, temp: string): Promise<string | null> {
  const name = `${temp}.old`
  try {
    await fs.link(realTarget, name)
    return name
  } catch {
    return null
  }
}

/**
 * All the pieces in one vectored write (looping only on a short write). One request to the thread
 * pool, where `FileHandle.writeFile` makes one per 512 KiB, each waiting for the main thread.
 */
async function writeAll(handle: Awaited<ReturnType<FsLike['open']>>, pieces: readonly Uint8Array[]): Promise<void> {
  let rest = pieces.filter((p) => p.length > 0)
  while (rest.length > 0) {
    const batch = rest.slice(0, WRITEV_MAX)
    let { bytesWritten } = await handle.writev(batch)
    if (bytesWritten === 0) throw Object.assign(new Error('write wrote nothing'), { code: 'EIO' })
    const left: Uint8Array[] = []
    for (const piece of rest) {
      if (bytesWritten >= piece.length) bytesWritten -= piece.length
      else {
        left.push(bytesWritten > 0 ? piece.subarray(bytesWritten) : piece)
        bytesWritten = 0
      }
    }
    rest = left
  }
}

/** Below every platform's IOV_MAX. */
const WRITEV_MAX = 512

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
