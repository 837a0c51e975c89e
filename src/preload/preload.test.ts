import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels, eventChannels } from '../shared/ipc/channels'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }))
const on = vi.fn()
const removeListener = vi.fn()
const windowListeners = new Map<string, (event: unknown) => void>()
const captures = new Map<string, boolean>()
vi.stubGlobal('window', {
  addEventListener: (name: string, l: (event: unknown) => void, options?: boolean | { capture?: boolean }) => {
    windowListeners.set(name, l)
    captures.set(name, options === true || (typeof options === 'object' && options.capture === true))
  },
})
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, on, removeListener, send: vi.fn(), sendSync: vi.fn() },
  webUtils: { getPathForFile: (file: { name: string }) => `/home/ana/Desk/${file.name}` },
}))

await import('./index')
type Bridge = Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>
const galley = exposed['galley'] as Bridge

beforeEach(() => invoke.mockClear())

describe('preload', () => {
  it('exposes exactly the contract’s concerns and methods, as functions', () => {
    const shape = Object.fromEntries(Object.entries(galley).map(([k, v]) => [k, Object.keys(v).sort()]))
    const expected = {
      ...Object.fromEntries(Object.entries(channels).map(([k, v]) => [k, Object.keys(v).sort()])),
      events: Object.keys(eventChannels).sort(),
    }
    expect(shape).toEqual(expected)
    for (const api of Object.values(galley)) for (const fn of Object.values(api)) expect(typeof fn).toBe('function')
  })

  it('never exposes ipcRenderer or a generic invoke', () => {
    expect(Object.keys(exposed)).toEqual(['galley'])
    const text = JSON.stringify(Object.keys(galley))
    expect(text).not.toMatch(/ipcRenderer|invoke|send/)
  })

  it('calls the method’s own channel with its arguments', async () => {
    await galley['settings']?.['set']?.({ theme: 'dark' })
    expect(invoke).toHaveBeenCalledWith('galley:settings.set', { theme: 'dark' })
    await galley['app']?.['getInfo']?.()
    expect(invoke).toHaveBeenLastCalledWith('galley:app.getInfo')
  })

  it('subscribes to events and unsubscribes', () => {
    const listener = vi.fn()
    const off = (galley['events']?.['onSettingsChanged'] as unknown as (l: unknown) => () => void)(listener)
    expect(on).toHaveBeenCalledWith('galley:event.settingsChanged', expect.any(Function))
    const wrapped = on.mock.calls[0]?.[1] as (e: unknown, p: unknown) => void
    wrapped({ sender: 'hidden' }, { theme: 'dark' })
    expect(listener).toHaveBeenCalledWith({ theme: 'dark' })
    off()
    expect(removeListener).toHaveBeenCalledWith('galley:event.settingsChanged', wrapped)
  })

  it('opens .galley files dropped on the window and leaves other drops to the page', async () => {
    const drop = windowListeners.get('drop')!
    const file = (name: string) => ({ name })
    const event = (files: { name: string }[], defaultPrevented = false) => {
      const e = { defaultPrevented, preventDefault: vi.fn(), dataTransfer: { files, types: ['Files'] } }
      drop(e)
      return e
    }
    const image = event([file('photo.jpg')])
    expect(image.preventDefault).not.toHaveBeenCalled()
    expect(invoke).not.toHaveBeenCalled()

    const articles = event([file('Budget.galley'), file('photo.jpg'), file('Mayor.GALLEY')])
    expect(articles.preventDefault).toHaveBeenCalled()
    expect(invoke).toHaveBeenCalledWith('galley:desktop.openFiles', ['/home/ana/Desk/Budget.galley', '/home/ana/Desk/Mayor.GALLEY'])

    invoke.mockClear()
    event([file('Budget.galley')], true)
    expect(invoke).not.toHaveBeenCalled()
  })

  it('sees a drop before the editor does (regression: an article dropped on the text opened nothing)', () => {
    expect(captures.get('drop')).toBe(true)
  })
})
