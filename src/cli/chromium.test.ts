import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportService } from '../main/services/io/ExportService'
import { ImportService } from '../main/services/io/ImportService'
import { serializeArticle } from '../shared/article/file'
import type { GalleyError } from '../shared/ipc/errors'
import { sampleArticle } from '../main/services/io/testing/sampleArticle'
import { findChromium } from './chromium'
import { runCli } from './main'
import { basicTemplateCatalog } from './templates'
import { writeFile } from 'node:fs/promises'

const has = (...paths: string[]) => (p: string) => paths.includes(p)

describe('findChromium', () => {
  it('prefers --chromium, then GALLEY_CHROMIUM, then the usual places', () => {
    expect(findChromium({ explicit: '/opt/c', env: { GALLEY_CHROMIUM: '/x' }, platform: 'linux', exists: has('/opt/c', '/x') })).toBe('/opt/c')
    expect(findChromium({ env: { GALLEY_CHROMIUM: '/x' }, platform: 'linux', exists: has('/x', '/usr/bin/chromium') })).toBe('/x')
    expect(findChromium({ env: {}, platform: 'linux', exists: has('/usr/bin/google-chrome') })).toBe('/usr/bin/google-chrome')
    expect(findChromium({ env: {}, platform: 'darwin', exists: has('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') })).toContain('Google Chrome')
    expect(findChromium({ env: { PROGRAMFILES: 'C:\\Program Files' }, platform: 'win32', exists: has('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe') })).toContain('chrome.exe')
  })

  it('says what to install when there is none, and names a wrong path', () => {
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
    expect(() => findChromium({ explicit: '/nope', env: {}, platform: 'linux', exists: () => false })).toThrow(/There is no Chromium at \/nope/)
  })
})

describe('galley export to pdf with the print engine plugged in', () => {
  const capture = () => {
    let text = ''
    return { stream: { write: (s: string) => (text += s), isTTY: false }, text: () => text }
  }

  it('finds Chromium, hands it to the print engine, and writes its PDF; no Chromium is one failure line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'galley-pdf-'))
    await writeFile(path.join(dir, 'a.galley'), serializeArticle(sampleArticle()))
    const seen: string[] = []
    const deps = {
      importer: new ImportService(),
      exporter: new ExportService(),
      templates: basicTemplateCatalog,
      version: '0.0.0',
      pdf: (chromium: string) => async () => {
        seen.push(chromium)
        return { bytes: new TextEncoder().encode('%PDF-1.7 fake'), warnings: [] }
      },
    }
    const out = capture()
    const err = capture()
    const code = await runCli(['export', 'a.galley', '-o', 'a.pdf', '--chromium', process.execPath, '--bleed', '3', '--crop-marks'], { stdout: out.stream, stderr: err.stream, env: {}, cwd: dir }, deps)
    expect(code).toBe(0)
    expect(seen).toEqual([process.execPath])
    expect(await readFile(path.join(dir, 'a.pdf'), 'utf8')).toBe('%PDF-1.7 fake')
    const missing = capture()
    const code2 = await runCli(['export', 'a.galley', '-o', 'b.pdf', '--chromium', '/nowhere/chromium'], { stdout: capture().stream, stderr: missing.stream, env: {}, cwd: dir }, deps)
    expect(code2).toBe(1)
    expect(missing.text()).toMatch(/^\/nowhere\/chromium: CHROMIUM_NOT_FOUND: There is no Chromium at \/nowhere\/chromium/)
  })
})
