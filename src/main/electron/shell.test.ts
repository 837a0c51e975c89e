// The thin Electron shell with `electron` mocked: guards on webContents, IPC registration, app:// serving.
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

const openExternal = vi.fn(async () => undefined)
vi.mock('electron', () => ({
  shell: { openExternal },
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  BrowserWindow: { getAllWindows: () => [] },
  screen: { getAllDisplays: () => [] },
}))

const { guardWebContents } = await import('./windows')
const { registerIpc } = await import('./ipc')
const { registerAppProtocol } = await import('./protocol')

type Listener = (...args: unknown[]) => void

function fakeWebContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((d: { url: string }) => { action: string }) | undefined
  return {
    on: (name: string, l: Listener) => listeners.set(name, l),
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    fire(name: string, url: string) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open: (url: string) => openHandler?.({ url }),
  }
}

beforeEach(() => openExternal.mockClear())

describe('guardWebContents', () => {
  it('prevents navigation, redirects and webviews', () => {
    const wc = fakeWebContents()
    guardWebContents(wc as unknown as Electron.WebContents)
    expect(wc.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(wc.fire('will-navigate', 'app://galley/index.html')).toBe(true)
    expect(wc.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(wc.fire('will-attach-webview', 'x')).toBe(true)
  })

  it('denies every new window and hands only https/mailto links to the OS', () => {
    const wc = fakeWebContents()
    guardWebContents(wc as unknown as Electron.WebContents)
    expect(wc.open('https://example.com/story')).toEqual({ action: 'deny' })
    expect(wc.open('mailto:desk@paper.example')).toEqual({ action: 'deny' })
    expect(wc.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(wc.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(wc.open('http://example.com')).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://example.com/story'], ['mailto:desk@paper.example']])
  })
})

describe('registerIpc', () => {
  it('registers each channel and passes the sender frame to the dispatcher', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()
    const ipcMain = {
      handle: (ch: string, fn: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(ch, fn),
      removeHandler: (ch: string) => handlers.delete(ch),
    }
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }))
    const unregister = registerIpc(ipcMain as unknown as Electron.IpcMain, ['galley:a.b', 'galley:c.d'], dispatch)
    expect([...handlers.keys()]).toEqual(['galley:a.b', 'galley:c.d'])

    const mainFrame = { url: 'app://galley/index.html' }
    await handlers.get('galley:a.b')?.({ senderFrame: mainFrame, sender: { mainFrame, id: 7 } }, 'x', 2)
    expect(dispatch).toHaveBeenLastCalledWith({ url: 'app://galley/index.html', isMainFrame: true, windowId: 7 }, 'galley:a.b', ['x', 2])

    const subFrame = { url: 'app://galley/index.html' }
    await handlers.get('galley:c.d')?.({ senderFrame: subFrame, sender: { mainFrame, id: 7 } })
    expect(dispatch).toHaveBeenLastCalledWith({ url: 'app://galley/index.html', isMainFrame: false, windowId: 7 }, 'galley:c.d', [])

    await handlers.get('galley:c.d')?.({ senderFrame: null, sender: { mainFrame, id: 8 } })
    expect(dispatch).toHaveBeenLastCalledWith({ url: undefined, isMainFrame: false, windowId: 8 }, 'galley:c.d', [])

    unregister()
    expect(handlers.size).toBe(0)
  })
})

describe('registerAppProtocol', () => {
  let root: string
  beforeAll(async () => {
    root = await realpath(await mkdtemp(path.join(tmpdir(), 'galley-proto-')))
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Galley</title>')
  })
  afterAll(async () => rm(root, { recursive: true, force: true }))

  it('serves renderer files with the CSP and refuses escapes', async () => {
    let handler: ((req: Request) => Promise<Response>) | undefined
    const session = { protocol: { handle: (scheme: string, fn: typeof handler) => scheme === 'app' && (handler = fn) } }
    registerAppProtocol(session as unknown as Electron.Session, root)
    const ok = await handler!(new Request('app://galley/index.html'))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await ok.text()).toContain('<title>Galley</title>')
    const escape = await handler!(new Request('app://galley/%2e%2e/%2e%2e/etc/passwd'))
    expect([400, 403, 404]).toContain(escape.status)
    expect(await escape.text()).toBe('')
    expect((await handler!(new Request('app://galley/missing.js'))).status).toBe(404)
  })
})
