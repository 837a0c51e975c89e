// Files from the operating system: command lines of the first and second launch, Finder open-file
// events before and after ready, drops; one window per file.
import { describe, expect, it, vi } from 'vitest'
import { OpenFileRouter, articlePathsFromArgv, samePath, type WindowSystem } from './openFiles'
import { WindowRegistry } from './WindowRegistry'

describe('articlePathsFromArgv', () => {
  it('takes .galley paths from a packaged app’s command line, resolved against its folder', () => {
    expect(
      articlePathsFromArgv(['/opt/Galley/galley-app', 'Budget.galley', '--no-sandbox', '../Desk/Mayor.GALLEY', 'notes.txt', 'Budget.galley', '/abs/Story.galley'], {
        cwd: '/home/ana/Articles',
        defaultApp: false,
      }),
    ).toEqual(['/home/ana/Articles/Budget.galley', '/home/ana/Desk/Mayor.GALLEY', '/abs/Story.galley'])
  })

  it('skips the app folder when run as `electron .`, macOS process serial numbers and bare extensions', () => {
    expect(articlePathsFromArgv(['/usr/bin/electron', '.', '-psn_0_12345', '.galley', 'a.galley'], { cwd: '/w', defaultApp: true })).toEqual(['/w/a.galley'])
  })

  it('accepts file:// URLs (some file managers pass them)', () => {
    expect(articlePathsFromArgv(['galley-app', 'file:///home/ana/My%20Story.galley'], { cwd: '/', defaultApp: false })).toEqual(['/home/ana/My Story.galley'])
  })

  it('ignores junk', () => {
    expect(articlePathsFromArgv(['x', '', 'a\0b.galley', 'x'.repeat(5000) + '.galley'], { cwd: '/', defaultApp: false })).toEqual([])
  })
})

describe('samePath', () => {
  it('ignores case where the platform’s file systems do', () => {
    expect(samePath('/Users/Ana/A.galley', '/users/ana/a.galley', 'darwin')).toBe(true)
    expect(samePath('C:\\Desk\\A.galley', 'c:\\desk\\a.GALLEY', 'win32')).toBe(true)
    expect(samePath('/home/ana/A.galley', '/home/ana/a.galley', 'linux')).toBe(false)
  })
})

function fakeSystem(platform = 'linux') {
  const registry = new WindowRegistry(platform)
  let nextId = 10
  let focused: number | null = null
  const events: string[] = []
  const system: WindowSystem = {
    realpath: vi.fn(async (p: string) => {
      if (p.includes('missing')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return p.replace('/link/', '/real/')
    }),
    windows: () => registry.list(),
    focusedWindowId: () => focused,
    focus: (id) => {
      focused = id
      events.push(`focus ${id}`)
    },
    sendOpen: (id, p) => {
      registry.deliver(id, p)
      events.push(`send ${id} ${p}`)
    },
    openWindowFor: async (p) => {
      const id = nextId++
      registry.add(id, p)
      events.push(`new ${id} ${p}`)
      return id
    },
    addRecent: (p) => events.push(`recent ${p}`),
    reportProblem: (message, p) => events.push(`problem ${p}: ${message}`),
  }
  return { system, registry, events, setFocused: (id: number | null) => (focused = id) }
}

describe('OpenFileRouter', () => {
  it('opens each article in a window of its own, and focuses the window already showing one', async () => {
    const { system, events } = fakeSystem()
    const router = new OpenFileRouter(system, 'linux')
    await router.markReady()
    expect(await router.open('/desk/a.galley')).toEqual({ kind: 'new-window', windowId: 10, path: '/desk/a.galley' })
    expect(await router.open('/desk/b.galley')).toEqual({ kind: 'new-window', windowId: 11, path: '/desk/b.galley' })
    expect(await router.open('/desk/a.galley')).toEqual({ kind: 'focused', windowId: 10, path: '/desk/a.galley' })
    expect(events).toEqual(['recent /desk/a.galley', 'new 10 /desk/a.galley', 'recent /desk/b.galley', 'new 11 /desk/b.galley', 'recent /desk/a.galley', 'focus 10'])
  })

  it('knows a file behind a symlink, or in other letter case on macOS, is the same file', async () => {
    const { system, registry } = fakeSystem('darwin')
    const router = new OpenFileRouter(system, 'darwin')
    await router.markReady()
    registry.add(5, '/real/Story.galley')
    expect(await router.open('/link/Story.galley')).toMatchObject({ kind: 'focused', windowId: 5 })
    // realpath gives the path back as typed here; macOS's file system compares without case.
    expect(await router.open('/REAL/story.galley')).toMatchObject({ kind: 'focused', windowId: 5 })
    expect(await router.open('/real/Other.galley')).toMatchObject({ kind: 'new-window' })
    expect(registry.list().length).toBe(2)
  })

  it('hands the article to the focused window when it shows only the library', async () => {
    const { system, registry, events, setFocused } = fakeSystem()
    registry.add(1)
    setFocused(1)
    const router = new OpenFileRouter(system, 'linux')
    await router.markReady()
    expect(await router.open('/desk/a.galley')).toEqual({ kind: 'sent', windowId: 1, path: '/desk/a.galley' })
    expect(events).toContain('send 1 /desk/a.galley')
    // The window counts as showing it from now on: a second request focuses it.
    expect(await router.open('/desk/a.galley')).toMatchObject({ kind: 'focused', windowId: 1 })
    // A drop on a window that shows an article opens a new one.
    expect(await router.open('/desk/b.galley', { preferWindow: 1 })).toMatchObject({ kind: 'new-window' })
  })

  it('keeps files that arrive before ready (macOS open-file at launch) and opens them once ready', async () => {
    const { system, events } = fakeSystem()
    const router = new OpenFileRouter(system, 'darwin')
    expect(await router.open('/desk/a.galley')).toEqual({ kind: 'queued', path: '/desk/a.galley' })
    expect(await router.open('/desk/a.galley')).toEqual({ kind: 'queued', path: '/desk/a.galley' })
    expect(events).toEqual([])
    expect(await router.markReady()).toEqual([{ kind: 'new-window', windowId: 10, path: '/desk/a.galley' }])
  })

  it('routes a second launch’s command line with its working directory', async () => {
    const { system } = fakeSystem()
    const router = new OpenFileRouter(system, 'linux')
    await router.markReady()
    const out = await router.openFromArgv(['galley-app', 'Budget.galley', 'other.docx'], { cwd: '/home/ana', defaultApp: false })
    expect(out).toEqual([{ kind: 'new-window', windowId: 10, path: '/home/ana/Budget.galley' }])
  })

  it('tells the user, and changes nothing, when a file is missing or not an article', async () => {
    const { system, events, registry } = fakeSystem()
    const router = new OpenFileRouter(system, 'linux')
    await router.markReady()
    expect(await router.open('/desk/missing.galley')).toMatchObject({ kind: 'refused', reason: 'missing' })
    expect(await router.open('/desk/report.docx')).toMatchObject({ kind: 'refused', reason: 'not-an-article' })
    expect(events).toEqual([
      'problem /desk/missing.galley: This article could not be found. It may have been moved, renamed or deleted.',
      'problem /desk/report.docx: Galley opens only Galley articles (.galley files). Use File › Import for other documents.',
    ])
    expect(registry.list()).toEqual([])
  })
})

describe('WindowRegistry', () => {
  it('refuses to let a second window claim an article, and releases it when the window moves on', () => {
    const registry = new WindowRegistry('linux')
    registry.add(1)
    registry.add(2)
    expect(registry.update(1, { articlePath: '/a.galley', title: 'A' }).openElsewhere).toBeUndefined()
    expect(registry.update(2, { articlePath: '/a.galley' }).openElsewhere?.id).toBe(1)
    expect(registry.get(2)?.articlePath).toBeNull()
    registry.update(1, { articlePath: null })
    expect(registry.update(2, { articlePath: '/a.galley' }).openElsewhere).toBeUndefined()
  })

  it('queues files until the window listens, then asks for events', () => {
    const registry = new WindowRegistry('linux')
    registry.add(3, '/a.galley')
    expect(registry.deliver(3, '/b.galley')).toBe('queued')
    expect(registry.takePending(3)).toEqual(['/a.galley', '/b.galley'])
    expect(registry.takePending(3)).toEqual([])
    expect(registry.deliver(3, '/c.galley')).toBe('emit')
  })
})
