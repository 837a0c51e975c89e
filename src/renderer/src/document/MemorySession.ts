// A DocumentSession over an article held in the window's memory.
import { dataUrl, MAX_IMAGE_BYTES, sniffImageType, type Asset, type Assets } from '../../../shared/article/assets'
import type { BodyJSON } from '../../../shared/article/body'
import { createArticle, type Article } from '../../../shared/article/file'
import type { Layout } from '../../../shared/article/layout'
import type { ArticleMeta } from '../../../shared/article/meta'
import { GalleyError } from '../../../shared/ipc/errors'
import type { ArticleContent } from '../../../shared/ipc/library'
import { sha256Hex, toBase64 } from './bytes'
import type { AddedImage, DocumentChange, DocumentSession, NewImageInput } from './DocumentSession'

export class MemorySession implements DocumentSession {
  readonly article: Article
  readonly readOnly: string | null
  private meta: ArticleMeta
  private layout: Layout
  private readonly assets: Record<string, Asset>
  private readBody: (() => BodyJSON) | null = null
  private readonly listeners = new Set<(change: DocumentChange) => void>()
  // Building a data: URL copies the whole image: do it once per image, not on every render.
  private readonly urls = new Map<string, string>()

  constructor(article: Article, readOnly: string | null = null) {
    this.article = article
    this.readOnly = readOnly
    this.meta = article.meta
    this.layout = article.layout
    this.assets = { ...article.assets }
  }

  /** A new, empty article in `language`, as the window opens with. */
  static blank(meta: Partial<ArticleMeta> = {}): MemorySession {
    return new MemorySession(createArticle({ id: crypto.randomUUID(), now: new Date(), meta }))
  }

  getMeta(): ArticleMeta {
    return this.meta
  }

  updateMeta(patch: Partial<ArticleMeta>): void {
    if (this.readOnly) return
    this.meta = { ...this.meta, ...patch, modified: new Date().toISOString() }
    this.emit('meta')
  }

  getLayout(): Layout {
    return this.layout
  }

  updateLayout(patch: Partial<Layout>): void {
    if (this.readOnly) return
    // Only the keys that change: a patch that changes nothing neither notifies nor dirties the article.
    if ((Object.keys(patch) as (keyof Layout)[]).every((k) => Object.is(this.layout[k], patch[k]))) return
    this.layout = { ...this.layout, ...patch }
    this.meta = { ...this.meta, modified: new Date().toISOString() }
    this.emit('layout')
  }

  currentAssets(): Assets {
    return this.assets as Assets
  }

  setBodySource(read: () => BodyJSON): () => void {
    this.readBody = read
    return () => {
      if (this.readBody === read) this.readBody = null
    }
  }

  bodyChanged(): void {
    this.emit('body')
  }

  current(): ArticleContent {
    return { meta: this.meta, layout: this.layout, body: this.readBody ? this.readBody() : this.article.body }
  }

  /** The whole article as a file would hold it. */
  snapshot(): Article {
    return { ...this.article, ...this.current(), assets: { ...this.assets } as Assets }
  }

  subscribe(listener: (change: DocumentChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async addImage(image: NewImageInput): Promise<AddedImage> {
    if (image.bytes.length > MAX_IMAGE_BYTES) {
      throw new GalleyError('IMAGE_TOO_LARGE', `This image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Make it smaller and add it again.`)
    }
    const sniffed = sniffImageType(image.bytes.subarray(0, 512))
    if (!sniffed) throw new GalleyError('IMAGE_UNSUPPORTED', 'This file is not a PNG, JPEG, WebP, GIF or SVG image.')
    const key = await sha256Hex(image.bytes)
    if (!this.assets[key]) {
      this.assets[key] = { mime: sniffed, data: toBase64(image.bytes), ...(image.name ? { name: image.name.slice(0, 300) } : {}) }
      this.emit('assets')
    }
    return { key, url: this.assetUrl(key) ?? '' }
  }

  assetUrl(key: string): string | null {
    const cached = this.urls.get(key)
    if (cached) return cached
    const asset = this.assets[key]
    if (!asset) return null
    const url = dataUrl(asset)
    this.urls.set(key, url)
    return url
  }

  private emit(change: DocumentChange): void {
    for (const listener of [...this.listeners]) listener(change)
  }
}
