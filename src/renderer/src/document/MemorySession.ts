// A DocumentSession over an article held in the window's memory only (tests, previews): nothing is
// ever written. The window itself edits through HostSession, which saves to the article's file.
import { sniffImageType } from '../../../shared/article/assets'
import type { Article } from '../../../shared/article/file'
import { GalleyError } from '../../../shared/ipc/errors'
import { checkImageSize, sha256Hex, toBase64 } from './bytes'
import type { AddedImage, NewImageInput } from './DocumentSession'
import { SessionCore } from './SessionCore'

export class MemorySession extends SessionCore {
  protected edited(): void {
    // Nothing to save: the article lives in memory only.
  }

  /** The whole article as a file would hold it. */
  snapshot(): Article {
    return { ...this.article, ...this.current(), assets: this.currentAssets() }
  }

  async addImage(image: NewImageInput): Promise<AddedImage> {
    checkImageSize(image.bytes)
    const sniffed = sniffImageType(image.bytes.subarray(0, 512))
    if (!sniffed) throw new GalleyError('IMAGE_UNSUPPORTED', 'This file is not a PNG, JPEG, WebP, GIF or SVG image.')
    const key = await sha256Hex(image.bytes)
    return this.keepAsset(key, { mime: sniffed, data: toBase64(image.bytes), ...(image.name ? { name: image.name.slice(0, 300) } : {}) })
  }
}
