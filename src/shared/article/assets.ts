// Images embedded in an article file: keyed by the SHA-256 of their bytes, base64 in the JSON.
import { z } from 'zod'
import { ASSET_KEY } from './body'

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'] as const
export type ImageMime = (typeof IMAGE_MIME_TYPES)[number]
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024

export const AssetSchema = z.looseObject({
  mime: z.enum(IMAGE_MIME_TYPES),
  /** The image's bytes, base64. */
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  /** The file name it came from, for the user's benefit. */
  name: z.string().max(300).optional(),
})
export type Asset = z.infer<typeof AssetSchema>
export const AssetsSchema = z.record(z.string().regex(ASSET_KEY, 'must be a SHA-256 key'), AssetSchema)
export type Assets = z.infer<typeof AssetsSchema>

/** Decoded size of a base64 string, without decoding it. */
export function base64ByteLength(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0
  return Math.floor((data.length * 3) / 4) - padding
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes the first `maxBytes` bytes of a base64 string (enough to sniff a file type). */
export function base64Head(data: string, maxBytes: number): Uint8Array {
  const chars = data.slice(0, Math.ceil(maxBytes / 3) * 4)
  const out: number[] = []
  for (let i = 0; i + 3 < chars.length + 3 && out.length < maxBytes; i += 4) {
    const n = [0, 1, 2, 3].map((k) => {
      const c = chars[i + k]
      return c === undefined || c === '=' ? -1 : B64.indexOf(c)
    })
    const [a = -1, b = -1, c = -1, d = -1] = n
    if (a < 0 || b < 0) break
    out.push(((a << 2) | (b >> 4)) & 0xff)
    if (c >= 0) out.push((((b & 15) << 4) | (c >> 2)) & 0xff)
    if (d >= 0) out.push((((c & 3) << 6) | d) & 0xff)
  }
  return Uint8Array.from(out.slice(0, maxBytes))
}

/** The image type its first bytes say it is, or null. SVG is recognised by its text. */
export function sniffImageType(head: Uint8Array): ImageMime | null {
  const at = (i: number): number => head[i] ?? -1
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'image/png'
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg'
  if (at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'image/gif'
  if (at(0) === 0x52 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x46 && at(8) === 0x57 && at(9) === 0x45 && at(10) === 0x42 && at(11) === 0x50) return 'image/webp'
  let text = ''
  for (const byte of head.slice(0, 512)) text += String.fromCharCode(byte)
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'image/svg+xml'
  return null
}

export function dataUrl(asset: Pick<Asset, 'mime' | 'data'>): string {
  return `data:${asset.mime};base64,${asset.data}`
}
