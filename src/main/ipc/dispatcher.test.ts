import { describe, expect, it, vi } from 'vitest'
import { defaultSettings, type Settings } from '../../shared/ipc/settings'
import { channels } from '../../shared/ipc/channels'
import type { HostHandlers } from '../../shared/ipc/contract'
import { GalleyError } from '../../shared/ipc/errors'
import { createDispatcher, currentSender } from './dispatcher'

/** Concerns these tests do not call answer with an error, so the table is complete whatever the contract holds. */
function unused(): HostHandlers {
  const table: Record<string, Record<string, () => Promise<never>>> = {}
  for (const [concern, methods] of Object.entries(channels)) {
    table[concern] = Object.fromEntries(Object.keys(methods).map((m) => [m, () => Promise.reject(new Error(`${concern}.${m} not used here`))]))
  }
  return table as unknown as HostHandlers
}

function handlers(overrides: Partial<HostHandlers['settings']> = {}): HostHandlers {
  let settings: Settings = { ...defaultSettings }
  return {
    ...unused(),
    desktop: {
      ...unused().desktop,
      setWindowState: async () => ({ openElsewhere: currentSender()?.windowId === 99 }),
    },
    app: {
      getInfo: async () => ({ name: 'Galley', version: '1.0.0', platform: 'linux', libraryDir: '/lib', userDataDir: '/data', notices: [] }),
      reportError: async () => undefined,
    },
    settings: {
      get: async () => settings,
      set: async (patch) => (settings = { ...settings, ...patch }),
      ...overrides,
    },
    io: {
      formats: async () => ({ import: [], export: [] }),
      importFiles: async () => ({ cancelled: true, imported: [], failed: [] }),
      exportArticle: async () => ({ status: 'cancelled' }),
      exportContent: async () => ({ status: 'cancelled' }),
      importData: async () => ({ cancelled: false, imported: [], failed: [] }),
    },
    print: {
      pdf: async () => ({ pdf: new Uint8Array(), pages: 1, copyfit: null, sheet: { widthMm: 210, heightMm: 297 } }),
      exportPdf: async () => ({ status: 'cancelled' }),
      printDialog: async () => ({ status: 'cancelled' }),
    },
  }
}

const own = { url: 'app://galley/index.html', isMainFrame: true }
const isAppSender = (s: { url: string | undefined; isMainFrame: boolean }): boolean => s.isMainFrame && s.url?.startsWith('app://galley/') === true

describe('createDispatcher', () => {
  it('routes a valid call and wraps the value', async () => {
    const { dispatch } = createDispatcher({ handlers: handlers(), isTrustedSender: (s) => isAppSender(s) })
    expect(await dispatch(own, channels.settings.set, [{ theme: 'dark' }])).toMatchObject({ ok: true, value: { theme: 'dark' } })
    expect(await dispatch(own, channels.app.getInfo, [])).toMatchObject({ ok: true, value: { name: 'Galley' } })
  })

  it('tells a handler which window called, for the time of the call only', async () => {
    const { dispatch } = createDispatcher({ handlers: handlers(), isTrustedSender: () => true })
    expect(await dispatch({ ...own, windowId: 99 }, channels.desktop.setWindowState, [{ focusMode: true }])).toEqual({ ok: true, value: { openElsewhere: true } })
    expect(await dispatch({ ...own, windowId: 3 }, channels.desktop.setWindowState, [{ focusMode: true }])).toEqual({ ok: true, value: { openElsewhere: false } })
    expect(currentSender()).toBeUndefined()
  })

  it('lists every channel of the map', () => {
    const { channels: list } = createDispatcher({ handlers: handlers(), isTrustedSender: () => true })
    const all = Object.values(channels).flatMap((methods) => Object.values(methods) as string[])
    expect([...list].sort()).toEqual(all.sort())
    expect(list).toEqual(expect.arrayContaining(['galley:app.getInfo', 'galley:settings.get', 'galley:settings.set']))
  })

  it.each([
    ['another origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['a file: page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['a sub-frame of the app', { url: 'app://galley/index.html', isMainFrame: false }],
    ['an unknown sender', { url: undefined, isMainFrame: true }],
  ])('refuses %s before running anything', async (_name, sender) => {
    const set = vi.fn()
    const { dispatch } = createDispatcher({ handlers: handlers({ set }), isTrustedSender: (s) => isAppSender(s) })
    const result = await dispatch(sender, channels.settings.set, [{ theme: 'dark' }])
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(set).not.toHaveBeenCalled()
  })

  it.each([
    ['a wrong type', [{ theme: 'purple' }], 'argument 1 › theme'],
    ['an unknown key', [{ evil: true }], 'argument 1'],
    ['too many arguments', [{ theme: 'dark' }, 'extra'], 'arguments'],
    ['no arguments', [], 'arguments'],
    ['a non-array', 'settings', 'arguments'],
    ['a prototype-polluting key', [JSON.parse('{"__proto__": {"admin": true}}')], 'argument 1'],
    ['an out-of-range number', [{ autosaveDelayMs: -5 }], 'argument 1 › autosaveDelayMs'],
  ])('refuses malformed arguments: %s', async (_name, args, where) => {
    const set = vi.fn()
    const { dispatch } = createDispatcher({ handlers: handlers({ set }), isTrustedSender: () => true })
    const result = await dispatch(own, channels.settings.set, args)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_REQUEST')
      expect(result.error.detail ?? 'arguments').toContain(where.split(' › ')[0])
      expect(result.error.message).toMatch(/^Galley received a request it cannot understand/)
    }
    expect(set).not.toHaveBeenCalled()
  })

  it('refuses unknown channels', async () => {
    const { dispatch } = createDispatcher({ handlers: handlers(), isTrustedSender: () => true })
    expect(await dispatch(own, 'galley:fs.readAnything', ['/etc/passwd'])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(await dispatch(own, 'toString', [])).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('passes typed errors through with code and message only', async () => {
    const { dispatch } = createDispatcher({
      handlers: handlers({ get: async () => Promise.reject(new GalleyError('SETTINGS_CORRUPT', 'Your settings file was damaged.', 'settings.json')) }),
      isTrustedSender: () => true,
    })
    expect(await dispatch(own, channels.settings.get, [])).toEqual({
      ok: false,
      error: { code: 'SETTINGS_CORRUPT', message: 'Your settings file was damaged.', detail: 'settings.json' },
    })
  })

  it('hides unexpected errors behind a plain sentence and reports them', async () => {
    const onUnexpectedError = vi.fn()
    const { dispatch } = createDispatcher({
      handlers: handlers({ get: async () => Promise.reject(new TypeError('cannot read x of undefined at /home/me/secret.ts:12')) }),
      isTrustedSender: () => true,
      onUnexpectedError,
    })
    const result = await dispatch(own, channels.settings.get, [])
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Your work is safe/) } })
    expect(JSON.stringify(result)).not.toContain('secret.ts')
    expect(onUnexpectedError).toHaveBeenCalledWith(channels.settings.get, expect.any(TypeError))
  })

  it('refuses to build without a handler for every channel', () => {
    const broken = handlers() as unknown as { settings: Record<string, unknown> }
    delete broken.settings['set']
    expect(() => createDispatcher({ handlers: broken as unknown as HostHandlers, isTrustedSender: () => true })).toThrow(/settings.set/)
  })
})
