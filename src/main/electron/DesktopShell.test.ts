// The Electron shell with `electron` mocked: the close and quit handshake in order, files routed to
// windows, the menu's commands, native context menus.
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FakeElectron } from './fakeElectron'

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fakeElectron')
  const fake = createFakeElectron()
  ;(globalThis as { __fakeElectron?: FakeElectron }).__fakeElectron = fake
  return fake.electron
})

const { DesktopShell } = await import('./DesktopShell')
const { SettingsService } = await import('../services/SettingsService')
const { WindowStateStore } = await import('../services/WindowStateStore')
const { MemoryLogger } = await import('../services/log/Logger')
const fake = (globalThis as { __fakeElectron?: FakeElectron }).__fakeElectron as FakeElectron

let dir: string
let shell: InstanceType<typeof DesktopShell>
let disposeServices: ReturnType<typeof vi.fn<() => Promise<void>>>
/** The library's recent list, as the shell sees it: files the OS handed over are admitted first. */
let admitted: string[]
const tick = () => new Promise((r) => setImmediate(r))

beforeEach(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'galley-shell-')))
  fake.log.length = 0
  fake.windows.length = 0
  fake.menus.length = 0
  fake.dialogAnswers.open = []
  fake.dialogAnswers.messageBox = 0
  fake.electron.app.recentDocuments = []
  disposeServices = vi.fn(async () => void fake.log.push('dispose services'))
  const settings = new SettingsService({ userDataDir: dir })
  await settings.load()
  admitted = []
  shell = new DesktopShell({
    platform: 'linux',
    url: 'app://galley/index.html',
    preloadPath: '/app/preload.cjs',
    windowState: new WindowStateStore(dir),
    settings,
    logger: new MemoryLogger().logger,
    logFile: path.join(dir, 'logs/galley.log'),
    userDataDir: dir,
    libraryDir: async () => dir,
    isDevelopment: false,
    disposeServices,
    recent: {
      list: async () => admitted.map((p) => ({ path: p, title: path.basename(p, '.galley') })),
      admit: async (p) => {
        const real = await realpath(p)
        admitted = [real, ...admitted.filter((a) => a !== real)]
        return real
      },
      clear: async () => {
        admitted = []
      },
    },
  })
  await shell.router.markReady()
})
afterEach(async () => {
  await tick()
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

function flushRequests(windowId: number): { requestId: string; reason: string }[] {
  const win = fake.windows.find((w) => w.webContents.id === windowId)!
  return win.webContents.sent.filter((s) => s.channel === 'galley:event.flushRequest').map((s) => s.payload as { requestId: string; reason: string })
}

async function article(name: string): Promise<string> {
  const p = path.join(dir, name)
  await writeFile(p, '{}')
  return p
}

describe('closing a window', () => {
  it('asks the page to flush, and closes only once it has answered', async () => {
    const id = await shell.openWindow(null)
    const win = fake.windows[0]!
    expect(win.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, spellcheck: false, disableBlinkFeatures: 'Auxclick' })
    fake.log.length = 0
    win.close()
    expect(win.isDestroyed()).toBe(false)
    const [request] = flushRequests(id)
    expect(request?.reason).toBe('close')
    await shell.flushed(id, request!.requestId, { status: 'saved' })
    await tick()
    expect(fake.log).toEqual([`send ${id} galley:event.flushRequest`, `close ${id} prevented`, `close ${id}`])
    expect(win.isDestroyed()).toBe(true)
    expect(shell.registry.list()).toEqual([])
  })

  it('keeps the window open and says why when the save failed', async () => {
    const id = await shell.openWindow(null)
    await shell.setWindowState(id, { articlePath: await article('Budget.galley'), title: 'Budget vote' })
    const win = fake.windows[0]!
    win.close()
    await shell.flushed(id, flushRequests(id)[0]!.requestId, { status: 'failed', message: 'The disk is full.' })
    await tick()
    expect(win.isDestroyed()).toBe(false)
    expect(fake.shown.at(-1)).toMatchObject({ message: 'Galley could not save “Budget vote”.', buttons: ['Keep Window Open', 'Close Anyway'], defaultId: 0 })
    expect((fake.shown.at(-1) as { detail: string }).detail).toContain('The disk is full.')
  })

  it('ignores an answer from another window', async () => {
    const a = await shell.openWindow(null)
    const b = await shell.openWindow(null)
    fake.windows[0]!.close()
    await shell.flushed(b, flushRequests(a)[0]!.requestId, { status: 'saved' })
    await tick()
    expect(fake.windows[0]!.isDestroyed()).toBe(false)
  })
})

describe('quitting', () => {
  it('flushes every window, then shuts the services down, then quits', async () => {
    const a = await shell.openWindow(null)
    const b = await shell.openWindow(null)
    fake.log.length = 0
    expect(shell.quit.onBeforeQuit()).toBe(false)
    await tick()
    // One window at a time, the focused (last opened) first.
    expect(flushRequests(a)).toEqual([])
    await shell.flushed(b, flushRequests(b)[0]!.requestId, { status: 'saved' })
    await tick()
    expect(disposeServices).not.toHaveBeenCalled()
    await shell.flushed(a, flushRequests(a)[0]!.requestId, { status: 'nothing' })
    await tick()
    expect(fake.log).toEqual([`send ${b} galley:event.flushRequest`, `send ${a} galley:event.flushRequest`, 'dispose services', 'app.quit'])
    // Electron now asks again and closes the windows: both pass.
    expect(shell.quit.onBeforeQuit()).toBe(true)
    fake.windows[0]!.close()
    expect(fake.windows[0]!.isDestroyed()).toBe(true)
  })

  it('a crashed page does not hold the quit up', async () => {
    await shell.openWindow(null)
    fake.windows[0]!.webContents.crashed = true
    shell.quit.onBeforeQuit()
    await tick()
    await tick()
    expect(fake.log.slice(-2)).toEqual(['dispose services', 'app.quit'])
  })
})

describe('files from the OS', () => {
  it('opens an article in its own window, hands it over when the page asks, and focuses it next time', async () => {
    const file = await article('Mayor.galley')
    const outcome = await shell.router.open(file)
    expect(outcome.kind).toBe('new-window')
    const id = outcome.kind === 'new-window' ? outcome.windowId : -1
    expect(await shell.takePendingFiles(id)).toEqual([file])
    expect(fake.electron.app.recentDocuments).toEqual([file])
    expect(admitted).toEqual([file])
    fake.log.length = 0
    expect(await shell.router.open(file)).toMatchObject({ kind: 'focused', windowId: id })
    expect(fake.windows).toHaveLength(1)
    expect(fake.log).toContain(`focus ${id}`)
  })

  it('sends a file to a listening library window as an event', async () => {
    const id = await shell.openWindow(null)
    expect(await shell.takePendingFiles(id)).toEqual([])
    const file = await article('Story.galley')
    await shell.openFiles(id, [file])
    expect(fake.windows[0]!.webContents.sent).toContainEqual({ channel: 'galley:event.openFile', payload: { path: file } })
    expect(fake.windows).toHaveLength(1)
  })

  it('refuses a second window for an article already open, focusing the first', async () => {
    const file = await article('A.galley')
    const a = await shell.openWindow(null)
    const b = await shell.openWindow(null)
    expect(await shell.setWindowState(a, { articlePath: file, title: 'A' })).toEqual({ openElsewhere: false })
    expect(fake.windows[0]!.title).toBe('A — Galley')
    expect(await shell.setWindowState(b, { articlePath: file })).toEqual({ openElsewhere: true })
    expect(fake.log.at(-1)).toBe(`focus ${a}`)
  })
})

describe('menu', () => {
  it('is rebuilt from the focused window’s state', async () => {
    const id = await shell.openWindow(null)
    const items = () => JSON.stringify(fake.menus.at(-1) ?? null)
    await vi.waitFor(() => expect(items()).toContain('"id":"file.exportPdf","label":"PDF…","accelerator":"CmdOrCtrl+E","registerAccelerator":false,"enabled":false'))
    const file = await article('X.galley')
    admitted = [file] // the library lists it first once the window has opened it
    await shell.setWindowState(id, { articlePath: file, title: 'X' })
    await vi.waitFor(() => expect(items()).toContain('"id":"file.exportPdf","label":"PDF…","accelerator":"CmdOrCtrl+E","registerAccelerator":false,"enabled":true'))
    expect(items()).toContain('"label":"X"')
  })

  it('sends editor commands to the focused window and runs main commands in main', async () => {
    const id = await shell.openWindow(null)
    shell.run('format.bold')
    expect(fake.windows[0]!.webContents.sent).toContainEqual({ channel: 'galley:event.menuCommand', payload: { command: 'format.bold' } })
    shell.run('help.showLogs')
    await tick()
    expect(fake.log).toContain(`reveal ${path.join(dir, 'logs/galley.log')}`)
    const file = await article('Chosen.galley')
    fake.dialogAnswers.open = [file]
    shell.run('file.open')
    // The library window was empty and focused: it takes the article (queued until the page asks).
    await vi.waitFor(() => expect(shell.registry.get(id)?.articlePath).toBe(file))
    expect(fake.windows).toHaveLength(1)
    expect(await shell.takePendingFiles(id)).toEqual([file])
  })

  it('zooms the editor through the settings', async () => {
    await shell.openWindow(null)
    await shell.runCommand(1, 'view.zoomIn')
    await shell.runCommand(1, 'view.zoomIn')
    expect((await (shell as unknown as { options: { settings: { get(): Promise<{ editorZoom: number }> } } }).options.settings.get()).editorZoom).toBe(1.25)
  })
})

describe('context menu', () => {
  it('answers with the suggestion clicked', async () => {
    const id = await shell.openWindow(null)
    const answer = shell.showContextMenu(id, { kind: 'editor', editable: true, hasSelection: false, misspelled: { word: 'agian', suggestions: ['again'] } })
    const popup = (fake.menus.at(-1) as { popup: { id: string; click?: () => void }[] }).popup
    popup.find((i) => i.id === 'spelling.replace:again')!.click!()
    fake.closePopup()
    expect(await answer).toEqual({ action: 'spelling.replace', word: 'again' })
  })

  it('answers null when dismissed, and reveals files itself', async () => {
    const id = await shell.openWindow(null)
    const dismissed = shell.showContextMenu(id, { kind: 'library', path: '/lib/a.galley', inLibrary: true, folders: [], folder: '' })
    const popup = (fake.menus.at(-1) as { popup: { id: string; click?: () => void }[] }).popup
    popup.find((i) => i.id === 'library.reveal')!.click!()
    fake.closePopup()
    expect(await dismissed).toBeNull()
    expect(fake.log).toContain('reveal /lib/a.galley')
  })
})
