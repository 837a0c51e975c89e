import { describe, expect, it } from 'vitest'
import type { GalleyError } from '../../../shared/ipc/errors'
import { findChromium } from './chromium'

const has = (...paths: string[]) => (p: string) => paths.includes(p)

describe('findChromium', () => {
  it('prefers --chromium, then GALLEY_CHROMIUM, then the usual places', () => {
    expect(findChromium({ explicit: '/opt/c', env: { GALLEY_CHROMIUM: '/x' }, platform: 'linux', exists: has('/opt/c', '/x') })).toBe('/opt/c')
    expect(findChromium({ env: { GALLEY_CHROMIUM: '/x' }, platform: 'linux', exists: has('/x', '/usr/bin/chromium') })).toBe('/x')
    expect(findChromium({ env: {}, platform: 'linux', exists: has('/usr/bin/google-chrome') })).toBe('/usr/bin/google-chrome')
    expect(findChromium({ env: {}, platform: 'darwin', exists: has('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })).toContain('Google Chrome')
    expect(findChromium({ env: { PROGRAMFILES: 'C:\\Program Files' }, platform: 'win32', exists: has('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe') })).toContain('chrome.exe')
  })

  it('says what to install when there is none, and names a wrong path instead of taking another browser', () => {
    const none = (() => {
      try {
        findChromium({ env: {}, platform: 'linux', exists: () => false })
      } catch (e) {
        return e as GalleyError
      }
      throw new Error('expected an error')
    })()
    expect(none.code).toBe('CHROMIUM_NOT_FOUND')
    expect(none.message).toMatch(/apt-get install chromium/)
    expect(none.message).toMatch(/--chromium PATH or the GALLEY_CHROMIUM/)
    expect(() => findChromium({ env: {}, platform: 'darwin', exists: () => false })).toThrow(/Google Chrome or Chromium into \/Applications/)
    expect(() => findChromium({ explicit: '/nope', env: {}, platform: 'linux', exists: () => false })).toThrow(/There is no Chromium at \/nope \(given with --chromium\)/)
    expect(() => findChromium({ env: { GALLEY_CHROMIUM: '/gone' }, platform: 'linux', exists: has('/usr/bin/chromium') })).toThrow(/There is no Chromium at \/gone \(given with GALLEY_CHROMIUM\)/)
  })
})
