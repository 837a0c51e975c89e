// Moving articles to the trash. The app uses the system trash (Electron's shell.trashItem, under
// main/electron); the CLI and tests use `NodeTrash`: `.galley/trash/` in the library, with restore.
import { randomUUID } from 'node:crypto'
import * as path from 'node:path'
import { z } from 'zod'
import type { TrashedArticle } from '../../../shared/ipc/library'
import { writeFileAtomic } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { fail, writeFailed } from './errors'
import type { LibraryPaths } from './LibraryPaths'

export interface Trash {
  /** False when trashed files can only be restored from the system's trash. */
  readonly restorable: boolean
  /** Moves the file away; returns its trash entry when this trash can restore it. */
  trash(real: string, relPath: string): Promise<TrashedArticle | null>
  list(): Promise<TrashedArticle[]>
  /** Takes the file out of the trash; returns the relPath it was put back at (a free name beside the old one). */
  restore(trashId: string, putBack: (entry: TrashedArticle, file: string) => Promise<string>): Promise<string>
}

const EntrySchema = z.object({ id: z.string(), name: z.string(), relPath: z.string(), trashedAt: z.number() })
const ID = /^[0-9a-f-]{36}$/

export class NodeTrash implements Trash {
  readonly restorable = true
  private readonly fs: FsLike

  constructor(
    private readonly paths: () => LibraryPaths,
    fs: FsLike = nodeFs,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.fs = fs
  }

  private dir(...parts: string[]): string {
    return this.paths().internal('trash', ...parts)
  }

  async trash(real: string, relPath: string): Promise<TrashedArticle> {
    const entry: TrashedArticle = { id: randomUUID(), name: path.basename(real), relPath, trashedAt: this.now().getTime() }
    try {
      await this.fs.mkdir(this.dir(entry.id), { recursive: true })
      await writeFileAtomic(this.dir(`${entry.id}.json`), JSON.stringify(entry), { fs: this.fs })
      await this.fs.rename(real, this.dir(entry.id, entry.name))
    } catch (error) {
      await this.fs.rm(this.dir(`${entry.id}.json`), { force: true }).catch(() => undefined)
      await this.fs.rm(this.dir(entry.id), { recursive: true, force: true }).catch(() => undefined)
      throw writeFailed(error, `move “${entry.name}” to the trash`)
    }
    return entry
  }

  async list(): Promise<TrashedArticle[]> {
    const names = await this.fs.readdir(this.dir()).catch(() => [] as string[])
    const out: TrashedArticle[] = []
    for (const name of names) {
      if (!name.endsWith('.json') || !ID.test(name.slice(0, -5))) continue
      try {
        const parsed = EntrySchema.safeParse(JSON.parse(await this.fs.readFile(this.dir(name), 'utf8')))
        if (parsed.success) out.push(parsed.data)
      } catch {
        // An unreadable entry is left alone; the file itself stays in the trash folder.
      }
    }
    return out.sort((a, b) => b.trashedAt - a.trashedAt)
  }

  async restore(trashId: string, putBack: (entry: TrashedArticle, file: string) => Promise<string>): Promise<string> {
    const entry = (await this.list()).find((e) => e.id === trashId)
    if (!entry) throw fail('NOT_FOUND', 'That article is no longer in the trash.')
    const rel = await putBack(entry, this.dir(entry.id, entry.name))
    await this.fs.rm(this.dir(entry.id), { recursive: true, force: true })
    await this.fs.rm(this.dir(`${entry.id}.json`), { force: true })
    return rel
  }
}
