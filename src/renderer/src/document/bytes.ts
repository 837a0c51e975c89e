// Byte helpers for images: SHA-256 keys (WebCrypto) and base64 without a 100 MB string blow-up.
import { MAX_IMAGE_BYTES } from '../../../shared/article/assets'
import { GalleyError } from '../../../shared/ipc/errors'

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

export function fromBase64(data: string): Uint8Array {
  const binary = atob(data)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** Refuses an image over the file format's limit before its bytes travel anywhere. */
export function checkImageSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new GalleyError('IMAGE_TOO_LARGE', `This image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Make it smaller and add it again.`)
  }
}
