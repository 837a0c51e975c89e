// Closing a window or quitting never loses words: each window first flushes its pending saves; a
// save that failed or conflicted keeps the window open and asks; only then do the services shut down
// (their own queues drain) and the app exits. Logout and shutdown get the same flush, without
// questions, since the session will not wait for an answer.
import type { FlushReason } from '../../shared/ipc/desktop'
import type { Logger } from '../services/log/Logger'
import type { FlushResult } from './FlushBroker'

export interface CloseQuestion {
  readonly message: string
  readonly detail: string
  /** Button labels: [keep the window, close anyway]; the first is the default. */
  readonly buttons: readonly [string, string]
}

export type CloseDecision = { readonly action: 'close' } | { readonly action: 'ask'; readonly question: CloseQuestion }

/** What to do once a window's flush has ended. Pure. */
export function decideAfterFlush(result: FlushResult, reason: FlushReason, title = ''): CloseDecision {
  if (result.status === 'saved' || result.status === 'nothing' || result.status === 'gone') return { action: 'close' }
  // The session is ending: there is nobody to ask and no time to wait.
  if (reason === 'session-end') return { action: 'close' }
  const name = title ? `“${title}”` : 'this article'
  const closing = reason === 'quit' ? 'Quit Anyway' : 'Close Anyway'
  const keep = reason === 'quit' ? 'Don’t Quit' : 'Keep Window Open'
  if (result.status === 'failed') {
    return {
      action: 'ask',
      question: {
        message: `Galley could not save ${name}.`,
        detail: `${result.message}\n\nIf you close it now, the changes since the last save are lost.`,
        buttons: [keep, closing],
      },
    }
  }
  if (result.status === 'conflict') {
    return {
      action: 'ask',
      question: {
        message: `${capitalize(name)} was changed by someone else while you were writing.`,
        detail: `${result.message}${result.conflictPath ? `\n\nYour version was kept as ${result.conflictPath}.` : ''}`,
        buttons: [keep, closing],
      },
    }
  }
  return {
    action: 'ask',
    question: {
      message: `Galley could not confirm that ${name} was saved.`,
      detail: 'The window did not answer in time. Keep it open to let it finish saving, or close it anyway.',
      buttons: [keep, closing],
    },
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export interface QuitPorts {
  /** Open windows, in the order they should be flushed (focused first). */
  windows(): readonly number[]
  title(windowId: number): string
  flush(windowId: number, reason: FlushReason): Promise<FlushResult>
  /** Shows the question on the window; true means "close anyway". */
  ask(windowId: number, question: CloseQuestion): Promise<boolean>
  /** Closes the window for real (its `close` event then passes). */
  closeWindow(windowId: number): void
  /** Shuts the services down, waiting for their queued writes. */
  disposeServices(): Promise<void>
  /** Quits the app for real (`before-quit` then passes). */
  exit(): void
  readonly logger: Logger
}

export class QuitCoordinator {
  /** Windows whose flush is done: their next `close` goes through. */
  private readonly cleared = new Set<number>()
  private readonly closing = new Set<number>()
  private quitState: 'idle' | 'flushing' | 'cleared' = 'idle'

  constructor(private readonly ports: QuitPorts) {}

  /** From a window's `close` event: true lets it close; false means prevent it (a flush has started). */
  onWindowClose(windowId: number): boolean {
    if (this.cleared.has(windowId) || this.quitState === 'cleared') {
      this.cleared.delete(windowId)
      return true
    }
    if (this.quitState === 'flushing') return false
    if (!this.closing.has(windowId)) {
      this.closing.add(windowId)
      void this.closeFlow(windowId).finally(() => this.closing.delete(windowId))
    }
    return false
  }

  /** From `before-quit`: true lets the quit go on; false means prevent it (the flush has started). */
  onBeforeQuit(): boolean {
    if (this.quitState === 'cleared') return true
    if (this.quitState === 'idle') {
      this.quitState = 'flushing'
      void this.quitFlow()
    }
    return false
  }

  get quitting(): boolean {
    return this.quitState !== 'idle'
  }

  /** Logout or shutdown (Windows `session-end`, SIGTERM): flush everything, ask nothing, shut down. */
  async onSessionEnd(): Promise<void> {
    if (this.quitState === 'cleared') return
    this.quitState = 'flushing'
    const results = await Promise.all(this.ports.windows().map(async (id) => [id, await this.ports.flush(id, 'session-end')] as const))
    for (const [id, result] of results) {
      if (result.status !== 'saved' && result.status !== 'nothing') {
        this.ports.logger.warn('flush at session end did not complete', { window: id, status: result.status })
      }
    }
    await this.shutDown()
  }

  private async closeFlow(windowId: number): Promise<void> {
    const result = await this.ports.flush(windowId, 'close')
    if (this.quitState !== 'idle') return
    const decision = decideAfterFlush(result, 'close', this.ports.title(windowId))
    if (decision.action === 'ask') {
      this.ports.logger.warn('window kept open after flush', { window: windowId, status: result.status })
      const closeAnyway = await this.ports.ask(windowId, decision.question)
      if (!closeAnyway) return
      this.ports.logger.warn('window closed without a confirmed save', { window: windowId, status: result.status })
    }
    this.cleared.add(windowId)
    this.ports.closeWindow(windowId)
  }

  private async quitFlow(): Promise<void> {
    // One window after the other, so a question is about one article at a time.
    for (const id of this.ports.windows()) {
      const result = await this.ports.flush(id, 'quit')
      const decision = decideAfterFlush(result, 'quit', this.ports.title(id))
      if (decision.action === 'ask') {
        const quitAnyway = await this.ports.ask(id, decision.question)
        if (!quitAnyway) {
          this.ports.logger.info('quit cancelled after a failed flush', { window: id, status: result.status })
          this.quitState = 'idle'
          return
        }
      }
    }
    await this.shutDown()
  }

  private async shutDown(): Promise<void> {
    try {
      await this.ports.disposeServices()
    } catch (error) {
      this.ports.logger.error('services did not shut down cleanly', error)
    }
    this.quitState = 'cleared'
    this.ports.exit()
  }
}
