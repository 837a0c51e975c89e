// The ImageSink importers write to: takes `data:` URLs and files next to the imported document,
// checks each is really a PNG, JPEG, WebP, GIF or a script-free SVG within the size limit, and
// keeps it under the SHA-256 of its bytes.
import { createHash } from 'node:crypto'
import { readFileSync, realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { MAX_IMAGE_BYTES, sniffImageType, type Asset, type Assets } from '../../../shared/article/assets'
import type { ImageSink } from '../../../shared/convert/imported'

const MAX_IMAGES = 500

/** An SVG that could run code (scripts, handlers, javascript: links, embedded HTML) is refused. */
export function isActiveSvg(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString('utf8')
  return /<script|\bon[a-z]+\s*=|javascript:|<foreignObject|<iframe|<embed|<object|xlink:href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif|webp))/i.test(text)
}

export class AssetCollector implements ImageSink {
  readonly assets: Record<string, Asset> = {}
  private count = 0

  /** `baseDir`: the imported file's folder; relative image paths may not leave it. */
  constructor(private readonly baseDir: string | null = null) {}

  fromSource(src: string): string | null {
    if (this.count >= MAX_IMAGES) return null
    const bytes = src.startsWith('data:') ? decodeDataUrl(src) : this.readLocal(src)
    if (!bytes) return null
    return this.add(bytes, src.startsWith('data:') ? undefined : path.basename(src))
  }

  add(bytes: Uint8Array, name?: string): string | null {
    if (bytes.length === 0 || bytes.length > MAX_IMAGE_BYTES) return null
    const mime = sniffImageType(bytes.subarray(0, 512))
    if (!mime || (mime === 'image/svg+xml' && isActiveSvg(bytes))) return null
    const key = createHash('sha256').update(bytes).digest('hex')
    if (!this.assets[key]) {
      this.assets[key] = { mime, data: Buffer.from(bytes).toString('base64'), ...(name ? { name: name.slice(0, 300) } : {}) }
      this.count++
    }
    return key
  }

  private readLocal(src: string): Uint8Array | null {
    if (!this.baseDir || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return null
    try {
      const relative = decodeURIComponent(src.split(/[?#]/)[0] ?? '')
      const base = realpathSync(this.baseDir)
      const full = realpathSync(path.resolve(base, relative))
      if (full !== base && !full.startsWith(base + path.sep)) return null
      if (statSync(full).size > MAX_IMAGE_BYTES) return null
      return readFileSync(full)
    } catch {
      return null
    }
  }
}

export function decodeDataUrl(src: string): Uint8Array | null {
  const m = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/s.exec(src)
  if (!m) return null
  const payload = m[4] ?? ''
  if (payload.length > MAX_IMAGE_BYTES * 1.4) return null
  try {
    return m[3] ? Buffer.from(payload.replace(/\s+/g, ''), 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8')
  } catch {
    return null
  }
}

export type { Assets }
