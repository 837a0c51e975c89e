// Bytes of a text file to a string: UTF-8 with or without BOM, UTF-16 with BOM, and the legacy
// Windows code pages our newsrooms still receive (1251 for Russian and Kazakh, 1256 for Dari),
// detected from the bytes or named by the user. Decoding uses the platform's WHATWG TextDecoder.
import { GalleyError } from '../../../shared/ipc/errors'

export interface DecodedText {
  readonly text: string
  /** The encoding used, as a WHATWG label (`utf-8`, `utf-16le`, `windows-1251`…). */
  readonly encoding: string
}

/** The canonical name for a label the user typed (`cp1251`, `Windows-1256`, `utf8`…), or null. */
export function encodingName(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^cp-?(125\d)$/, 'windows-$1').replace(/^win-?(125\d)$/, 'windows-$1')
  try {
    return new TextDecoder(l).encoding
  } catch {
    return null
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * Between the two legacy code pages: Russian in 1251 is mostly lowercase letters (0xE0–0xFF), while
 * Arabic script in 1256 sits mostly in 0xC1–0xDF and uses 0x80–0x9F for Persian letters (پ چ ژ ک گ).
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1256' {
  let upper = 0
  let lower = 0
  let c1 = 0
  for (const b of bytes.subarray(0, 200_000)) {
    if (b >= 0xe0) lower++
    else if (b >= 0xc0) upper++
    else if (b >= 0x80 && b <= 0x9f) c1++
  }
  return lower > upper + c1 ? 'windows-1251' : 'windows-1256'
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++
  }
  return control > sample.length * 0.02
}

export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding) {
    const name = encodingName(encoding)
    if (!name) throw new GalleyError('ENCODING_UNKNOWN', `Galley does not know the text encoding “${encoding}”. Try utf-8, utf-16, windows-1251 or windows-1256.`, encoding)
    const text = new TextDecoder(name).decode(bytes)
    return { text: fromLegacy(text.replace(/^\uFEFF/, ''), name), encoding: name }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  if (looksBinary(bytes)) {
    throw new GalleyError('NOT_TEXT', 'This file is not text (it looks like a program, an image or a damaged file), so Galley cannot import it.')
  }
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' }
  // A file cut off in the middle of a character is still UTF-8: drop the partial character.
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const head = bytes.subarray(0, bytes.length - cut)
    if (isValidUtf8(head)) return { text: new TextDecoder('utf-8').decode(head), encoding: 'utf-8' }
  }
  // Mostly UTF-8 with a few damaged characters: keep it, the damage shows as �.
  const lossy = new TextDecoder('utf-8').decode(bytes)
  const damagedChars = lossy.match(/\uFFFD/g)?.length ?? 0
  // eslint-disable-next-line no-control-regex -- counting what is not ASCII
  const nonAscii = lossy.match(/[^\x00-\x7F]/g)?.length ?? 0
  if (damagedChars > 0 && damagedChars <= nonAscii * 0.05) return { text: lossy, encoding: 'utf-8' }
  const legacy = guessLegacyEncoding(bytes)
  return { text: fromLegacy(new TextDecoder(legacy).decode(bytes), legacy), encoding: legacy }
}

/**
 * Windows-1256 has no Persian yeh (ی) and Persian texts in it use the Arabic yeh (ي) and kaf (ك) as
 * stand-ins; a Dari text (it has پ چ ژ گ) gets its own letters back.
 */
function fromLegacy(text: string, encoding: string): string {
  if (encoding !== 'windows-1256' || !/[پچژگ]/u.test(text)) return text
  return text.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک')
}

/** Bytes of `text` in a single-byte code page (for tests and fixtures: TextEncoder only writes UTF-8). */
export function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding)
  const table = new Map<string, number>()
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b)
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch)
    if (b === undefined) throw new Error(`${JSON.stringify(ch)} has no byte in ${encoding}`)
    return b
  }))
}
