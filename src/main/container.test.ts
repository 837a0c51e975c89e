import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createContainer, type Container } from './container'

let root: string
let container: Container
const events: { name: string; payload: unknown }[] = []

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'galley-container-'))
  events.length = 0
  container = createContainer({
    appName: 'Galley',
    version: '0.0.0',
    platform: 'linux',
    userDataDir: path.join(root, 'data'),
    defaultLibraryDir: path.join(root, 'Documents', 'Galley'),
    events: { emit: (name, payload) => events.push({ name, payload }) },
    isTrustedSender: () => true,
    watchLibrary: false,
  })
  await container.start()
})
afterEach(async () => {
  await container.dispose()
  await rm(root, { recursive: true, force: true })
})

const own = { url: 'app://galley/index.html', isMainFrame: true }

describe('the container wires the library', () => {
  it('serves library calls through the dispatcher, with typed errors', async () => {
    const created = await container.dispatch(own, 'galley:library.create', [{ templateId: 'news' }])
    expect(created).toMatchObject({ ok: true, value: { path: path.join(root, 'Documents', 'Galley', 'Untitled.galley') } })
    expect(await container.dispatch(own, 'galley:library.open', ['/etc/hostname'])).toMatchObject({ ok: false, error: { code: 'NOT_GALLEY_FILE' } })
    expect(await container.dispatch(own, 'galley:history.get', ['/x.galley', '../../etc'])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('switches to another library folder when the setting changes, and remembers it', async () => {
    await container.services.library.create({ templateId: 'news' })
    const other = path.join(root, 'Newsroom')
    await container.services.settings.set({ libraryDir: other })
    await expect.poll(async () => (await container.services.library.info()).dir, { timeout: 5000 }).toBe(other)
    expect(await container.services.library.list({})).toEqual([])
    expect(events.some((e) => e.name === 'onLibraryChanged' && (e.payload as { dir: string }).dir === other)).toBe(true)
    expect((await container.services.appInfo()).libraryDir).toBe(other)
    await container.services.library.create({ templateId: 'news' })
    expect(await readdir(other)).toContain('Untitled.galley')
  })

  it('makes a new article from the template the writer chose, in the language chosen, with the publication’s defaults', async () => {
    await container.services.settings.set({ publicationName: 'Kabul Evening Post', editorInChief: 'Farida Ahmadi', datelinePlace: 'Kabul' })
    const opened = await container.services.library.create({ templateId: 'news', meta: { language: 'fa-AF' } })
    expect(opened.article.meta).toMatchObject({ template: 'news', language: 'fa-AF', direction: 'rtl', publication: 'Kabul Evening Post' })
    // The dateline is written in the article's language, not in English.
    expect(opened.article.meta.dateline).toContain('KABUL')
    expect(opened.article.meta.dateline).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/)
    expect(opened.article.body.root.children.length).toBeGreaterThan(1)
    const other = await container.services.library.create({ templateId: 'news', meta: { language: 'fa-AF' } })
    expect(other.article.id).not.toBe(opened.article.id)
  })
})
