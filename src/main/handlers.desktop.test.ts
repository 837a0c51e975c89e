// The desktop and spelling concerns of the host API, end to end in Node as the e2e harness runs
// them: channel → dispatcher → handler → service / headless desktop.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createArticle, serializeArticle } from '../shared/article/file'
import { channels } from '../shared/ipc/channels'
import type { HostEvents } from '../shared/ipc/contract'
import { createContainer, type Container } from './container'
import type { HeadlessDesktop } from './desktop/HeadlessDesktop'

let root: string
let container: Container
const events: { name: keyof HostEvents; payload: unknown }[] = []
const page = { url: 'app://galley/index.html', isMainFrame: true }

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'galley-desktop-api-'))
  events.length = 0
  container = createContainer({
    appName: 'Galley',
    version: '0.0.0',
    platform: 'linux',
    userDataDir: path.join(root, 'user-data'),
    defaultLibraryDir: path.join(root, 'library'),
    isTrustedSender: () => true,
    events: { emit: (name, payload) => events.push({ name, payload }) },
  })
  await container.start()
})
afterEach(async () => {
  await container.dispose()
  await rm(root, { recursive: true, force: true })
})

const headless = () => container.services.desktop as HeadlessDesktop

describe('spelling host API', () => {
  it('checks a batch, suggests, and keeps added words', async () => {
    const checked = await container.dispatch(page, channels.spelling.check, [{ language: 'en', words: ['journalist', 'jurnalist'] }])
    expect(checked).toEqual({ ok: true, value: { language: 'en', available: true, misspelled: ['jurnalist'] } })
    const suggested = await container.dispatch(page, channels.spelling.suggest, ['en', 'jurnalist'])
    expect(suggested).toMatchObject({ ok: true, value: expect.arrayContaining(['journalist']) })
    expect(await container.dispatch(page, channels.spelling.addWord, ['en', 'jurnalist'])).toEqual({ ok: true, value: undefined })
    expect(await container.dispatch(page, channels.spelling.personalWords, ['en'])).toEqual({ ok: true, value: ['jurnalist'] })
  })

  it('refuses bad requests with a typed error', async () => {
    expect(await container.dispatch(page, channels.spelling.check, [{ language: 'xx', words: [] }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await container.dispatch(page, channels.spelling.addWord, ['en', 'x'.repeat(101)])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await container.dispatch(page, channels.spelling.addWord, ['en', 'two words'])).toMatchObject({ ok: false, error: { code: 'BAD_WORD' } })
  })
})

describe('desktop host API (headless)', () => {
  it('hands files over and answers the flush handshake', async () => {
    headless().open(1, '/desk/Budget.galley')
    expect(await container.dispatch(page, channels.desktop.takePendingFiles, [])).toEqual({ ok: true, value: ['/desk/Budget.galley'] })
    headless().open(1, '/desk/Mayor.galley')
    expect(events.at(-1)).toEqual({ name: 'onOpenFile', payload: { path: '/desk/Mayor.galley' } })

    const flushing = headless().requestFlush('close')
    const request = events.at(-1)?.payload as { requestId: string; reason: string }
    expect(request.reason).toBe('close')
    expect(await container.dispatch(page, channels.desktop.flushed, [request.requestId, { status: 'failed', message: 'The disk is full.' }])).toEqual({ ok: true, value: undefined })
    expect(await flushing).toEqual({ status: 'failed', message: 'The disk is full.' })
  })

  it('answers a context menu with the item a test picks', async () => {
    headless().chooseContextItem = () => 'spelling.addWord'
    const answer = await container.dispatch(page, channels.desktop.showContextMenu, [
      { kind: 'editor', editable: true, hasSelection: false, misspelled: { word: 'agian', suggestions: ['again'] } },
    ])
    expect(answer).toEqual({ ok: true, value: { action: 'spelling.addWord', word: 'agian' } })
  })

  it('runs main commands and refuses renderer ones', async () => {
    expect(await container.dispatch(page, channels.desktop.runCommand, ['view.zoomIn'])).toEqual({ ok: true, value: undefined })
    expect((await container.services.settings.get()).editorZoom).toBe(1.1)
    expect(await container.dispatch(page, channels.desktop.runCommand, ['format.bold'])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await container.dispatch(page, channels.desktop.runCommand, ['help.showLogs'])).toMatchObject({ ok: true })
    expect(headless().actions.at(-1)).toEqual({ kind: 'showInFolder', path: path.join(root, 'user-data', 'logs', 'galley.log') })
  })

  it('File › Open lets a file from outside the library through the gate, as the app’s router does', async () => {
    const outside = path.join(root, 'elsewhere', 'Wire copy.galley')
    await mkdir(path.dirname(outside), { recursive: true })
    await writeFile(outside, serializeArticle(createArticle({ id: '8d0c3a52-50a8-4f4c-9d6e-0a1d2b3c4d5e', now: new Date(), meta: { headline: 'Wire copy' } })))
    await container.dispatch(page, channels.desktop.takePendingFiles, [])
    headless().openDialogAnswer = [outside]
    expect(await container.dispatch(page, channels.desktop.runCommand, ['file.open'])).toEqual({ ok: true, value: undefined })
    expect(events.at(-1)).toEqual({ name: 'onOpenFile', payload: { path: outside } })
    expect(await container.dispatch(page, channels.library.open, [outside])).toMatchObject({ ok: true, value: { path: outside, summary: { inLibrary: false } } })
    // A missing file is refused with a sentence, not handed to the window.
    expect(await container.dispatch(page, channels.desktop.openFiles, [[path.join(root, 'gone.galley')]])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('openArticle claims the article for the window and opens it in one call; a window that has it keeps it', async () => {
    const file = path.join(root, 'library', 'Budget.galley')
    await writeFile(file, serializeArticle(createArticle({ id: '2f9b1c6e-7a4d-4e8f-9b0c-1d2e3f4a5b6c', now: new Date(), meta: { headline: 'Budget vote' } })))
    const answer = await container.dispatch(page, channels.desktop.openArticle, [file])
    expect(answer).toMatchObject({ ok: true, value: { openElsewhere: false, opened: { path: file, article: { meta: { headline: 'Budget vote' } } } } })
    expect(headless().registry.get(1)?.articlePath).toBe(file)

    // Window 2 asks for the same article: main says where it is and opens nothing for window 2.
    headless().registry.add(2)
    expect(await container.dispatch({ ...page, windowId: 2 }, channels.desktop.openArticle, [file])).toEqual({ ok: true, value: { openElsewhere: true } })
    expect(headless().registry.get(2)?.articlePath ?? null).toBeNull()

    // A file that cannot be read is a typed error; nothing is written.
    const gone = path.join(root, 'library', 'Gone.galley')
    expect(await container.dispatch(page, channels.desktop.openArticle, [gone])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await container.dispatch(page, channels.desktop.openArticle, [''])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('refuses a flush answer that is not for a request', async () => {
    expect(await container.dispatch(page, channels.desktop.flushed, ['not-a-uuid', { status: 'saved' }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await container.dispatch(page, channels.desktop.flushed, ['0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f', { status: 'maybe' }])).toMatchObject({ ok: false })
  })
})
