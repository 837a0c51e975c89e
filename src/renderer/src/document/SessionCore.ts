// What every DocumentSession shares, wherever the article lives: the fields, the editor's body
// source, change notifications and displayable image URLs. Subclasses decide what an edit sets off
// (`edited`) and how images are stored.
import { dataUrl, type Asset, type Assets } from '../../../shared/article/assets'
import type { BodyJSON } from '../../../shared/article/body'
import type { Article } from '../../../shared/article/file'
import type { Layout } from '../../../shared/article/layout'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { ArticleContent } from '../../../shared/ipc/library'
import type { AddedImage, DocumentChange, DocumentSession, NewImageInput } from './DocumentSession'

export abstract class SessionCore implements DocumentSession {
  readonly article: Article
  readonly readOnly: string | null
  protected meta: ArticleMeta
  protected layout: Layout
  protected readonly assets: Map<string, Asset>
  private readBody: (() => BodyJSON) | null = null
  private readonly listeners = new Set<(change: DocumentChange) => void>()
  // Building a data: URL copies the whole image: do it once per image, not on every render.
  private readonly urls = new Map<string, string>()

  constructor(article: Article, readOnly: string | null = null) {
    this.article = article
    this.readOnly = readOnly
    this.meta = article.meta
    this.layout = article.layout
    this.assets = new Map(Object.entries(article.assets))
  }

  /** An edit of the fields or the body happened (never called for a read-only article). */
  protected abstract edited(change: DocumentChange): void

  abstract addImage(image: NewImageInput): Promise<AddedImage>

  getMeta(): ArticleMeta {
    return this.meta
  }

  updateMeta(patch: Partial<ArticleMeta>): void {
    if (this.readOnly) return
    this.meta = { ...this.meta, ...patch, modified: new Date().toISOString() }
    this.emit('meta')
    this.edited('meta')
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
    this.edited('layout')
  }

  currentAssets(): Assets {
    return Object.fromEntries(this.assets) as Assets
  }

  setBodySource(read: () => BodyJSON): () => void {
    this.readBody = read
    return () => {
      if (this.readBody === read) this.readBody = null
    }
  }

  bodyChanged(): void {
    this.emit('body')
    if (!this.readOnly) this.edited('body')
  }

  current(): ArticleContent {
    return { meta: this.meta, layout: this.layout, body: this.readBody ? this.readBody() : this.article.body }
  }

  subscribe(listener: (change: DocumentChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  assetUrl(key: string): string | null {
    const cached = this.urls.get(key)
    if (cached) return cached
    const asset = this.assets.get(key)
    if (!asset) return null
    const url = dataUrl(asset)
    this.urls.set(key, url)
    return url
  }

  /** Keeps an image the article now holds and returns how the window shows it. */
  protected keepAsset(key: string, asset: Asset): AddedImage {
    if (!this.assets.has(key)) {
      this.assets.set(key, asset)
      this.emit('assets')
    }
    return { key, url: this.assetUrl(key) ?? '' }
  }

  protected emit(change: DocumentChange): void {
    for (const listener of [...this.listeners]) listener(change)
  }
}
