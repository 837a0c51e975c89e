// Version history of each article in `.galley/history/<article id>/`: one JSON per snapshot (the
// article with its images taken out), a small `.info.json` beside it for listing, and the images once
// each in `assets/` (so twenty snapshots of a photo story do not hold twenty copies of its photos).
import { randomBytes } from 'node:crypto'
import * as path from 'node:path'
import { z } from 'zod'
import type { Asset } from '../../../shared/article/assets'
import { CURRENT_VERSION, parseArticle, type Article } from '../../../shared/article/file'
import { SNAPSHOT_REASONS, type Snapshot, type SnapshotInfo, type SnapshotReason } from '../../../shared/ipc/history'
import { isNotFound, writeFileAtomic } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { KeyedSerialQueue } from '../util/SerialQueue'
import { contentKey, UUID, wordCount } from './content'
import { fail } from './errors'
import type { InLibraryOptions } from './LibraryPaths'
import { snapshotsToPrune } from './prune'

/** At most one automatic snapshot per this interval while editing. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000
const ID = /^[0-9A-Za-z-]{1,80}$/

const InfoFileSchema = z.object({
  id: z.string().regex(ID),
  articleId: z.string(),
  at: z.number(),
  reason: z.enum(SNAPSHOT_REASONS),
  label: z.string().nullable(),
  headline: z.string(),
  words: z.number(),
  contentKey: z.string(),
  assets: z.array(z.string()),
})
type InfoFile = z.infer<typeof InfoFileSchema>

export type HistoryServiceOptions = InLibraryOptions

export class HistoryService {
  private readonly fs: FsLike
  private readonly queues = new KeyedSerialQueue()
  /** Snapshot list per article, newest first, once read (only this process writes history). */
  private readonly known = new Map<string, InfoFile[]>()

  constructor(private readonly options: HistoryServiceOptions) {
    this.fs = options.fs ?? nodeFs
  }

  private dir(articleId: string): string {
    if (!UUID.test(articleId)) throw fail('BAD_REQUEST', 'This article has no valid id, so it has no history.')
    return this.options.paths().internal('history', articleId.toLowerCase())
  }


  /** True when the last snapshot of the article is at least SNAPSHOT_INTERVAL_MS old (or there is none). */
  async due(articleId: string, now: Date): Promise<boolean> {
    const newest = (await this.infos(articleId))[0]
    return newest === undefined || now.getTime() - newest.at >= SNAPSHOT_INTERVAL_MS
  }

  /** Takes a snapshot; an automatic one is skipped (null) when the text equals the newest snapshot's. */
  snapshot(article: Article, reason: SnapshotReason, label: string | null = null): Promise<SnapshotInfo | null> {
    return this.queues.run(article.id, async () => {
      const infos = await this.infos(article.id)
      // Strictly increasing per article, so the order of snapshots taken in one millisecond is kept.
      const at = Math.max((this.options.now?.() ?? new Date()).getTime(), (infos[0]?.at ?? 0) + 1)
      const key = contentKey(article)
      if (reason === 'auto' && infos[0]?.contentKey === key) return null
      const dir = this.dir(article.id)
      await this.fs.mkdir(path.join(dir, 'assets'), { recursive: true })
      const stripped: Record<string, unknown> = {}
      for (const [k, asset] of Object.entries(article.assets)) {
        const { data, ...rest } = asset
        stripped[k] = rest
        const file = path.join(dir, 'assets', k)
        const exists = await this.fs.stat(file).then(
          () => true,
          () => false,
        )
        if (!exists) await writeFileAtomic(file, Buffer.from(data, 'base64'), { fs: this.fs })
      }
      const id = `${new Date(at).toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`
      const info: InfoFile = {
        id,
        articleId: article.id,
        at,
        reason,
        label,
        headline: article.meta.headline,
        words: wordCount(article.body),
        contentKey: key,
        assets: Object.keys(article.assets),
      }
      await writeFileAtomic(path.join(dir, `${id}.json`), JSON.stringify({ format: 'galley.snapshot', version: 1, article: { ...article, assets: stripped } }), { fs: this.fs })
      await writeFileAtomic(path.join(dir, `${id}.info.json`), `${JSON.stringify(info)}\n`, { fs: this.fs })
      this.known.set(article.id, [info, ...infos])
      await this.prune(article.id, [info, ...infos], at)
      return publicInfo(info)
    })
  }

  /** Newest first. */
  async list(articleId: string): Promise<SnapshotInfo[]> {
    return (await this.infos(articleId)).map(publicInfo)
  }

  async get(articleId: string, snapshotId: string): Promise<Snapshot> {
    const info = await this.info(articleId, snapshotId)
    const dir = this.dir(articleId)
    const raw = JSON.parse(await this.fs.readFile(path.join(dir, `${snapshotId}.json`), 'utf8')) as { article: Record<string, unknown> }
    const assets: Record<string, Asset> = {}
    for (const [k, rest] of Object.entries((raw.article['assets'] ?? {}) as Record<string, Omit<Asset, 'data'>>)) {
      const bytes = await this.fs.readFile(path.join(dir, 'assets', k)).catch(() => null)
      if (bytes) assets[k] = { ...rest, data: bytes.toString('base64') } as Asset
    }
    const parsed = parseArticle(JSON.stringify({ ...raw.article, version: CURRENT_VERSION, assets }))
    return { info: publicInfo(info), article: parsed.article }
  }

  setLabel(articleId: string, snapshotId: string, label: string | null): Promise<SnapshotInfo> {
    return this.queues.run(articleId, async () => {
      const info = { ...(await this.info(articleId, snapshotId)), label }
      await writeFileAtomic(path.join(this.dir(articleId), `${snapshotId}.info.json`), `${JSON.stringify(info)}\n`, { fs: this.fs })
      this.known.set(articleId, (await this.infos(articleId)).map((i) => (i.id === snapshotId ? info : i)))
      return publicInfo(info)
    })
  }

  private async info(articleId: string, snapshotId: string): Promise<InfoFile> {
    if (!ID.test(snapshotId)) throw noSuchSnapshot()
    const found = (await this.infos(articleId)).find((i) => i.id === snapshotId)
    if (!found) throw noSuchSnapshot()
    return found
  }

  private async infos(articleId: string): Promise<InfoFile[]> {
    const known = this.known.get(articleId)
    if (known) return known
    const read = await this.readInfos(articleId)
    this.known.set(articleId, read)
    return read
  }

  private async readInfos(articleId: string): Promise<InfoFile[]> {
    const dir = this.dir(articleId)
    let names: string[]
    try {
      names = await this.fs.readdir(dir)
    } catch (error) {
      if (isNotFound(error)) return []
      throw error
    }
    const present = new Set(names)
    const out: InfoFile[] = []
    for (const name of names) {
      if (!name.endsWith('.info.json')) continue
      const id = name.slice(0, -'.info.json'.length)
      if (!present.has(`${id}.json`)) continue
      try {
        const parsed = InfoFileSchema.safeParse(JSON.parse(await this.fs.readFile(path.join(dir, name), 'utf8')))
        if (parsed.success && parsed.data.id === id) out.push(parsed.data)
      } catch {
        // A damaged info file hides only that snapshot.
      }
    }
    return out.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
  }

  private async prune(articleId: string, infos: readonly InfoFile[], now: number): Promise<void> {
    const drop = new Set(snapshotsToPrune(infos, now))
    if (drop.size === 0) return
    this.known.set(articleId, infos.filter((i) => !drop.has(i.id)))
    const dir = this.dir(articleId)
    for (const id of drop) {
      await this.fs.unlink(path.join(dir, `${id}.info.json`)).catch(() => undefined)
      await this.fs.unlink(path.join(dir, `${id}.json`)).catch(() => undefined)
    }
    const used = new Set(infos.filter((i) => !drop.has(i.id)).flatMap((i) => i.assets))
    for (const name of await this.fs.readdir(path.join(dir, 'assets')).catch(() => [] as string[])) {
      if (!used.has(name)) await this.fs.unlink(path.join(dir, 'assets', name)).catch(() => undefined)
    }
  }
}

function publicInfo(info: InfoFile): SnapshotInfo {
  return { id: info.id, articleId: info.articleId, at: info.at, reason: info.reason as SnapshotReason, label: info.label, headline: info.headline, words: info.words }
}

function noSuchSnapshot(): Error {
  return fail('NO_SUCH_VERSION', 'That version is no longer in the history of this article.')
}
