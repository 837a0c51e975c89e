// The lifecycle entry with `electron` mocked: a second instance hands over and quits at once.
import { describe, expect, it, vi } from 'vitest'

describe('single-instance lock', () => {
  it('quits a second instance before doing anything else', async () => {
    const app = {
      requestSingleInstanceLock: vi.fn(() => false),
      quit: vi.fn(),
      whenReady: vi.fn(() => new Promise(() => undefined)),
      isPackaged: true,
      setPath: vi.fn(),
    }
    vi.doMock('electron', () => ({ app, ipcMain: {}, session: {}, protocol: { registerSchemesAsPrivileged: vi.fn() }, BrowserWindow: {}, screen: {}, shell: {} }))
    vi.resetModules()
    await import('./index')
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce()
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.whenReady).not.toHaveBeenCalled()
  })

  it('the first instance takes the lock and waits for ready', async () => {
    const app = {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      whenReady: vi.fn(() => new Promise(() => undefined)),
      isPackaged: true,
      setPath: vi.fn(),
      getPath: vi.fn(() => '/tmp/galley-index-test'),
      on: vi.fn(),
    }
    const registerSchemesAsPrivileged = vi.fn()
    vi.doMock('electron', () => ({ app, ipcMain: {}, session: {}, protocol: { registerSchemesAsPrivileged }, BrowserWindow: {}, screen: {}, shell: {} }))
    vi.resetModules()
    await import('./index')
    expect(app.quit).not.toHaveBeenCalled()
    expect(app.whenReady).toHaveBeenCalledOnce()
    // Files the Finder opens at launch arrive before `ready`: the listener must already be there.
    expect(app.on).toHaveBeenCalledWith('open-file', expect.any(Function))
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })])
  })
})

describe('files from the OS at launch and while running', () => {
  it('opens a Finder file sent before ready, and a second launch’s file, each in its own window', async () => {
    const { mkdtemp, realpath, rm, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { createFakeElectron, fakeEvent } = await import('./electron/fakeElectron')
    const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'galley-launch-')))
    const finderFile = path.join(dir, 'From Finder.galley')
    const secondFile = path.join(dir, 'Second.galley')
    await writeFile(finderFile, '{}')
    await writeFile(secondFile, '{}')

    const fake = createFakeElectron()
    let ready: () => void = () => undefined
    const app = Object.assign(fake.electron.app, {
      requestSingleInstanceLock: () => true,
      whenReady: () => new Promise<void>((r) => (ready = r)),
      isPackaged: false,
      setPath: vi.fn(),
      getPath: (name: string) => path.join(dir, name),
      getName: () => 'Galley',
      getVersion: () => '1.0.0',
    })
    const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), protocol: { handle: vi.fn() } } }
    vi.doMock('electron', () => ({
      ...fake.electron,
      app,
      session,
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn() },
    }))
    vi.resetModules()
    const sigterm = process.listeners('SIGTERM')
    const uncaught = process.listeners('uncaughtException')
    const unhandled = process.listeners('unhandledRejection')
    try {
      await import('./index')
      // macOS: the Finder opens a file while Galley is still starting.
      const early = fakeEvent()
      app.emit('open-file', early, finderFile)
      expect(early.defaultPrevented).toBe(true)
      ready()
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
      const first = fake.windows[0]!
      expect(first.url).toBe('app://galley/index.html')

      // A second launch with a file: the running Galley opens it in a window of its own.
      app.emit('second-instance', fakeEvent(), ['/opt/Galley/galley-app', 'Second.galley'], dir)
      await vi.waitFor(() => expect(fake.windows).toHaveLength(2))
      // …and the same file again only focuses that window.
      app.emit('second-instance', fakeEvent(), ['/opt/Galley/galley-app', secondFile], '/')
      app.emit('open-file', fakeEvent(), secondFile)
      await new Promise((r) => setTimeout(r, 50))
      expect(fake.windows).toHaveLength(2)
      expect(fake.log.filter((l) => l === `focus ${fake.windows[1]!.webContents.id}`).length).toBeGreaterThanOrEqual(2)
      expect(app.recentDocuments).toEqual([finderFile, secondFile, secondFile, secondFile])
      // A second launch without a file brings Galley forward.
      app.emit('second-instance', fakeEvent(), ['/opt/Galley/galley-app'], dir)
      await new Promise((r) => setTimeout(r, 20))
      expect(fake.windows).toHaveLength(2)
    } finally {
      // The entry registers process-wide handlers: leave the test process as it was.
      const events = process as unknown as { listeners(n: string): unknown[]; removeListener(n: string, l: unknown): void }
      for (const [name, before] of [['SIGTERM', sigterm], ['uncaughtException', uncaught], ['unhandledRejection', unhandled]] as const) {
        for (const l of events.listeners(name)) if (!(before as unknown[]).includes(l)) events.removeListener(name, l)
      }
      await rm(dir, { recursive: true, force: true, maxRetries: 5 })
    }
  })
})
