import { describe, expect, it } from 'vitest'
import { createArticle } from '../../../../shared/article/file'
import { image, body as makeBody, paragraph } from '../../../../shared/article/body'
import type { PdfOutput, PrintContent } from '../../../../shared/ipc/print'
import { MemorySession } from '../../document/MemorySession'
import { HostFailure } from '../../host'
import { PrintPreviewController } from './PrintPreviewController'
import type { Timers } from './refresh'

function manualTimers() {
  const due: (() => void)[] = []
  const timers: Timers = { setTimeout: (fn) => due.push(fn), clearTimeout: () => undefined }
  return { timers, fire: () => due.splice(0).forEach((fn) => fn()) }
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

const output = (pages: number): PdfOutput => ({ pdf: new Uint8Array([37, 80, 68, 70]), pages, copyfit: null, sheet: { widthMm: 210, heightMm: 297 } })

function setup() {
  const key = 'a'.repeat(64)
  const article = createArticle({
    id: '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10',
    now: new Date('2020-07-08T10:00:00Z'),
    body: makeBody([paragraph('One.'), image(key, { caption: 'c', credit: 'x', altText: 'a' })]),
  })
  const session = new MemorySession({ ...article, assets: { [key]: { mime: 'image/png', data: 'AAAA' }, ['b'.repeat(64)]: { mime: 'image/png', data: 'BBBB' } } })
  const printed: PrintContent[] = []
  let answer: () => Promise<PdfOutput> = async () => output(printed.length)
  const { timers, fire } = manualTimers()
  const controller = new PrintPreviewController(session, { print: (c) => (printed.push(c), answer()), timers, delayMs: 500 })
  return { session, controller, printed, fire, fail: (e: Error) => (answer = () => Promise.reject(e)) }
}

describe('PrintPreviewController', () => {
  it('prints only while someone watches, at once for a new watcher, then after pauses', async () => {
    const { session, controller, printed, fire } = setup()
    session.bodyChanged()
    fire()
    await flush()
    expect(printed).toHaveLength(0)
    controller.watch('pane', true)
    await flush()
    expect(printed).toHaveLength(1)
    expect(controller.store.get()).toMatchObject({ version: 1, stale: false, updating: false, error: null })
    expect(controller.store.get().output?.pages).toBe(1)
    // Only the images the body uses go to the printer.
    expect(Object.keys(printed[0]!.assets)).toEqual(['a'.repeat(64)])

    session.updateLayout({ columns: 2 })
    expect(controller.store.get()).toMatchObject({ stale: true, updating: true })
    fire()
    await flush()
    expect(printed).toHaveLength(2)
    expect(printed[1]!.layout.columns).toBe(2)
    expect(controller.store.get()).toMatchObject({ version: 2, stale: false, updating: false })

    // A second watcher does not print again; when the last one goes, changes wait.
    controller.watch('inspector', true)
    await flush()
    expect(printed).toHaveLength(2)
    controller.watch('pane', false)
    controller.watch('inspector', false)
    session.updateMeta({ headline: 'New' })
    fire()
    await flush()
    expect(printed).toHaveLength(2)
    expect(controller.store.get().stale).toBe(true)
    controller.watch('pane', true)
    await flush()
    expect(printed).toHaveLength(3)
    expect(printed[2]!.meta.headline).toBe('New')
  })

  it('keeps the last good PDF and says why a print failed', async () => {
    const { controller, fail, session, fire } = setup()
    controller.watch('pane', true)
    await flush()
    fail(new HostFailure({ code: 'PRINT_FAILED', message: 'Galley could not make the PDF.' }))
    session.bodyChanged()
    fire()
    await flush()
    expect(controller.store.get()).toMatchObject({ version: 1, error: 'Galley could not make the PDF.' })
    expect(controller.store.get().output?.pages).toBe(1)
    controller.dispose()
    session.bodyChanged()
    fire()
    await flush()
    expect(controller.store.get().version).toBe(1)
  })
})
