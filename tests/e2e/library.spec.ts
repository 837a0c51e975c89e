// The library's host API end to end: the built renderer's window.galley in Chromium, the real handler
// table and services, real files. (The editor UI drives the same calls once it lands.)
import type { Page } from 'playwright-core'
import { expect, test } from './harness/fixtures'
import { launchGalley } from './harness'

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }

/** Calls window.galley.<concern>.<method>(...args) in the page and unwraps the envelope. */
async function call<T>(page: Page, concern: string, method: string, ...args: unknown[]): Promise<T> {
  const result = (await page.evaluate(
    ([c, m, a]) => (window as unknown as { galley: Record<string, Record<string, (...x: unknown[]) => Promise<unknown>>> }).galley[c]?.[m]?.(...a),
    [concern, method, args] as const,
  )) as Envelope
  if (!result.ok) throw new Error(`${concern}.${method}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

// The host API on its own: no article open in the window, so the library holds only what a test
// writes (the default fixture starts with a blank Untitled.galley, which would take the first name).
test.use({ startWith: 'library' })

interface Opened {
  path: string
  revision: string
  article: { meta: Record<string, unknown>; layout: unknown; body: unknown }
}

const content = (opened: Opened, headline: string, text: string): unknown => ({
  meta: { ...opened.article.meta, headline },
  layout: opened.article.layout,
  body: { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: [{ type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] } },
})

test('typed text survives the Node side dying: it is offered and recovered after a restart', async ({ galley }) => {
  test.skip(!galley.harness, 'needs the in-process harness to kill the Node side')
  const { page } = galley
  const created = await call<Opened>(page, 'library', 'create', { templateId: 'news' })
  expect(created.path.endsWith('Untitled.galley')).toBe(true)
  await call(page, 'recovery', 'write', created.path, content(created, 'Night shift', 'Words typed and never saved.'), created.revision)
  await galley.harness?.crash()
  const refused = (await page.evaluate(() => (window as unknown as { galley: { library: { list(q: unknown): Promise<unknown> } } }).galley.library.list({}))) as Envelope
  expect(refused).toMatchObject({ ok: false, error: { code: 'HOST_GONE' } })

  const restarted = await launchGalley({ libraryDir: galley.libraryDir, userDataDir: galley.userDataDir })
  try {
    const pending = await call<{ id: string; path: string; headline: string }[]>(restarted.page, 'recovery', 'pending')
    expect(pending).toEqual([expect.objectContaining({ path: created.path, headline: 'Night shift' })])
    const recovered = await call<Opened>(restarted.page, 'recovery', 'accept', pending[0]?.id)
    expect(JSON.stringify(recovered.article.body)).toContain('Words typed and never saved.')
    expect(await call(restarted.page, 'recovery', 'pending')).toEqual([])
    expect(restarted.problems).toEqual([])
  } finally {
    await restarted.close()
  }
})

test('search finds an article by a word in its body, with the match marked', async ({ galley }) => {
  const { page } = galley
  const a = await call<Opened>(page, 'library', 'create', { templateId: 'news' })
  await call(page, 'library', 'save', a.path, content(a, 'Council meets', 'The harbour authority asked for more ferries.'), a.revision)
  const b = await call<Opened>(page, 'library', 'create', { templateId: 'editorial', folder: 'Opinion' })
  await call(page, 'library', 'save', b.path, content(b, 'A City That Keeps Its Promises', 'The bridge opened on time.'), b.revision)
  const hits = await call<{ summary: { headline: string; relPath: string }; snippets: { field: string; text: string; marks: [number, number][] }[] }[]>(page, 'library', 'search', { text: 'ferries' })
  expect(hits.map((h) => h.summary.relPath)).toEqual(['Council meets.galley'])
  const body = hits[0]?.snippets.find((s) => s.field === 'body')
  expect(body && body.marks.map(([s, e]) => body.text.slice(s, e))).toEqual(['ferries'])
  const list = await call<{ relPath: string }[]>(page, 'library', 'list', { folder: 'Opinion' })
  expect(list.map((s) => s.relPath)).toEqual(['Opinion/A City That Keeps Its Promises.galley'])
})

test('restoring a history snapshot brings back the old text', async ({ galley }) => {
  const { page } = galley
  const a = await call<Opened>(page, 'library', 'create', { templateId: 'news' })
  const first = await call<{ path: string; revision: string }>(page, 'library', 'save', a.path, content(a, 'Budget', 'The first draft of the budget story.'), a.revision)
  const version = await call<{ id: string; label: string }>(page, 'history', 'saveVersion', first.path, 'Before the rewrite')
  const reopened = await call<Opened>(page, 'library', 'open', first.path)
  await call(page, 'library', 'save', first.path, content(reopened, 'Budget', 'A completely rewritten story.'), reopened.revision)
  const versions = await call<{ id: string; label: string | null }[]>(page, 'history', 'list', first.path)
  expect(versions.find((v) => v.id === version.id)?.label).toBe('Before the rewrite')
  const restored = await call<Opened>(page, 'history', 'restore', first.path, version.id)
  expect(JSON.stringify(restored.article.body)).toContain('The first draft of the budget story.')
  const again = await call<Opened>(page, 'library', 'open', first.path)
  expect(JSON.stringify(again.article.body)).toContain('The first draft of the budget story.')
})

test('the host API refuses paths outside the library with a typed error', async ({ galley }) => {
  const { page } = galley
  const result = (await page.evaluate(() =>
    (window as unknown as { galley: { library: { open(p: string): Promise<unknown> } } }).galley.library.open('/etc/passwd.galley'),
  )) as Envelope
  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const escape = (await page.evaluate(
    (dir) => (window as unknown as { galley: { library: { open(p: string): Promise<unknown> } } }).galley.library.open(`${dir}/../x.galley`),
    galley.libraryDir,
  )) as Envelope
  expect(escape.ok).toBe(false)
})
