// Keeps the article's PDF current while someone looks at it: the preview pane, or the inspector's
// copyfit line. Prints through the host (the same engine as Export PDF) once typing pauses, one
// print at a time, and publishes the latest PDF, its page count and copyfit.
import type { PdfOutput, PrintContent } from '../../../../shared/ipc/print'
import type { DocumentSession } from '../../document/DocumentSession'
import { isHostFailure } from '../../host'
import { createStore, type Store } from '../../lib/store'
import { printContent } from './content'
import { REFRESH_DELAY_MS, RefreshScheduler, type Timers } from './refresh'

export interface PreviewState {
  /** The last PDF printed (null until the first one). */
  readonly output: PdfOutput | null
  /** Bumped with every new output, so views know a PDF is new without comparing bytes. */
  readonly version: number
  /** A print is waiting for the pause or running. */
  readonly updating: boolean
  /** The article changed since `output` was printed. */
  readonly stale: boolean
  /** Why the last print failed, in plain words; null when it worked. */
  readonly error: string | null
}

const INITIAL: PreviewState = { output: null, version: 0, updating: false, stale: true, error: null }

export interface PrintPreviewOptions {
  readonly print: (content: PrintContent) => Promise<PdfOutput>
  readonly delayMs?: number
  readonly timers?: Timers
}

export class PrintPreviewController {
  readonly store: Store<PreviewState> = createStore<PreviewState>(INITIAL)
  private readonly scheduler: RefreshScheduler
  private readonly unsubscribe: () => void
  private readonly watchers = new Set<string>()

  constructor(
    private readonly session: DocumentSession,
    private readonly options: PrintPreviewOptions,
  ) {
    this.scheduler = new RefreshScheduler(() => this.refresh(), options.delayMs ?? REFRESH_DELAY_MS, options.timers)
    this.unsubscribe = session.subscribe(() => this.invalidate())
  }

  /**
   * Someone (`who`: the preview pane, the inspector's copyfit) needs the PDF while `on`. Prints
   * only while someone watches; a new watcher of a stale PDF gets one at once.
   */
  watch(who: string, on: boolean): void {
    const had = this.watchers.size > 0
    if (on) this.watchers.add(who)
    else this.watchers.delete(who)
    if (!had && this.watchers.size > 0 && this.store.get().stale) this.scheduler.now()
  }

  /** The article (or what prints with it: the preferences' publication and editor) changed. */
  invalidate(): void {
    this.patch({ stale: true })
    if (this.watchers.size === 0) return
    this.scheduler.changed()
    this.patch({ updating: true })
  }

  /** Prints now, without waiting for a pause (a print setting was chosen, the pane shown). */
  refreshNow(): void {
    this.patch({ stale: true })
    if (this.watchers.size > 0) this.scheduler.now()
  }

  dispose(): void {
    this.scheduler.dispose()
    this.unsubscribe()
  }

  private async refresh(): Promise<void> {
    this.patch({ updating: true, stale: false })
    try {
      // Marks for profiling a refresh in devtools (and the benchmark); they cost nothing.
      performance.mark('galley:preview:print')
      const output = await this.options.print(printContent(this.session))
      performance.mark('galley:preview:printed')
      this.patch({ output, version: this.store.get().version + 1, error: null })
    } catch (error) {
      this.patch({ error: isHostFailure(error) || error instanceof Error ? error.message : 'The preview could not be made.' })
    } finally {
      // Edits made while printing bring one more print (the scheduler's), so still updating.
      this.patch({ updating: this.store.get().stale && this.watchers.size > 0 })
    }
  }

  private patch(patch: Partial<PreviewState>): void {
    const current = this.store.get()
    if ((Object.keys(patch) as (keyof PreviewState)[]).every((k) => current[k] === patch[k])) return
    this.store.set({ ...current, ...patch })
  }
}
