// Recently opened articles, in the user-data folder (they may lie outside any library). Articles
// opened from outside the library are remembered here, which also lets the user reopen them.
import * as path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { SerialQueue } from '../util/SerialQueue'

const MAX_RECENT = 30
const RecentSchema = z.array(z.object({ path: z.string(), opened: z.number() }))
export type RecentEntry = z.infer<typeof RecentSchema>[number]

export class RecentStore {
  private entries: RecentEntry[] | null = null
  private readonly queue = new SerialQueue()
  private readonly file: string

  constructor(
    userDataDir: string,
    private readonly fs: FsLike = nodeFs,
  ) {
    this.file = path.join(userDataDir, 'recent.json')
  }

  /** The list with every change asked for so far applied (and written, or given up on). */
  list(): Promise<RecentEntry[]> {
    return this.queue.run(() => this.load())
  }

  private async load(): Promise<RecentEntry[]> {
    if (this.entries === null) {
      try {
        const parsed = RecentSchema.safeParse(JSON.parse(await this.fs.readFile(this.file, 'utf8')))
        this.entries = parsed.success ? parsed.data : []
      } catch {
        this.entries = []
      }
    }
    return this.entries
  }

  add(real: string, at: number): Promise<void> {
    return this.update(async (list) => [{ path: real, opened: at }, ...list.filter((e) => e.path !== real)].slice(0, MAX_RECENT))
  }

  renamed(from: string, to: string): Promise<void> {
    return this.update(async (list) => list.map((e) => (e.path === from ? { ...e, path: to } : e)))
  }

  clear(): Promise<void> {
    return this.update(async () => [])
  }

  remove(real: string): Promise<void> {
    return this.update(async (list) => list.filter((e) => e.path !== real))
  }

  private update(change: (list: RecentEntry[]) => Promise<RecentEntry[]>): Promise<void> {
    return this.queue.run(async () => {
      const next = await change(await this.load())
      this.entries = next
      // Remembering is a convenience: a full disk must not break opening an article.
      await this.fs
        .mkdir(path.dirname(this.file), { recursive: true })
        .then(() => writeFileAtomic(this.file, `${JSON.stringify(next)}\n`, { fs: this.fs }))
        .catch(() => undefined)
    })
  }
}
