// Crash recovery: between saves, the renderer's unsaved content is journalled (atomically) to
// `.galley/recovery/<article id>.json`, images added since the last save to `recovery/assets/`. A save
// that writes the same content clears the journal. At start, journals newer than their file are set
// aside in `recovery/pending/` (so new typing cannot overwrite them) until the user accepts or discards.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { AssetSchema, type Asset } from '../../../shared/article/assets'
import { ArticleContentSchema, type ArticleContent } from '../../../shared/ipc/library'
import { isNotFound, writeFileAtomic } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { KeyedSerialQueue } from '../util/SerialQueue'
import { contentKey, referencedAssets, UUID } from './content'
import type { InLibraryOptions } from './LibraryPaths'

const RecordSchema = z.object({
  format: z.literal('galley.recovery'),
  version: z.literal(1),
  /** The article's id. */
  id: z.string(),
  path: z.string(),
  baseRevision: z.string(),
  /** ms since the epoch. */
  written: z.number(),
  contentKey: z.string(),
  content: ArticleContentSchema,
})
export type JournalRecord = Omit<z.infer<typeof RecordSchema>, 'content'> & { readonly content: ArticleContent }
export type PendingRecord = JournalRecord & { readonly recoveryId: string }


export type RecoveryJournalOptions = InLibraryOptions

export class RecoveryJournal {
  private readonly fs: FsLike
  private readonly queues = new KeyedSerialQueue()
  /** Content key of the newest journal per article, to clear it only when that very content is saved. */
  private readonly latest = new Map<string, string>()

  constructor(private readonly options: RecoveryJournalOptions) {
    this.fs = options.fs ?? nodeFs
  }

  private dir(...parts: string[]): string {
    return this.options.paths().internal('recovery', ...parts)
  }

  private file(articleId: string): string {
    if (!UUID.test(articleId)) throw new Error('article id is not a UUID')
    return this.dir(`${articleId.toLowerCase()}.json`)
  }


  write(articleId: string, filePath: string, content: ArticleContent, baseRevision: string): Promise<void> {
    const key = contentKey(content)
    this.latest.set(articleId, key)
    return this.queues.run(articleId, async () => {
      if (this.latest.get(articleId) !== key) return // a newer journal is queued behind this one
      await this.fs.mkdir(this.dir(), { recursive: true })
      const record: JournalRecord = {
        format: 'galley.recovery',
        version: 1,
        id: articleId,
        path: filePath,
        baseRevision,
        written: (this.options.now?.() ?? new Date()).getTime(),
        contentKey: key,
        content,
      }
      await writeFileAtomic(this.file(articleId), JSON.stringify(record), { fs: this.fs })
    })
  }

  /** Removes the journal when it holds exactly the content just saved (newer typing stays journalled). */
  clearIfSaved(articleId: string, savedKey: string): Promise<void> {
    return this.queues.run(articleId, async () => {
      const latest = this.latest.get(articleId) ?? (await this.read(this.file(articleId)))?.contentKey
      if (latest === undefined || latest === savedKey) {
        this.latest.delete(articleId)
        await this.unlink(this.file(articleId))
      }
    })
  }

  clear(articleId: string): Promise<void> {
    this.latest.delete(articleId)
    return this.queues.run(articleId, () => this.unlink(this.file(articleId)))
  }

  /** Keeps an image added since the last save, so a recovered article still has it. */
  async keepAsset(key: string, asset: Asset): Promise<void> {
    const file = this.dir('assets', `${key}.json`)
    if (await this.fs.stat(file).then(() => true, () => false)) return
    await this.fs.mkdir(this.dir('assets'), { recursive: true })
    await writeFileAtomic(file, JSON.stringify(asset), { fs: this.fs })
  }

  async asset(key: string): Promise<Asset | null> {
    if (!/^[0-9a-f]{64}$/.test(key)) return null
    try {
      const parsed = AssetSchema.safeParse(JSON.parse(await this.fs.readFile(this.dir('assets', `${key}.json`), 'utf8')))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  /** Every live journal (after a crash: what the renderer had not saved). */
  async journals(): Promise<JournalRecord[]> {
    const names = await this.fs.readdir(this.dir()).catch(() => [] as string[])
    const out: JournalRecord[] = []
    for (const name of names) {
      if (!name.endsWith('.json') || !UUID.test(name.slice(0, -5))) continue
      const record = await this.read(this.dir(name))
      if (record) out.push(record)
      else await this.unlink(this.dir(name)) // damaged: nothing in it can be offered
    }
    return out
  }

  /** Moves a live journal aside as a pending recovery, with an id of its own. */
  async setAside(record: JournalRecord): Promise<PendingRecord> {
    const recoveryId = randomUUID()
    await this.fs.mkdir(this.dir('pending'), { recursive: true })
    await this.fs.rename(this.file(record.id), this.dir('pending', `${recoveryId}.json`))
    this.latest.delete(record.id)
    return { ...record, recoveryId }
  }

  async pending(): Promise<PendingRecord[]> {
    const names = await this.fs.readdir(this.dir('pending')).catch(() => [] as string[])
    const out: PendingRecord[] = []
    for (const name of names) {
      const recoveryId = name.slice(0, -5)
      if (!name.endsWith('.json') || !UUID.test(recoveryId)) continue
      const record = await this.read(this.dir('pending', name))
      if (record) out.push({ ...record, recoveryId })
    }
    return out.sort((a, b) => b.written - a.written)
  }

  async removePending(recoveryId: string): Promise<void> {
    if (UUID.test(recoveryId)) await this.unlink(this.dir('pending', `${recoveryId}.json`))
  }

  /** Deletes kept images no journal refers to any more. */
  async sweepAssets(): Promise<void> {
    const records = [...(await this.journals()), ...(await this.pending())]
    const used = new Set(records.flatMap((r) => [...referencedAssets(r.content.body)]))
    for (const name of await this.fs.readdir(this.dir('assets')).catch(() => [] as string[])) {
      if (!used.has(name.replace(/\.json$/, ''))) await this.unlink(this.dir('assets', name))
    }
  }

  private async read(file: string): Promise<JournalRecord | null> {
    try {
      const parsed = RecordSchema.safeParse(JSON.parse(await this.fs.readFile(file, 'utf8')))
      return parsed.success ? (parsed.data as JournalRecord) : null
    } catch {
      return null
    }
  }

  private async unlink(file: string): Promise<void> {
    await this.fs.unlink(file).catch((error: unknown) => {
      if (!isNotFound(error)) throw error
    })
  }
}
