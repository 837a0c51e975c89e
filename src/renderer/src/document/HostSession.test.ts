import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { body, paragraph } from '../../../shared/article/body'
import { createArticle } from '../../../shared/article/file'
import type { ArticleContent, ArticleSummary, OpenedArticle, SaveResult } from '../../../shared/ipc/library'
import { HostSession, type SessionHost } from './HostSession'

const REV = (n: number): string => n.toString(16).padStart(64, '0')

function opened(readOnly: string | null = null): OpenedArticle {
  const article = createArticle({ id: '11111111-2222-4333-8444-555555555555', now: new Date('2020-07-08T08:00:00Z'), meta: { headline: 'Bridge' } })
  return {
    path: '/library/Bridge.galley',
    article,
    revision: REV(1),
    readOnly,
    migratedFrom: null,
    summary: { modified: 1000 } as ArticleSummary,
  }
}

interface Call {
  readonly path: string
  readonly text: string
  readonly base: string
}

/** A host whose saves and journal writes the test controls and records. */
function fakeHost() {
  const saves: Call[] = []
  const journals: Call[] = []
  let next: (call: Call) => Promise<SaveResult> = async (call) => ({ status: 'saved', path: call.path, revision: REV(saves.length + 1), modified: 2000 + saves.length, renamedFrom: null })
  const textOf = (content: ArticleContent): string => JSON.stringify(content.body).match(/"text":"([^"]*)"/)?.[1] ?? ''
  const host: SessionHost = {
    save: (path, content, base) => {
      const call = { path, text: textOf(content), base }
      saves.push(call)
      return next(call)
    },
    journal: async (path, content, base) => {
      journals.push({ path, text: textOf(content), base })
    },
    addImage: async () => ({ key: 'a'.repeat(64), asset: { mime: 'image/png', data: 'iVBORw0KGgo=' } }),
  }
  return {
    host,
    saves,
    journals,
    answer(fn: (call: Call) => Promise<SaveResult>) {
      next = fn
    },
  }
}

/** A session with an editor body the test types into. */
function session(timing: { autosave?: boolean; autosaveDelayMs?: number } = {}, readOnly: string | null = null) {
  const fake = fakeHost()
  const s = new HostSession(opened(readOnly), fake.host, { autosave: timing.autosave ?? true, autosaveDelayMs: timing.autosaveDelayMs ?? 1000 })
  let text = ''
  s.setBodySource(() => body([paragraph(text)]))
  const type = (more: string): void => {
    text += more
    s.bodyChanged()
  }
  return { s, fake, type }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('autosave', () => {
  it('saves about a second after typing pauses, once, with everything typed', async () => {
    const { s, fake, type } = session()
    type('The ')
    await vi.advanceTimersByTimeAsync(500)
    type('bridge ')
    await vi.advanceTimersByTimeAsync(900)
    type('reopened.')
    await vi.advanceTimersByTimeAsync(999)
    expect(fake.saves).toEqual([])
    expect(s.getStatus().save).toEqual({ kind: 'unsaved' })
    await vi.advanceTimersByTimeAsync(1)
    expect(fake.saves).toEqual([{ path: '/library/Bridge.galley', text: 'The bridge reopened.', base: REV(1) }])
    expect(s.getStatus().save).toEqual({ kind: 'saved', at: 2001 })
    expect(s.dirty).toBe(false)
    // The next save builds on the revision this one wrote.
    type(' More.')
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.saves[1]?.base).toBe(REV(2))
    expect(fake.saves).toHaveLength(2)
  })

  it('follows the delay from the preferences, and saves nothing by itself when autosave is off', async () => {
    const { s, fake, type } = session({ autosaveDelayMs: 3000 })
    type('a')
    await vi.advanceTimersByTimeAsync(2500)
    expect(fake.saves).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(500)
    expect(fake.saves).toHaveLength(1)
    s.configure({ autosave: false, autosaveDelayMs: 1000 })
    type('b')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fake.saves).toHaveLength(1)
    expect(s.getStatus().save).toEqual({ kind: 'unsaved' })
    // The journal still keeps the words safe (the first entry was written before the first save), and closing the window saves them.
    expect(fake.journals.map((j) => j.text)).toEqual(['a', 'ab'])
    expect(await s.flush()).toEqual({ status: 'saved' })
    expect(fake.saves.at(-1)?.text).toBe('ab')
  })

  it('typing during a save leaves the article unsaved and saves again after the next pause', async () => {
    const { s, fake, type } = session()
    let release!: () => void
    fake.answer((call) => new Promise((resolve) => (release = () => resolve({ status: 'saved', path: call.path, revision: REV(9), modified: 3000, renamedFrom: null }))))
    type('one')
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.getStatus().save).toEqual({ kind: 'saving' })
    type(' two')
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(s.getStatus().save).toEqual({ kind: 'unsaved' })
    fake.answer(async (call) => ({ status: 'saved', path: call.path, revision: REV(10), modified: 4000, renamedFrom: null }))
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.saves.map((c) => [c.text, c.base])).toEqual([
      ['one', REV(1)],
      ['one two', REV(9)],
    ])
    expect(s.getStatus().save).toEqual({ kind: 'saved', at: 4000 })
  })

  it('follows the file when main renames it after its new headline', async () => {
    const { s, fake, type } = session()
    fake.answer(async () => ({ status: 'saved', path: '/library/Bridge reopens.galley', revision: REV(2), modified: 5000, renamedFrom: '/library/Bridge.galley' }))
    const seen: string[] = []
    s.subscribeStatus(() => seen.push(s.path))
    s.updateMeta({ headline: 'Bridge reopens' })
    type('x')
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.path).toBe('/library/Bridge reopens.galley')
    expect(seen).toContain('/library/Bridge reopens.galley')
    fake.answer(async (call) => ({ status: 'saved', path: call.path, revision: REV(3), modified: 6000, renamedFrom: null }))
    type('y')
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.saves.at(-1)?.path).toBe('/library/Bridge reopens.galley')
  })
})

describe('the recovery journal', () => {
  it('is at most a second behind typing between autosaves', async () => {
    const { fake, type } = session({ autosaveDelayMs: 10_000 })
    // Someone typing steadily for three and a half seconds: a key every 100 ms.
    for (let i = 0; i < 35; i++) {
      type('w')
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(fake.saves).toHaveLength(0)
    expect(fake.journals.map((j) => j.text.length)).toEqual([10, 20, 30])
    expect(fake.journals.every((j) => j.base === REV(1))).toBe(true)
    // Once typing stops, the last words reach the journal within a second, then the file.
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.journals.at(-1)?.text.length).toBe(35)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(fake.saves.map((c) => c.text.length)).toEqual([35])
  })

  it('is not written for edits a save already covered', async () => {
    const { fake, type } = session({ autosaveDelayMs: 300 })
    type('short')
    await vi.advanceTimersByTimeAsync(5000)
    expect(fake.saves).toHaveLength(1)
    expect(fake.journals).toHaveLength(0)
  })

  it('a failed journal write is tried again with the next edit', async () => {
    const { fake, type } = session({ autosaveDelayMs: 10_000 })
    let fail = true
    const journal = fake.host.journal
    fake.host.journal = async (...args) => {
      if (fail) throw new Error('disk busy')
      return journal(...args)
    }
    type('a')
    await vi.advanceTimersByTimeAsync(1000)
    fail = false
    type('b')
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.journals.map((j) => j.text)).toEqual(['ab'])
  })
})

describe('conflicts', () => {
  it('reports the conflict, keeps it in view, and clears it when my version is adopted', async () => {
    const { s, fake, type } = session()
    fake.answer(async (call) => ({ status: 'conflict', path: call.path, conflictPath: '/library/Bridge (conflict).galley', diskRevision: REV(7), message: 'Bridge was changed on disk by someone else.' }))
    type('mine')
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.getStatus().save).toEqual({ kind: 'conflict', message: 'Bridge was changed on disk by someone else.', conflictPath: '/library/Bridge (conflict).galley' })
    // Closing the window now must ask: the flush says so even with nothing new typed.
    expect(await s.flush()).toEqual({ status: 'conflict', message: 'Bridge was changed on disk by someone else.', conflictPath: '/library/Bridge (conflict).galley' })
    // More typing keeps going to the copy, and the conflict stays in view while it saves.
    type(' more')
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.saves.map((c) => c.text)).toEqual(['mine', 'mine more'])
    expect(s.getStatus().save.kind).toBe('conflict')
    await s.hold(async () => s.adopt({ path: '/library/Bridge.galley', revision: REV(8), summary: { modified: 9000 } }))
    expect(s.getStatus().save).toEqual({ kind: 'saved', at: 9000 })
    fake.answer(async (call) => ({ status: 'saved', path: call.path, revision: REV(9), modified: 9500, renamedFrom: null }))
    type('!')
    await vi.advanceTimersByTimeAsync(1000)
    expect(fake.saves.at(-1)).toEqual({ path: '/library/Bridge.galley', text: 'mine more!', base: REV(8) })
  })

  it('holds saves while a conflict is resolved; the ones asked for meanwhile run afterwards', async () => {
    const { s, fake, type } = session()
    type('a')
    const order: string[] = []
    const held = s.hold(async () => {
      order.push('resolve start')
      await vi.advanceTimersByTimeAsync(1500)
      order.push('resolve end')
    })
    const saving = s.saveNow().then(() => order.push('save'))
    await held
    await saving
    expect(order).toEqual(['resolve start', 'resolve end', 'save'])
    expect(fake.saves).toHaveLength(1)
  })
})

describe('a failed save', () => {
  it('says why in plain words, never “saved”, keeps the edits, and tries again', async () => {
    const { s, fake, type } = session()
    const failure = Object.assign(new Error('“Bridge.galley” could not be saved because the disk is full. The file on disk is unchanged and your edits are kept in Galley.'), { code: 'SAVE_FAILED' })
    fake.answer(async () => {
      throw failure
    })
    type('precious words')
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.getStatus().save).toEqual({ kind: 'failed', message: failure.message })
    expect(s.dirty).toBe(true)
    expect(await s.flush()).toEqual({ status: 'failed', message: failure.message })
    fake.answer(async (call) => ({ status: 'saved', path: call.path, revision: REV(4), modified: 7000, renamedFrom: null }))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(fake.saves.at(-1)?.text).toBe('precious words')
    expect(s.getStatus().save).toEqual({ kind: 'saved', at: 7000 })
  })

  it('explains a failure without a message of its own calmly', async () => {
    const { s, fake, type } = session()
    fake.answer(async () => {
      throw new TypeError('x is undefined')
    })
    type('a')
    await vi.advanceTimersByTimeAsync(1000)
    const state = s.getStatus().save
    expect(state.kind).toBe('failed')
    expect(state.kind === 'failed' && state.message).toMatch(/Your edits are kept/)
  })
})

describe('a read-only article', () => {
  it('never saves or journals, and flushing has nothing to do', async () => {
    const { s, fake, type } = session({}, 'This article was made by a newer Galley.')
    s.updateMeta({ headline: 'Changed?' })
    type('typed anyway')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fake.saves).toEqual([])
    expect(fake.journals).toEqual([])
    expect(s.getMeta().headline).toBe('Bridge')
    expect(s.getStatus().save).toEqual({ kind: 'read-only', message: 'This article was made by a newer Galley.' })
    expect(await s.flush()).toEqual({ status: 'nothing' })
    await expect(s.addImage({ mime: 'image/png', bytes: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'READ_ONLY' })
  })
})

describe('flush', () => {
  it('saves pending edits at once, after a save already running, and answers how it went', async () => {
    const { s, fake, type } = session()
    expect(await s.flush()).toEqual({ status: 'nothing' })
    type('first')
    await vi.advanceTimersByTimeAsync(1000)
    type(' second')
    expect(await s.flush()).toEqual({ status: 'saved' })
    expect(fake.saves.map((c) => c.text)).toEqual(['first', 'first second'])
    // Nothing is left scheduled: no autosave or journal after the flush.
    await vi.advanceTimersByTimeAsync(5000)
    expect(fake.saves).toHaveLength(2)
    expect(fake.journals).toHaveLength(0)
  })

  it('a disposed session saves nothing more', async () => {
    const { s, fake, type } = session()
    type('gone')
    s.dispose()
    await vi.advanceTimersByTimeAsync(5000)
    expect(fake.saves).toEqual([])
  })
})

describe('images', () => {
  it('go to main and come back as a key and a displayable URL', async () => {
    const { s } = session()
    const added = await s.addImage({ mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]), name: 'bridge.png' })
    expect(added).toEqual({ key: 'a'.repeat(64), url: 'data:image/png;base64,iVBORw0KGgo=' })
    expect(s.assetUrl('a'.repeat(64))).toBe(added.url)
  })
})
