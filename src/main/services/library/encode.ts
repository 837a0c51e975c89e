// The bytes of an article file, fast for articles with large images: the images' JSON (most of the
// bytes) is kept from the previous save while the image set is unchanged, and spliced into the
// serializer's output for the rest. The result is byte-for-byte `serializeArticle(article)`.
import { serializeArticle, type Article } from '../../../shared/article/file'

/** Below this much image data the plain serializer is as fast. */
const SPLICE_FROM_BYTES = 256 * 1024
const ASSETS_LINE = '\n  "assets": '

export interface AssetBlock {
  readonly signature: string
  /** The images' data strings: the same strings (usually the same objects) mean the same bytes. */
  readonly data: readonly string[]
  readonly bytes: Buffer
}

export interface Encoded {
  /** The file's bytes in pieces, in order (the image block is not copied again). */
  readonly pieces: readonly Buffer[]
  readonly length: number
  readonly block: AssetBlock | null
}

const whole = (text: string): Encoded => {
  const bytes = Buffer.from(text, 'utf8')
  return { pieces: [bytes], length: bytes.length, block: null }
}

export function encodeArticle(article: Article, previous: AssetBlock | null): Encoded {
  const keys = Object.keys(article.assets).sort()
  let size = 0
  for (const key of keys) size += article.assets[key]?.data.length ?? 0
  if (size < SPLICE_FROM_BYTES) return whole(serializeArticle(article))
  const signature = keys.map((k) => `${k}:${JSON.stringify({ ...article.assets[k], data: '' })}`).join('\n')
  const data = keys.map((k) => article.assets[k]?.data ?? '')
  let block = previous?.signature === signature && previous.data.every((d, i) => d === data[i]) ? previous : null
  if (!block) {
    const sorted = Object.fromEntries(keys.map((k) => [k, article.assets[k]]))
    // Nested one level down in the file: every line but the first moves two spaces right.
    block = { signature, data, bytes: Buffer.from(JSON.stringify(sorted, null, 2).replace(/\n/g, '\n  '), 'utf8') }
  }
  // A raw newline plus two spaces can only be the file's own structure (strings escape newlines).
  const head = serializeArticle({ ...article, assets: {} })
  const at = head.indexOf(`${ASSETS_LINE}{}`)
  if (at === -1) return whole(serializeArticle(article))
  const start = at + ASSETS_LINE.length
  const pieces = [Buffer.from(head.slice(0, start), 'utf8'), block.bytes, Buffer.from(head.slice(start + 2), 'utf8')]
  return { pieces, length: pieces.reduce((n, p) => n + p.length, 0), block }
}
