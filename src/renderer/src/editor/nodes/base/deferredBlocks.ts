// Opening an article draws its blocks' own DOM (images, section and page breaks) behind the text.
//
// An image block is a dozen elements with three form fields, and form fields are among the dearest
// elements a browser makes: a long article's dozen images cost its open more than half of all the
// text's DOM. While an article loads, these blocks are created empty; they are drawn
// - in the first animation frame after the load, before that frame is painted, when they lie in or
//   near the window (so the first picture of the article is complete), and
// - the others in the idle time that follows (all of them well within a second).
// Anything that reaches into a block's DOM sooner calls `ensureBlockDrawn` first. A block inserted
// or changed at any other time (typing, paste, undo) is drawn at once, as before.
import type { LexicalEditor } from 'lexical'

/** When deferred drawing runs. */
export interface BlockDrawScheduler {
  /** Before the next frame is painted (requestAnimationFrame). */
  frame(run: () => void): void
  /**
   * When the window is idle; `timeRemaining` is what is left of that idle period, in ms, and
   * `late` is true when the window was never idle in time (then the rest is drawn at once).
   */
  idle(run: (timeRemaining: () => number, late: boolean) => void): void
  /** Whether a drawn-late block lies in or near the window and must be drawn before the next paint. */
  nearView(dom: HTMLElement): boolean
}

/** The browser's own scheduling; null where there is none (then blocks are drawn at once). */
function browserScheduler(): BlockDrawScheduler | null {
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') return null
  return {
    frame: (run) => requestAnimationFrame(() => run()),
    // The timeout bounds the wait on a busy window: every block is drawn soon after the open.
    idle: (run) => requestIdleCallback((deadline) => run(() => deadline.timeRemaining(), deadline.didTimeout), { timeout: 400 }),
    nearView: (dom) => {
      const rect = dom.getBoundingClientRect()
      const height = dom.ownerDocument.defaultView?.innerHeight ?? 0
      // Generous: blocks not yet laid out (content-visibility) sit at estimated places.
      return rect.bottom >= -height && rect.top <= 2 * height
    },
  }
}

let scheduler: BlockDrawScheduler | null | undefined

/** Tests replace the scheduling; null draws every block at once. */
export function setBlockDrawScheduler(next: BlockDrawScheduler | null | undefined): void {
  scheduler = next
}

const loading = new WeakMap<LexicalEditor, Set<HTMLElement>>()
const drawers = new WeakMap<HTMLElement, () => void>()

/**
 * Runs `load` (an update that fills the editor with an article) with the blocks it creates drawn
 * behind it. Without a scheduler, or in an update nested in another load, it just runs `load`.
 */
export function loadingBlocks<T>(editor: LexicalEditor, load: () => T): T {
  const schedule = scheduler === undefined ? (scheduler = browserScheduler()) : scheduler
  if (!schedule || loading.has(editor)) return load()
  const pending = new Set<HTMLElement>()
  loading.set(editor, pending)
  try {
    return load()
  } finally {
    loading.delete(editor)
    if (pending.size > 0) drawLater(pending, schedule)
  }
}

/**
 * Called by a block as it creates its element: true when the block is to be drawn later (`draw`
 * then runs once, from the editor's state at that time), false when it must draw now.
 */
export function deferBlockDraw(editor: LexicalEditor, dom: HTMLElement, draw: () => void): boolean {
  const pending = loading.get(editor)
  if (!pending) return false
  pending.add(dom)
  drawers.set(dom, draw)
  return true
}

/** Whether the block's element still waits to be drawn. */
export function isBlockPending(dom: HTMLElement): boolean {
  return drawers.has(dom)
}

/** Draws the block now if it still waits (before reading or focusing anything inside it). */
export function ensureBlockDrawn(dom: HTMLElement): void {
  const draw = drawers.get(dom)
  if (!draw) return
  drawers.delete(dom)
  draw()
}

function drawLater(pending: Set<HTMLElement>, schedule: BlockDrawScheduler): void {
  const settle = (dom: HTMLElement): void => {
    pending.delete(dom)
    // A block removed before its turn is never drawn.
    if (dom.isConnected) ensureBlockDrawn(dom)
    else drawers.delete(dom)
  }
  schedule.frame(() => {
    for (const dom of [...pending]) if (!dom.isConnected || !isBlockPending(dom) || schedule.nearView(dom)) settle(dom)
    const rest = (timeRemaining: () => number, late: boolean): void => {
      for (const dom of pending) {
        settle(dom)
        if (!late && timeRemaining() < 2) break
      }
      if (pending.size > 0) schedule.idle(rest)
    }
    if (pending.size > 0) schedule.idle(rest)
  })
}
