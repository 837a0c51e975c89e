// Compares a rendered page with its reviewed reference PNG: a pixel differs when any channel moves
// by more than `channelTolerance`; the pages match when few enough pixels differ.
import { PNG } from 'pngjs'

export interface PngDiff {
  readonly sameSize: boolean
  readonly differing: number
  readonly total: number
  readonly ratio: number
}

export function comparePngs(actual: Buffer, reference: Buffer, channelTolerance = 48): PngDiff {
  const a = PNG.sync.read(actual)
  const b = PNG.sync.read(reference)
  if (a.width !== b.width || a.height !== b.height) return { sameSize: false, differing: a.width * a.height, total: a.width * a.height, ratio: 1 }
  let differing = 0
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > channelTolerance) {
        differing++
        break
      }
    }
  }
  const total = a.width * a.height
  return { sameSize: true, differing, total, ratio: differing / total }
}
