// The in-app list of recently opened articles (File › Open Recent on Windows and Linux; macOS keeps
// its own through app.addRecentDocument). A small JSON file in the user-data folder.
import { mkdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { writeFileAtomic } from './fs/atomicWrite'
import { SerialQueue } from './util/SerialQueue'

export interface RecentEntry {
  readonly path: string
  readonly title: string
}

export const MAX_RECENT = 10

export class RecentDocuments {
  private entries: RecentEntry[] | undefined
  private readonly queue = new SerialQueue()
  readonly file: string

  constructor(
    userDataDir: string,
    private readonly samePath: (a: string, b: string) => boolean = (a, b) => a === b,
  ) {
    this.file = path.join(userDataDir, 'recent.json')
  }

  async list(): Promise<readonly RecentEntry[]> {
    return [...(await this.load())]
  }

  /** Puts the article first; a title replaces the one remembered (an empty one keeps it). */
  async add(filePath: string, title = ''): Promise<void> {
    const entries = await this.load()
    const old = entries.find((e) => this.samePath(e.path, filePath))
    const entry = { path: filePath, title: title || old?.title || path.basename(filePath, path.extname(filePath)) }
    if (old && old.title === entry.title && entries[0] === old) return
    this.entries = [entry, ...entries.filter((e) => !this.samePath(e.path, filePath))].slice(0, MAX_RECENT)
    await this.save()
  }

  async remove(filePath: string): Promise<void> {
    const entries = await this.load()
    this.entries = entries.filter((e) => !this.samePath(e.path, filePath))
    if (this.entries.length !== entries.length) await this.save()
  }

  async clear(): Promise<void> {
    this.entries = []
    await this.save()
  }

  /** Resolves once the writes queued so far are on disk. */
  async idle(): Promise<void> {
    await this.queue.idle()
  }

  private async load(): Promise<RecentEntry[]> {
    if (this.entries) return this.entries
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as unknown
      this.entries = Array.isArray(data)
        ? data
            .filter((e): e is RecentEntry => typeof e?.path === 'string' && typeof e?.title === 'string' && path.isAbsolute(e.path))
            .slice(0, MAX_RECENT)
        : []
    } catch {
      // Missing or damaged: the list starts empty; it is only a convenience.
      this.entries = []
    }
    return this.entries
  }

  private save(): Promise<void> {
    const text = `${JSON.stringify(this.entries ?? [], null, 2)}\n`
    return this.queue.run(async () => {
      await mkdir(path.dirname(this.file), { recursive: true })
      await writeFileAtomic(this.file, text)
    })
  }
}
