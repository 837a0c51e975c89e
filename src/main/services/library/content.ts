// Small pure helpers over articles the library services share: hashes, summaries, referenced images.
import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import * as path from 'node:path'
import type { Assets } from '../../../shared/article/assets'
import type { AnyNodeJSON, BodyJSON } from '../../../shared/article/body'
import type { Article } from '../../../shared/article/file'
import { countedBlocks, countWords } from '../../../shared/article/stats'
import type { ArticleContent, ArticleSummary } from '../../../shared/ipc/library'

/** Article ids are UUIDs: checked before one becomes part of a path (history, journals). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function sha256(data: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256')
  if (Array.isArray(data)) for (const piece of data as readonly Uint8Array[]) hash.update(piece)
  else hash.update(data as string | Uint8Array)
  return hash.digest('hex')
}

/**
 * SHA-256 of bytes in pieces, a slice at a time with a turn of the event loop between slices: hashing
 * a file of many megabytes then runs alongside its write instead of holding up each disk step.
 */
export async function sha256Yielding(pieces: readonly Uint8Array[], slice = 1024 * 1024): Promise<string> {
  const hash = createHash('sha256')
  for (const piece of pieces) {
    for (let at = 0; at < piece.length; at += slice) {
      hash.update(piece.subarray(at, at + slice))
      if (at + slice < piece.length) await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return hash.digest('hex')
}

/** Identifies what the user wrote, whatever time it was saved at: equal content, equal key. */
export function contentKey(content: ArticleContent): string {
  return sha256(JSON.stringify([{ ...content.meta, modified: '' }, content.layout, content.body]))
}

export function wordCount(body: BodyJSON): number {
  let words = 0
  for (const block of countedBlocks(body)) words += countWords(block.text)
  return words
}

export interface FileFacts {
  readonly real: string
  readonly rel: string | null
  readonly stat: Pick<Stats, 'size' | 'mtimeMs'>
}

export function summarize(article: Article, file: FileFacts, words = wordCount(article.body)): ArticleSummary {
  const m = article.meta
  return {
    ...location(file),
    id: article.id,
    headline: m.headline,
    kicker: m.kicker,
    section: m.section,
    status: m.status,
    byline: m.byline,
    date: m.date,
    template: m.template,
    language: m.language,
    tags: m.tags,
    words,
  }
}

export function location(file: FileFacts): Pick<ArticleSummary, 'path' | 'relPath' | 'folder' | 'inLibrary' | 'modified' | 'size'> {
  const relPath = file.rel ?? path.basename(file.real)
  const slash = relPath.lastIndexOf('/')
  return {
    path: file.real,
    relPath,
    folder: file.rel !== null && slash > 0 ? relPath.slice(0, slash) : '',
    inLibrary: file.rel !== null,
    modified: Math.round(file.stat.mtimeMs),
    size: file.stat.size,
  }
}

/** The image keys the body refers to, wherever the image node sits. */
export function referencedAssets(body: BodyJSON): Set<string> {
  const keys = new Set<string>()
  const walk = (node: AnyNodeJSON): void => {
    if (node.type === 'image') keys.add(node.asset)
    const children = (node as { children?: readonly AnyNodeJSON[] }).children
    if (children) for (const child of children) walk(child)
  }
  walk(body.root)
  return keys
}

/** The images of `pool` the body uses, in a stable order (unused ones are not written). */
export function assetsFor(body: BodyJSON, pool: ReadonlyMap<string, Assets[string]>): Assets {
  const out: Record<string, Assets[string]> = {}
  for (const key of [...referencedAssets(body)].sort()) {
    const asset = pool.get(key)
    if (asset) out[key] = asset
  }
  return out
}
