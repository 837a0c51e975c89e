// A compact file for FlexSearch's export: its postings (millions of document numbers) as 32-bit
// integers instead of JSON text, which is what makes a warm start's search ready in a fraction of the
// time JSON.parse needs. Decoding gives back exactly the arrays FlexSearch exported, for its import.

const MAGIC = 'galley.search.1'

interface Section {
  readonly key: string
  /** `map`: [term, (number[] | null)[]][]; `ids`: number[]; `json`: anything else, as FlexSearch gave it. */
  readonly kind: 'map' | 'ids' | 'json'
  /** Bytes of UTF-8 text (terms joined by NUL, or the JSON). */
  readonly text: number
  /** Count of 32-bit integers. */
  readonly ints: number
}

/** Encodes FlexSearch's export ({ key: JSON text }) with a generation id into one buffer. */
export function encodeSearchCache(generation: string, parts: readonly (readonly [string, string])[]): Buffer {
  const sections: Section[] = []
  const texts: Buffer[] = []
  const ints: Uint32Array[] = []
  for (const [key, data] of parts) {
    const value = JSON.parse(data) as unknown
    const kind = classify(key, value)
    if (kind === 'map') {
      const encoded = encodeTermMap(value as [string, (number[] | null)[]][])
      const text = Buffer.from(encoded.text, 'utf8')
      const out = encoded.ints
      sections.push({ key, kind, text: text.length, ints: out.length })
      texts.push(text)
      ints.push(out)
    } else if (kind === 'ids') {
      const out = Uint32Array.from(value as number[])
      sections.push({ key, kind, text: 0, ints: out.length })
      texts.push(Buffer.alloc(0))
      ints.push(out)
    } else {
      const text = Buffer.from(data, 'utf8')
      sections.push({ key, kind, text: text.length, ints: 0 })
      texts.push(text)
      ints.push(new Uint32Array(0))
    }
  }
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, generation, sections }), 'utf8')
  const pieces: Buffer[] = [u32(header.length), header, Buffer.alloc((4 - ((4 + header.length) % 4)) % 4)]
  for (let s = 0; s < sections.length; s++) {
    const text = texts[s] as Buffer
    pieces.push(text, Buffer.alloc((4 - (text.length % 4)) % 4))
    const block = ints[s] as Uint32Array
    pieces.push(Buffer.from(block.buffer, block.byteOffset, block.byteLength))
  }
  return Buffer.concat(pieces)
}

/** The generation and FlexSearch's export as arrays (its import takes them as they are), or null if damaged. */
export function decodeSearchCache(bytes: Buffer): { generation: string; parts: [string, unknown][] } | null {
  try {
    const headerLength = bytes.readUInt32LE(0)
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as { magic?: unknown; generation?: unknown; sections?: Section[] }
    if (header.magic !== MAGIC || typeof header.generation !== 'string' || !Array.isArray(header.sections)) return null
    let offset = align(4 + headerLength)
    const parts: [string, unknown][] = []
    for (const section of header.sections) {
      const text = bytes.subarray(offset, offset + section.text).toString('utf8')
      offset = align(offset + section.text)
      // Copied out so the integers are 4-byte aligned whatever the buffer's own offset.
      const ints = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + section.ints * 4))
      offset += section.ints * 4
      if (section.kind === 'json') parts.push([section.key, JSON.parse(text)])
      else if (section.kind === 'ids') parts.push([section.key, Array.from(ints)])
      else {
        const entries = decodeTermMap(text, ints)
        if (!entries) return null
        parts.push([section.key, entries])
      }
    }
    return offset === bytes.length ? { generation: header.generation, parts } : null
  } catch {
    return null
  }
}

/**
 * A term map (FlexSearch's `map`: term -> documents per score band) as terms joined by NUL and one
 * array of 32-bit integers: per term its band count, then per band 0 for a hole or length + 1 and
 * the document numbers. Also how worker threads hand their part of an index to the main thread.
 * `entries` is walked twice (a Map or an array, not a one-shot iterator).
 */
export function encodeTermMap(entries: Iterable<readonly [string, readonly (readonly number[] | null | undefined)[]]>): { text: string; ints: Uint32Array } {
  const terms: string[] = []
  let count = 0
  for (const [term, buckets] of entries) {
    terms.push(term)
    count += 1
    for (const bucket of buckets) count += 1 + (bucket?.length ?? 0)
  }
  const out = new Uint32Array(count)
  let i = 0
  for (const [, buckets] of entries) {
    out[i++] = buckets.length
    for (const bucket of buckets) {
      out[i++] = bucket ? bucket.length + 1 : 0
      if (bucket) for (let k = 0; k < bucket.length; k++) out[i++] = bucket[k] as number
    }
  }
  return { text: terms.join('\0'), ints: out }
}

/** The entries `encodeTermMap` encoded (holes as null, as FlexSearch exports them), or null if damaged. */
export function decodeTermMap(text: string, ints: Uint32Array): [string, (number[] | null)[]][] | null {
  const terms = text === '' ? [] : text.split('\0')
  const entries: [string, (number[] | null)[]][] = []
  let i = 0
  for (const term of terms) {
    const count = ints[i++] as number
    if (count === undefined) return null
    const buckets: (number[] | null)[] = []
    for (let b = 0; b < count; b++) {
      const length = ints[i++] as number
      if (length === 0) buckets.push(null)
      else {
        const ids = new Array<number>(length - 1)
        for (let k = 0; k < length - 1; k++) ids[k] = ints[i++] as number
        buckets.push(ids)
      }
    }
    entries.push([term, buckets])
  }
  return i === ints.length ? entries : null
}

function classify(key: string, value: unknown): Section['kind'] {
  const name = key.split('.').filter((p) => p !== 'json').pop()
  if (name === 'reg' && Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) return 'ids'
  if (
    name === 'map' &&
    Array.isArray(value) &&
    value.every(
      (e) =>
        Array.isArray(e) &&
        typeof e[0] === 'string' &&
        !e[0].includes('\0') &&
        Array.isArray(e[1]) &&
        (e[1] as unknown[]).every((b) => b === null || (Array.isArray(b) && b.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff))),
    )
  )
    return 'map'
  return 'json'
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n, 0)
  return b
}

function align(n: number): number {
  return n + ((4 - (n % 4)) % 4)
}
