// Images added to an article: size limit, type by magic bytes (what the file claims does not count),
// SVG sanitized with DOMPurify (in jsdom, loaded only when an SVG arrives), keyed by SHA-256.
import type { Asset } from '../../../shared/article/assets'
import { MAX_IMAGE_BYTES, sniffImageType } from '../../../shared/article/assets'
import type { NewImage } from '../../../shared/ipc/library'
import { sha256 } from './content'
import { fail } from './errors'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export async function prepareImage(image: NewImage): Promise<{ key: string; asset: Asset }> {
  const clean = image.data.replace(/\s+/g, '')
  if (!BASE64.test(clean) || clean.length % 4 === 1) {
    throw fail('IMAGE_UNSUPPORTED', 'This image could not be read (its data is damaged). Nothing was added.')
  }
  let bytes: Buffer = Buffer.from(clean, 'base64')
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw fail('IMAGE_TOO_LARGE', `This image is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Galley accepts images up to ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Nothing was added.`)
  }
  let mime = sniffImageType(bytes.subarray(0, 512))
  if (mime === null) {
    throw fail('IMAGE_UNSUPPORTED', 'This file is not a PNG, JPEG, WebP, GIF or SVG image, so it cannot be placed in an article. Nothing was added.')
  }
  if (mime === 'image/svg+xml') {
    bytes = Buffer.from(await sanitizeSvg(bytes.toString('utf8')), 'utf8')
    mime = sniffImageType(bytes.subarray(0, 512))
    if (mime !== 'image/svg+xml') throw fail('IMAGE_UNSUPPORTED', 'This SVG image holds nothing Galley can safely show. Nothing was added.')
  }
  const asset: Asset = { mime, data: bytes.toString('base64'), ...(image.name ? { name: image.name.slice(0, 300) } : {}) }
  return { key: sha256(bytes), asset }
}

type Purifier = { sanitize(svg: string): string }
let purifier: Promise<Purifier> | undefined

/** Drops scripts, event handlers, foreign HTML and every reference to anything outside the image. */
export async function sanitizeSvg(svg: string): Promise<string> {
  purifier ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')])
    const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0])
    purify.addHook('afterSanitizeAttributes', (node) => {
      for (const name of ['href', 'xlink:href', 'src']) {
        const value = node.getAttribute(name)
        if (value !== null && !value.startsWith('#') && !/^data:image\/(png|jpeg|gif|webp);base64,/i.test(value)) node.removeAttribute(name)
      }
    })
    return {
      sanitize: (input: string) =>
        purify.sanitize(input, {
          USE_PROFILES: { svg: true, svgFilters: true },
          FORBID_TAGS: ['foreignObject', 'script', 'style', 'a'],
          FORBID_ATTR: ['style'],
        }),
    }
  })()
  const clean = (await purifier).sanitize(svg).trim()
  return clean.startsWith('<svg') ? `<?xml version="1.0" encoding="UTF-8"?>\n${clean}\n` : ''
}
