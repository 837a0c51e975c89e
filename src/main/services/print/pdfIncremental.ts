// A PDF incremental update (ISO 32000-1 §7.5.6) for the few objects the print post-process
// changes: the original bytes stay as they are, the changed and new objects, a cross-reference
// section for them and a trailer pointing back (/Prev) to the original one are appended. Reading
// is limited to what Chromium writes (one classic cross-reference table, no encryption); anything
// else is refused with NotIncremental so the caller can rewrite the file with pdf-lib instead.
import { PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from 'pdf-lib'

/** The file is not one this reader handles; `reason` says why (for the fallback's log and tests). */
export class NotIncremental extends Error {
  constructor(readonly reason: string) {
    super(`not appendable: ${reason}`)
  }
}

interface XrefEntry {
  readonly offset: number
  readonly generation: number
}

const latin1 = (bytes: Uint8Array, start: number, end: number): string => {
  let s = ''
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!)
  return s
}

const encodeLatin1 = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

/** How far from the end `startxref` may be (the spec's "last 1024 bytes", with room for trailing junk). */
const TAIL = 2048

function parseXrefTable(bytes: Uint8Array, at: number): { entries: Map<number, XrefEntry>; trailerAt: number } {
  // Cross-reference subsections are short ASCII lines: read them as text up to the trailer.
  const end = indexOf(bytes, 'trailer', at)
  if (end < 0) throw new NotIncremental('no trailer after the cross-reference table')
  const lines = latin1(bytes, at, end).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean)
  if (lines.shift() !== 'xref') throw new NotIncremental('startxref does not point at a cross-reference table (a cross-reference stream?)')
  const entries = new Map<number, XrefEntry>()
  while (lines.length) {
    const head = /^(\d+) (\d+)$/.exec(lines.shift()!)
    if (!head) throw new NotIncremental('malformed cross-reference subsection')
    const first = Number(head[1])
    const count = Number(head[2])
    if (count > lines.length) throw new NotIncremental('truncated cross-reference subsection')
    for (let i = 0; i < count; i++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(lines.shift()!)
      if (!entry) throw new NotIncremental('malformed cross-reference entry')
      if (entry[3] === 'n') entries.set(first + i, { offset: Number(entry[1]), generation: Number(entry[2]) })
    }
  }
  return { entries, trailerAt: end + 'trailer'.length }
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, from, 'latin1')
}

function lastIndexOf(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(text, undefined, 'latin1')
}

/**
 * A PDF opened for an incremental update: objects are parsed on demand from their cross-reference
 * offsets; `set` and `add` collect what `save` appends.
 */
export class AppendablePdf {
  readonly context = PDFContext.create()
  readonly trailer: PDFDict
  private readonly entries: Map<number, XrefEntry>
  private readonly startxref: number
  private readonly size: number
  private readonly parsed = new Map<number, PDFObject>()
  private readonly changed = new Map<number, Uint8Array>()
  private nextNumber: number

  constructor(private readonly bytes: Uint8Array) {
    if (latin1(bytes, 0, Math.min(bytes.length, 8)).slice(0, 5) !== '%PDF-') throw new NotIncremental('no PDF header')
    const tailStart = Math.max(0, bytes.length - TAIL)
    if (!latin1(bytes, tailStart, bytes.length).includes('%%EOF')) throw new NotIncremental('no %%EOF at the end')
    const sx = lastIndexOf(bytes, 'startxref')
    if (sx < tailStart) throw new NotIncremental('no startxref near the end')
    const m = /^startxref\s+(\d+)/.exec(latin1(bytes, sx, Math.min(bytes.length, sx + 40)))
    if (!m) throw new NotIncremental('malformed startxref')
    this.startxref = Number(m[1])
    if (this.startxref <= 0 || this.startxref >= sx) throw new NotIncremental('startxref outside the file')
    const { entries, trailerAt } = parseXrefTable(bytes, this.startxref)
    this.entries = entries
    const trailer = PDFObjectParser.forBytes(bytes.subarray(trailerAt, sx), this.context).parseObject()
    if (!(trailer instanceof PDFDict)) throw new NotIncremental('trailer is not a dictionary')
    for (const key of ['Encrypt', 'Prev', 'XRefStm']) {
      // Encrypted strings would need re-encrypting; earlier sections and hybrid files need merging.
      if (trailer.has(PDFName.of(key))) throw new NotIncremental(`trailer has /${key}`)
    }
    const size = trailer.get(PDFName.of('Size'))
    if (!(size instanceof PDFNumber) || !(trailer.get(PDFName.of('Root')) instanceof PDFRef)) throw new NotIncremental('trailer lacks /Size or /Root')
    this.size = size.asNumber()
    for (const n of entries.keys()) if (n >= this.size) throw new NotIncremental('cross-reference entry beyond /Size')
    this.trailer = trailer
    this.nextNumber = this.size
  }

  /** The object a reference points to (parsed once); other objects are returned as they are. */
  resolve(obj: PDFObject | undefined): PDFObject | undefined {
    if (!(obj instanceof PDFRef)) return obj
    const cached = this.parsed.get(obj.objectNumber)
    if (cached) return cached
    const entry = this.entries.get(obj.objectNumber)
    if (!entry || entry.generation !== obj.generationNumber) throw new NotIncremental(`object ${obj.objectNumber} ${obj.generationNumber} is not in the table`)
    if (entry.offset >= this.bytes.length) throw new NotIncremental(`object ${obj.objectNumber} lies beyond the end`)
    const header = /^(\d+)\s+(\d+)\s+obj\b/.exec(latin1(this.bytes, entry.offset, Math.min(this.bytes.length, entry.offset + 32)))
    if (!header || Number(header[1]) !== obj.objectNumber || Number(header[2]) !== entry.generation) throw new NotIncremental(`object ${obj.objectNumber} is not where the table says`)
    const value = PDFObjectParser.forBytes(this.bytes.subarray(entry.offset + header[0].length), this.context).parseObject()
    this.parsed.set(obj.objectNumber, value)
    return value
  }

  /** A dictionary the reference points to, or NotIncremental. */
  dict(obj: PDFObject | undefined, what: string): PDFDict {
    const value = this.resolve(obj)
    if (!(value instanceof PDFDict)) throw new NotIncremental(`${what} is not a dictionary`)
    return value
  }

  /** Replaces an existing object in the update. */
  set(ref: PDFRef, value: PDFObject): void {
    const entry = this.entries.get(ref.objectNumber)
    if (!entry || entry.generation !== ref.generationNumber) throw new NotIncremental(`object ${ref.objectNumber} cannot be replaced`)
    const out = new Uint8Array(value.sizeInBytes())
    value.copyBytesInto(out, 0)
    this.changed.set(ref.objectNumber, out)
  }

  /** A new object (a dictionary, array, string…) in the update. */
  add(value: PDFObject): PDFRef {
    const out = new Uint8Array(value.sizeInBytes())
    value.copyBytesInto(out, 0)
    return this.addBytes(out)
  }

  /** A new unfiltered stream whose content is `content` (ASCII operators). */
  addStream(content: string): PDFRef {
    return this.addBytes(encodeLatin1(`<</Length ${content.length}>>\nstream\n${content}\nendstream`))
  }

  private addBytes(bytes: Uint8Array): PDFRef {
    const ref = PDFRef.of(this.nextNumber++)
    this.changed.set(ref.objectNumber, bytes)
    return ref
  }

  /** The original bytes followed by the update (or the original bytes alone when nothing changed). */
  save(trailerEntries: { readonly Info?: PDFRef } = {}): Uint8Array {
    if (!this.changed.size) return this.bytes
    const parts: Uint8Array[] = []
    let offset = this.bytes.length
    const push = (part: Uint8Array): void => {
      parts.push(part)
      offset += part.length
    }
    const last = this.bytes[this.bytes.length - 1]
    if (last !== 0x0a && last !== 0x0d) push(encodeLatin1('\n'))
    const numbers = [...this.changed.keys()].sort((a, b) => a - b)
    const offsets = new Map<number, number>()
    for (const n of numbers) {
      offsets.set(n, offset)
      const generation = this.entries.get(n)?.generation ?? 0
      push(encodeLatin1(`${n} ${generation} obj\n`))
      push(this.changed.get(n)!)
      push(encodeLatin1('\nendobj\n'))
    }
    const xrefAt = offset
    let xref = 'xref\n'
    // One subsection per run of consecutive object numbers; each entry exactly 20 bytes.
    for (let i = 0; i < numbers.length; ) {
      let j = i
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++
      xref += `${numbers[i]} ${j - i + 1}\n`
      for (let k = i; k <= j; k++) {
        const n = numbers[k]!
        xref += `${String(offsets.get(n)).padStart(10, '0')} ${String(this.entries.get(n)?.generation ?? 0).padStart(5, '0')} n \n`
      }
      i = j + 1
    }
    const trailer = PDFDict.withContext(this.context)
    trailer.set(PDFName.of('Size'), PDFNumber.of(this.nextNumber))
    trailer.set(PDFName.of('Root'), this.trailer.get(PDFName.of('Root'))!)
    const info = trailerEntries.Info ?? this.trailer.get(PDFName.of('Info'))
    if (info) trailer.set(PDFName.of('Info'), info)
    const id = this.trailer.get(PDFName.of('ID'))
    if (id) trailer.set(PDFName.of('ID'), id)
    trailer.set(PDFName.of('Prev'), PDFNumber.of(this.startxref))
    const trailerBytes = new Uint8Array(trailer.sizeInBytes())
    trailer.copyBytesInto(trailerBytes, 0)
    push(encodeLatin1(xref + 'trailer\n'))
    push(trailerBytes)
    push(encodeLatin1(`\nstartxref\n${xrefAt}\n%%EOF\n`))
    const out = new Uint8Array(offset)
    out.set(this.bytes, 0)
    let at = this.bytes.length
    for (const part of parts) {
      out.set(part, at)
      at += part.length
    }
    return out
  }
}
