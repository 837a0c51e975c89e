// The seam between the editor and wherever an article lives. The window edits one article through
// this interface only; `MemorySession` keeps it in memory, a host-backed session (library.open /
// save / addImage) implements the same contract without the editor changing.
import type { Article } from '../../../shared/article/file'
import type { Assets, ImageMime } from '../../../shared/article/assets'
import type { BodyJSON } from '../../../shared/article/body'
import type { Layout } from '../../../shared/article/layout'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { ArticleContent } from '../../../shared/ipc/library'

export type DocumentChange = 'meta' | 'body' | 'assets' | 'layout'

export interface NewImageInput {
  readonly mime: ImageMime
  /** The image's bytes. */
  readonly bytes: Uint8Array
  readonly name?: string
}

export interface AddedImage {
  /** SHA-256 (hex) of the bytes: the `asset` of an image node. */
  readonly key: string
  /** A URL the window can display (data: or blob:). */
  readonly url: string
}

export interface DocumentSession {
  /** The article as it was opened (id, layout, body to start the editor from, assets). */
  readonly article: Article
  /** Set when the article must not be changed (from a newer Galley); the sentence says why. */
  readonly readOnly: string | null
  getMeta(): ArticleMeta
  updateMeta(patch: Partial<ArticleMeta>): void
  /**
   * The editor hands over how to read its body. The session calls it only when it needs the
   * content (saving, exporting), never on a keystroke. Returns the unregister function.
   */
  setBodySource(read: () => BodyJSON): () => void
  /** The print layout as it stands (page, columns, type, copyfit target…). */
  getLayout(): Layout
  /** Changes the print layout (the inspector's print settings); notifies 'layout'. */
  updateLayout(patch: Partial<Layout>): void
  /** The article's images as they stand, those added since it was opened included (printing needs them). */
  currentAssets(): Assets
  /** Cheap notification from the editor that the body changed; no content is passed. */
  bodyChanged(): void
  /** Everything a save needs, with the body read from the editor now. */
  current(): ArticleContent
  subscribe(listener: (change: DocumentChange) => void): () => void
  /** Stores an image in the article (deduplicated by its hash). */
  addImage(image: NewImageInput): Promise<AddedImage>
  /** The displayable URL of an asset, or null when the article has no such image. */
  assetUrl(key: string): string | null
}
