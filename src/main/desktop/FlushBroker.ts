// The flush handshake: main asks one window to save what is pending (`onFlushRequest`) and waits for
// its `desktop.flushed(requestId, outcome)`, or for a timeout when the window does not answer.
import { randomUUID } from 'node:crypto'
import type { FlushOutcome, FlushReason, FlushRequestEvent } from '../../shared/ipc/desktop'

/** A flush's end: the window's answer, no answer in time, or no window to ask (closed or crashed). */
export type FlushResult = FlushOutcome | { readonly status: 'timeout' } | { readonly status: 'gone' }

interface Pending {
  readonly windowId: number
  readonly resolve: (result: FlushResult) => void
  readonly timer: ReturnType<typeof setTimeout>
}

export class FlushBroker {
  private readonly pending = new Map<string, Pending>()

  constructor(
    /** Sends the event to the window; false when the window is gone or its page crashed. */
    private readonly send: (windowId: number, event: FlushRequestEvent) => boolean,
    private readonly newId: () => string = randomUUID,
  ) {}

  request(windowId: number, reason: FlushReason, timeoutMs: number): Promise<FlushResult> {
    const requestId = this.newId()
    return new Promise<FlushResult>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId)
        resolve({ status: 'timeout' })
      }, timeoutMs)
      this.pending.set(requestId, { windowId, resolve, timer })
      if (!this.send(windowId, { requestId, reason })) {
        clearTimeout(timer)
        this.pending.delete(requestId)
        resolve({ status: 'gone' })
      }
    })
  }

  /**
   * The window's answer. Ignored (false) when the request is unknown, already timed out, or the
   * answer comes from another window than the one asked.
   */
  acknowledge(requestId: string, outcome: FlushOutcome, fromWindowId?: number): boolean {
    const pending = this.pending.get(requestId)
    if (!pending) return false
    if (fromWindowId !== undefined && fromWindowId !== pending.windowId) return false
    this.pending.delete(requestId)
    clearTimeout(pending.timer)
    pending.resolve(outcome)
    return true
  }

  /** A window went away while asked: its flush ends as `gone`. */
  windowGone(windowId: number): void {
    for (const [id, p] of this.pending) {
      if (p.windowId !== windowId) continue
      this.pending.delete(id)
      clearTimeout(p.timer)
      p.resolve({ status: 'gone' })
    }
  }
}
