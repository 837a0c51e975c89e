// Opens a ZIP container (DOCX) defensively before anything else reads it: every entry is inflated
// once, counting bytes against limits, so a zip bomb is refused before mammoth ever sees it. yauzl
// also refuses entries that inflate to more than they declare.
import { GalleyError } from '../../../shared/ipc/errors'
import * as yauzl from 'yauzl'

export interface ZipLimits {
  /** Sum of all entries, inflated. */
  readonly maxTotalBytes: number
  readonly maxEntries: number
  /** Inflated size / compressed size above which a large entry counts as a bomb. */
  readonly maxRatio: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 400 * 1024 * 1024, maxEntries: 5000, maxRatio: 200 }

const bomb = (): GalleyError =>
  new GalleyError('FILE_TOO_LARGE', 'This document unpacks to far more data than a real document holds (a “zip bomb”), so Galley refused to open it. Nothing was changed.')
const damaged = (what: string): GalleyError =>
  new GalleyError('FILE_DAMAGED', `This ${what} is damaged or incomplete, so Galley cannot import it. Nothing was changed.`)

/** Checks the archive and returns the inflated bytes of the entries `keep` selects. */
export async function inspectZip(bytes: Uint8Array, keep: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS, what = 'document'): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false })
  } catch {
    throw damaged(what)
  }
  const kept = new Map<string, Buffer>()
  let total = 0
  let count = 0
  try {
    for await (const entry of zip.eachEntry()) {
      if (++count > limits.maxEntries) throw bomb()
      if (entry.fileName.endsWith('/')) continue
      const declared = entry.uncompressedSize
      if (total + declared > limits.maxTotalBytes) throw bomb()
      if (declared > 1024 * 1024 && declared / Math.max(1, entry.compressedSize) > limits.maxRatio) throw bomb()
      const stream = await zip.openReadStreamPromise(entry)
      const chunks: Buffer[] = []
      const wanted = keep(entry.fileName)
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length
        if (total > limits.maxTotalBytes) {
          stream.destroy()
          throw bomb()
        }
        if (wanted) chunks.push(chunk)
      }
      if (wanted) kept.set(entry.fileName, Buffer.concat(chunks))
    }
  } catch (error) {
    if (error instanceof GalleyError) throw error
    // yauzl's check that an entry inflates to no more than it declares.
    if (error instanceof Error && /too many bytes/i.test(error.message)) throw bomb()
    throw damaged(what)
  } finally {
    zip.close()
  }
  return kept
}
