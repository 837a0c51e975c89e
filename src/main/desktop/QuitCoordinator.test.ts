// Closing and quitting: the flush handshake, the decisions after it, and the order of shutdown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FlushOutcome } from '../../shared/ipc/desktop'
import { MemoryLogger } from '../services/log/Logger'
import { FlushBroker, type FlushResult } from './FlushBroker'
import { QuitCoordinator, decideAfterFlush, type QuitPorts } from './QuitCoordinator'

describe('decideAfterFlush', () => {
  it('closes when the save went through, there was nothing to save, or the window is gone', () => {
    for (const status of ['saved', 'nothing', 'gone'] as const) expect(decideAfterFlush({ status }, 'close')).toEqual({ action: 'close' })
  })

  it('asks, saying why, when a save failed, conflicted or was not confirmed', () => {
    const failed = decideAfterFlush({ status: 'failed', message: 'The disk is full.' }, 'close', 'Budget vote')
    expect(failed).toEqual({
      action: 'ask',
      question: {
        message: 'Galley could not save “Budget vote”.',
        detail: 'The disk is full.\n\nIf you close it now, the changes since the last save are lost.',
        buttons: ['Keep Window Open', 'Close Anyway'],
      },
    })
    const conflict = decideAfterFlush({ status: 'conflict', message: 'The file changed on disk.', conflictPath: '/desk/Budget (your version).galley' }, 'quit')
    expect(conflict).toMatchObject({
      action: 'ask',
      question: { message: 'This article was changed by someone else while you were writing.', buttons: ['Don’t Quit', 'Quit Anyway'] },
    })
    expect(conflict.action === 'ask' && conflict.question.detail).toContain('/desk/Budget (your version).galley')
    expect(decideAfterFlush({ status: 'timeout' }, 'close')).toMatchObject({ action: 'ask', question: { message: 'Galley could not confirm that this article was saved.' } })
  })

  it('never asks when the session is ending', () => {
    expect(decideAfterFlush({ status: 'failed', message: 'x' }, 'session-end')).toEqual({ action: 'close' })
    expect(decideAfterFlush({ status: 'timeout' }, 'session-end')).toEqual({ action: 'close' })
  })
})

describe('FlushBroker', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('resolves with the window’s answer, only from that window, once', async () => {
    const sent: unknown[] = []
    const broker = new FlushBroker((id, event) => (sent.push([id, event]), true), () => 'req-1')
    const pending = broker.request(4, 'close', 1000)
    expect(sent).toEqual([[4, { requestId: 'req-1', reason: 'close' }]])
    expect(broker.acknowledge('req-1', { status: 'saved' }, 5)).toBe(false)
    expect(broker.acknowledge('req-1', { status: 'saved' }, 4)).toBe(true)
    expect(broker.acknowledge('req-1', { status: 'saved' }, 4)).toBe(false)
    expect(await pending).toEqual({ status: 'saved' })
  })

  it('times out, and ends at once for a window that cannot be reached or goes away', async () => {
    let n = 0
    const broker = new FlushBroker((id) => id !== 9, () => `r${n++}`)
    const slow = broker.request(1, 'quit', 1000)
    vi.advanceTimersByTime(1000)
    expect(await slow).toEqual({ status: 'timeout' })
    expect(broker.acknowledge('r0', { status: 'saved' })).toBe(false)
    expect(await broker.request(9, 'quit', 1000)).toEqual({ status: 'gone' })
    const closing = broker.request(2, 'close', 1000)
    broker.windowGone(2)
    expect(await closing).toEqual({ status: 'gone' })
  })
})

/** Ports recording the order of what happens; each window answers the flush as scripted. */
function harness(answers: Record<number, FlushResult | (() => Promise<FlushResult>)>, closeAnyway = false) {
  const log: string[] = []
  const logger = new MemoryLogger()
  const open = new Set(Object.keys(answers).map(Number))
  const ports: QuitPorts = {
    windows: () => [...open],
    title: (id) => `Article ${id}`,
    flush: async (id, reason) => {
      log.push(`flush ${id} ${reason}`)
      const a = answers[id]!
      const result = typeof a === 'function' ? await a() : a
      log.push(`flushed ${id} ${result.status}`)
      return result
    },
    ask: async (id, q) => {
      log.push(`ask ${id}: ${q.message}`)
      return closeAnyway
    },
    closeWindow: (id) => {
      // Electron emits `close` again; the coordinator must let it through now.
      const allowed = coordinator.onWindowClose(id)
      log.push(`close ${id} ${allowed ? 'allowed' : 'prevented'}`)
      if (allowed) open.delete(id)
    },
    disposeServices: async () => {
      log.push('dispose services')
    },
    exit: () => {
      log.push('exit')
      // Electron emits `before-quit` again, then closes the windows.
      log.push(`before-quit ${coordinator.onBeforeQuit() ? 'allowed' : 'prevented'}`)
      for (const id of [...open]) {
        log.push(`close ${id} ${coordinator.onWindowClose(id) ? 'allowed' : 'prevented'}`)
        open.delete(id)
      }
    },
    logger: logger.logger,
  }
  const coordinator = new QuitCoordinator(ports)
  const settle = () => new Promise((r) => setTimeout(r, 0))
  return { coordinator, log, logger, settle, open }
}

describe('QuitCoordinator', () => {
  it('closing a window flushes it first, then lets the close through', async () => {
    const { coordinator, log, settle } = harness({ 1: { status: 'saved' } })
    expect(coordinator.onWindowClose(1)).toBe(false)
    // A second click while saving does not start a second flush.
    expect(coordinator.onWindowClose(1)).toBe(false)
    await settle()
    expect(log).toEqual(['flush 1 close', 'flushed 1 saved', 'close 1 allowed'])
  })

  it('keeps a window whose save failed open, and asks', async () => {
    const { coordinator, log, settle, open } = harness({ 1: { status: 'failed', message: 'The disk is full.' } })
    coordinator.onWindowClose(1)
    await settle()
    expect(log).toEqual(['flush 1 close', 'flushed 1 failed', 'ask 1: Galley could not save “Article 1”.'])
    expect(open.has(1)).toBe(true)
    // Closing again asks again.
    coordinator.onWindowClose(1)
    await settle()
    expect(log.filter((l) => l.startsWith('ask'))).toHaveLength(2)
  })

  it('closes anyway when the user says so after a conflict', async () => {
    const { coordinator, log, settle, open, logger } = harness({ 1: { status: 'conflict', message: 'Changed on disk.' } }, true)
    coordinator.onWindowClose(1)
    await settle()
    expect(log.at(-1)).toBe('close 1 allowed')
    expect(open.has(1)).toBe(false)
    expect(logger.text()).toContain('window closed without a confirmed save')
  })

  it('quitting flushes every window before the services shut down, and only then exits', async () => {
    let finishSlowSave: (r: FlushOutcome) => void = () => undefined
    const slow = () => new Promise<FlushResult>((r) => (finishSlowSave = r))
    const { coordinator, log, settle } = harness({ 1: { status: 'saved' }, 2: slow, 3: { status: 'nothing' } })
    expect(coordinator.onBeforeQuit()).toBe(false)
    await settle()
    expect(log).toEqual(['flush 1 quit', 'flushed 1 saved', 'flush 2 quit'])
    // Quit again while waiting: nothing new starts.
    expect(coordinator.onBeforeQuit()).toBe(false)
    expect(coordinator.onWindowClose(3)).toBe(false)
    finishSlowSave({ status: 'saved' })
    await settle()
    expect(log).toEqual([
      'flush 1 quit',
      'flushed 1 saved',
      'flush 2 quit',
      'flushed 2 saved',
      'flush 3 quit',
      'flushed 3 nothing',
      'dispose services',
      'exit',
      'before-quit allowed',
      'close 1 allowed',
      'close 2 allowed',
      'close 3 allowed',
    ])
  })

  it('a failed save cancels the quit when the user keeps the window, and nothing shuts down', async () => {
    const { coordinator, log, settle } = harness({ 1: { status: 'failed', message: 'Read-only folder.' }, 2: { status: 'saved' } })
    coordinator.onBeforeQuit()
    await settle()
    expect(log).toEqual(['flush 1 quit', 'flushed 1 failed', 'ask 1: Galley could not save “Article 1”.'])
    expect(coordinator.quitting).toBe(false)
    // The user can quit again later.
    expect(coordinator.onBeforeQuit()).toBe(false)
  })

  it('at logout or shutdown flushes all windows at once, asks nothing, then shuts down', async () => {
    const { coordinator, log, logger } = harness({ 1: { status: 'failed', message: 'x' }, 2: { status: 'timeout' } })
    await coordinator.onSessionEnd()
    expect(log.filter((l) => l.startsWith('flush ')).sort()).toEqual(['flush 1 session-end', 'flush 2 session-end'])
    expect(log.filter((l) => l.startsWith('ask'))).toEqual([])
    expect(log.slice(4)).toEqual(['dispose services', 'exit', 'before-quit allowed', 'close 1 allowed', 'close 2 allowed'])
    expect(logger.text()).toContain('flush at session end did not complete')
  })
})
