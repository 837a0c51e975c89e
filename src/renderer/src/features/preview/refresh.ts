// When the preview prints again: once typing has paused for `delayMs`, never two prints at once,
// and one more print after the current one when the text changed meanwhile (so the preview always
// ends on the latest text without queueing a print per keystroke).

/** How long typing must pause before the preview prints again (the print itself then takes a few hundred ms). */
export const REFRESH_DELAY_MS = 450

export interface Timers {
  setTimeout(fn: () => void, ms: number): number
  clearTimeout(id: number): void
}

const browserTimers: Timers = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
}

export class RefreshScheduler {
  private timer: number | null = null
  private running = false
  /** The text changed while a print was running. */
  private dirty = false
  private disposed = false

  constructor(
    private readonly run: () => Promise<void>,
    private readonly delayMs: number,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Something changed: print after the pause. */
  changed(): void {
    if (this.disposed) return
    if (this.running) {
      this.dirty = true
      return
    }
    this.cancelTimer()
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      void this.start()
    }, this.delayMs)
  }

  /** Print now (the pane was just shown, a setting changed): no reason to wait for a pause. */
  now(): void {
    if (this.disposed) return
    this.cancelTimer()
    if (this.running) {
      this.dirty = true
      return
    }
    void this.start()
  }

  /** A print is waiting for the pause or running. */
  get busy(): boolean {
    return this.timer !== null || this.running
  }

  dispose(): void {
    this.disposed = true
    this.cancelTimer()
  }

  private async start(): Promise<void> {
    this.running = true
    this.dirty = false
    try {
      await this.run()
    } catch {
      // `run` reports its own failures; the schedule goes on.
    } finally {
      this.running = false
    }
    // Edits made while printing: one more print, after a pause of its own.
    if (this.dirty && !this.disposed) {
      this.dirty = false
      this.changed()
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }
}
