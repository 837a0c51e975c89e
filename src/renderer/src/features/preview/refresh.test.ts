import { describe, expect, it } from 'vitest'
import { RefreshScheduler, type Timers } from './refresh'

/** Timers the test moves by hand. */
function fakeTimers() {
  let now = 0
  let next = 1
  const pending = new Map<number, { at: number; fn: () => void }>()
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = next++
      pending.set(id, { at: now + ms, fn })
      return id
    },
    clearTimeout: (id) => void pending.delete(id),
  }
  const advance = async (ms: number) => {
    const until = now + ms
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      pending.delete(due[0])
      now = due[1].at
      due[1].fn()
      await Promise.resolve()
    }
    now = until
    await flush()
  }
  return { timers, advance }
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve()
}

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

describe('RefreshScheduler', () => {
  it('prints once typing has paused, not on every keystroke', async () => {
    const { timers, advance } = fakeTimers()
    let runs = 0
    const s = new RefreshScheduler(async () => void runs++, 500, timers)
    for (let i = 0; i < 10; i++) {
      s.changed()
      await advance(100)
    }
    expect(runs).toBe(0)
    expect(s.busy).toBe(true)
    await advance(500)
    expect(runs).toBe(1)
    expect(s.busy).toBe(false)
  })

  it('never prints twice at once, and prints the latest text once more after edits made while printing', async () => {
    const { timers, advance } = fakeTimers()
    const jobs: ReturnType<typeof deferred>[] = []
    const s = new RefreshScheduler(() => {
      const d = deferred()
      jobs.push(d)
      return d.promise
    }, 500, timers)
    s.now()
    expect(jobs).toHaveLength(1)
    s.changed()
    s.changed()
    s.now()
    await advance(2000)
    expect(jobs).toHaveLength(1)
    jobs[0]!.resolve()
    await flush()
    // The follow-up print waits for its own pause.
    expect(jobs).toHaveLength(1)
    await advance(500)
    expect(jobs).toHaveLength(2)
    jobs[1]!.resolve()
    await advance(5000)
    expect(jobs).toHaveLength(2)
  })

  it('goes on after a failed print and stops for good when disposed', async () => {
    const { timers, advance } = fakeTimers()
    let runs = 0
    const s = new RefreshScheduler(async () => {
      runs++
      throw new Error('printer gone')
    }, 300, timers)
    s.now()
    await flush()
    s.changed()
    await advance(300)
    expect(runs).toBe(2)
    s.changed()
    s.dispose()
    await advance(1000)
    s.now()
    await flush()
    expect(runs).toBe(2)
  })
})
