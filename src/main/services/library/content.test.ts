import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256, sha256Yielding } from './content'

describe('sha256Yielding', () => {
  it('gives the SHA-256 of the pieces joined, whatever the slice size', async () => {
    const pieces = [randomBytes(3000), Buffer.alloc(0), randomBytes(1), randomBytes(70_001)]
    const whole = sha256(Buffer.concat(pieces))
    expect(await sha256Yielding(pieces)).toBe(whole)
    expect(await sha256Yielding(pieces, 4096)).toBe(whole)
    expect(await sha256Yielding(pieces, 1)).toBe(whole)
    expect(await sha256Yielding([])).toBe(sha256(Buffer.alloc(0)))
  })

  it('lets other callbacks run between slices', async () => {
    let ticks = 0
    let hashing = true
    const spin = (): void => {
      ticks++
      if (hashing) setImmediate(spin)
    }
    setImmediate(spin)
    await sha256Yielding([Buffer.alloc(64 * 1024)], 1024)
    hashing = false
    // 64 slices with a turn of the event loop after each but the last: the other callback ran in each.
    expect(ticks).toBeGreaterThanOrEqual(63)
  })
})
