// Windows .ico and macOS .icns files made of the PNG renderings in resources/icons/ (both formats
// accept PNG-compressed images). electron-builder takes them for the app and the .galley documents.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import * as path from 'node:path'

export interface SizedPng {
  readonly size: number
  readonly data: Uint8Array
}

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const

/** ICONDIR + one ICONDIRENTRY per image + the PNGs (Windows Vista and later read PNG entries). */
export function encodeIco(images: readonly SizedPng[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach((image, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(image.size >= 256 ? 0 : image.size, entry)
    header.writeUInt8(image.size >= 256 ? 0 : image.size, entry + 1)
    header.writeUInt8(0, entry + 2)
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(image.data.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += image.data.length
  })
  return Buffer.concat([header, ...images.map((i) => Buffer.from(i.data))])
}

/** The icns element types that hold PNG data, by pixel size (`@2x` types reuse the larger renderings). */
export const ICNS_TYPES: readonly (readonly [type: string, size: number])[] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]

export function encodeIcns(pngBySize: ReadonlyMap<number, Uint8Array>): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const data = pngBySize.get(size)
    if (!data) throw new Error(`icns needs a ${size}×${size} PNG`)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(8 + data.length, 4)
    return Buffer.concat([head, Buffer.from(data)])
  })
  const body = Buffer.concat(elements)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([head, body])
}

/** Reads resources/icons/NxN.png and writes resources/build/icon.ico and icon.icns. */
export async function writeIconContainers(root: string): Promise<void> {
  const png = async (size: number): Promise<Uint8Array> => readFile(path.join(root, `resources/icons/${size}x${size}.png`))
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])]
  const bySize = new Map<number, Uint8Array>()
  for (const size of sizes) bySize.set(size, await png(size))
  await mkdir(path.join(root, 'resources/build'), { recursive: true })
  await writeFile(path.join(root, 'resources/build/icon.ico'), encodeIco(ICO_SIZES.map((size) => ({ size, data: bySize.get(size)! }))))
  await writeFile(path.join(root, 'resources/build/icon.icns'), encodeIcns(bySize))
}
