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
