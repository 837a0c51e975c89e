// Pixel size of a PNG, JPEG, GIF or WebP from its header, for exporters that must state it (DOCX).
export interface PixelSize {
  readonly width: number
  readonly height: number
}

export function imageSize(bytes: Uint8Array): PixelSize | null {
  const u16be = (i: number): number => ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)
  const u16le = (i: number): number => (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8)
  const u32be = (i: number): number => u16be(i) * 65536 + u16be(i + 2)
  const ok = (s: PixelSize): PixelSize | null => (s.width > 0 && s.height > 0 ? s : null)
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return ok({ width: u32be(16), height: u32be(20) })
  if (bytes[0] === 0x47 && bytes[1] === 0x49) return ok({ width: u16le(6), height: u16le(8) })
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null
      const marker = bytes[i + 1] ?? 0
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return ok({ width: u16be(i + 7), height: u16be(i + 5) })
      i += 2 + u16be(i + 2)
    }
    return null
  }
  if (bytes[0] === 0x52 && bytes[8] === 0x57) {
    const chunk = String.fromCharCode(...bytes.subarray(12, 16))
    if (chunk === 'VP8 ') return ok({ width: u16le(26) & 0x3fff, height: u16le(28) & 0x3fff })
    if (chunk === 'VP8L') {
      const b = (i: number): number => bytes[21 + i] ?? 0
      return ok({ width: 1 + (((b(1) & 0x3f) << 8) | b(0)), height: 1 + (((b(3) & 0xf) << 10) | (b(2) << 2) | ((b(1) & 0xc0) >> 6)) })
    }
    if (chunk === 'VP8X') {
      const u24 = (i: number): number => (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16)
      return ok({ width: 1 + u24(24), height: 1 + u24(27) })
    }
  }
  return null
}
