import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAppSender, resolveAppRequest, type AppResolution } from './appUrl'

let base: string
let root: string

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'galley-appurl-')))
  root = path.join(base, 'renderer')
  await mkdir(path.join(root, 'assets'), { recursive: true })
  await writeFile(path.join(root, 'index.html'), '<!doctype html>')
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(path.join(root, 'assets', 'a b.css'), 'body{}')
  await writeFile(path.join(base, 'secret.txt'), 'top secret')
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.js'))
  await symlink(base, path.join(root, 'up'))
  await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'assets', 'inside.js'))
})
afterAll(async () => rm(base, { recursive: true, force: true }))

const resolve = (url: string): Promise<AppResolution> => resolveAppRequest(url, { root, realpath })

describe('resolveAppRequest', () => {
  it('serves files inside the renderer folder with their MIME type', async () => {
    expect(await resolve('app://galley/index.html')).toEqual({ kind: 'file', path: path.join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' })
    expect(await resolve('app://galley/assets/app.js')).toMatchObject({ kind: 'file', mimeType: 'text/javascript; charset=utf-8' })
    expect(await resolve('app://galley/assets/a%20b.css')).toMatchObject({ kind: 'file', path: path.join(root, 'assets', 'a b.css') })
    expect(await resolve('app://galley/assets/app.js?v=1#x')).toMatchObject({ kind: 'file' })
  })

  it('maps the root to index.html', async () => {
    expect(await resolve('app://galley/')).toMatchObject({ kind: 'file', path: path.join(root, 'index.html') })
  })

  it('allows a symlink that stays inside the folder', async () => {
    expect(await resolve('app://galley/assets/inside.js')).toMatchObject({ kind: 'file', path: path.join(root, 'assets', 'app.js') })
  })

  it.each([
    ['dot-dot normalised by the URL parser', 'app://galley/../secret.txt'],
    ['dot-dot after a folder', 'app://galley/assets/../../secret.txt'],
    ['encoded dots', 'app://galley/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', 'app://galley/%2E%2e/secret.txt'],
    ['encoded slash', 'app://galley/assets%2f..%2f..%2fsecret.txt'],
    ['encoded backslash', 'app://galley/..%5csecret.txt'],
    ['double-encoded dots', 'app://galley/%252e%252e/secret.txt'],
    ['NUL byte', 'app://galley/index.html%00.js'],
    ['malformed escape', 'app://galley/%E0%A4%A'],
    ['symlinked file pointing outside', 'app://galley/assets/escape.js'],
    ['symlinked folder pointing outside', 'app://galley/up/secret.txt'],
    ['a file that does not exist', 'app://galley/nope.js'],
    ['a foreign host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://galley/index.html'],
    ['credentials', 'app://user:pw@galley/index.html'],
    ['not a URL', 'not a url at all'],
    ['absolute path in the URL', 'app://galley//etc/passwd'],
  ])('refuses %s', async (_name, url) => {
    const result = await resolve(url)
    expect(result.kind).toBe('refused')
  })

  it('never resolves to a path outside the folder, whatever the input', async () => {
    const hostile = ['..', '%2e.', '.%2e', '....//', '..;/', '%c0%ae%c0%ae', '\\..\\', '%u002e%u002e', '.../...']
    for (const piece of hostile) {
      for (const url of [`app://galley/${piece}/secret.txt`, `app://galley/assets/${piece}/${piece}/secret.txt`]) {
        const result = await resolve(url)
        if (result.kind === 'file') expect(result.path.startsWith(root + path.sep)).toBe(true)
      }
    }
  })

  it('accepts the harness origin when told to', async () => {
    const result = await resolveAppRequest('http://127.0.0.1:4321/index.html', { root, realpath, origin: 'http://127.0.0.1:4321' })
    expect(result.kind).toBe('file')
    expect((await resolveAppRequest('http://127.0.0.1:9999/index.html', { root, realpath, origin: 'http://127.0.0.1:4321' })).kind).toBe('refused')
  })
})

describe('isAppSender', () => {
  it('accepts the app’s own top frame only', () => {
    expect(isAppSender({ url: 'app://galley/index.html', isMainFrame: true })).toBe(true)
    expect(isAppSender({ url: 'app://galley/index.html', isMainFrame: false })).toBe(false)
    expect(isAppSender({ url: 'app://evil/index.html', isMainFrame: true })).toBe(false)
    expect(isAppSender({ url: 'https://galley/index.html', isMainFrame: true })).toBe(false)
    expect(isAppSender({ url: 'file:///index.html', isMainFrame: true })).toBe(false)
    expect(isAppSender({ url: undefined, isMainFrame: true })).toBe(false)
    expect(isAppSender({ url: '::::', isMainFrame: true })).toBe(false)
    expect(isAppSender({ url: 'http://127.0.0.1:5000/', isMainFrame: true }, 'http://127.0.0.1:5000')).toBe(true)
  })
})
