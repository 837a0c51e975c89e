// The preview's pages: canvases drawn by pdf.js inside a scrolling element, managed outside React
// (canvases are swapped, not re-rendered). A new PDF is drawn offscreen first — the pages in view,
// at the current zoom — and swapped in all at once at the same scroll place, so a refresh never
// flickers or jumps; pages out of view keep their last picture until they are redrawn, as they
// come into view.
import type { PDFDocumentProxy } from './pdfjs'
import { anchorAt, currentPage, rowGeometry, scaleFor, scrollTopFor, SPREAD_GAP_PX, spreads, type Row, type SizePt, type ZoomMode } from './zoom'

export interface PagesViewOptions {
  readonly zoom: ZoomMode
  readonly facing: boolean
  /** Right-to-left articles bind on the right: spreads read right to left. */
  readonly rtl: boolean
}

export interface PagesViewState {
  readonly page: number
  readonly pageCount: number
}

/** Largest canvas drawn, in device pixels (Chromium refuses far larger ones; memory stays sane). */
const MAX_CANVAS_PIXELS = 16_000_000
/** Rows drawn beyond the view, so scrolling a little shows finished pages. */
const ROWS_AHEAD = 1

/** Where the pages go for one zoom, facing mode and pane size. */
interface Plan {
  readonly scale: number
  readonly layout: number[][]
  readonly rows: Row[]
}

interface Slot {
  readonly page: number
  readonly element: HTMLElement
  canvas: HTMLCanvasElement | null
  /** The document and scale the canvas was drawn for. */
  drawn: { doc: PDFDocumentProxy; scale: number } | null
}

export class PagesView {
  private doc: PDFDocumentProxy | null = null
  private pageSize: SizePt = { width: 595.28, height: 841.89 }
  private options: PagesViewOptions
  private scale = 1
  private layout: number[][] = []
  private rows: Row[] = []
  private slots = new Map<number, Slot>()
  /** Bumped by every show/relayout: drawing for an older one stops. */
  private generation = 0
  /** Bumped by every show: a show overtaken by a newer document gives up. */
  private showToken = 0
  private pumping = false
  private readonly resizeObserver: ResizeObserver
  private lastWidth = 0
  private lastHeight = 0
  private disposed = false

  constructor(
    private readonly scroller: HTMLElement,
    private readonly content: HTMLElement,
    options: PagesViewOptions,
    private readonly onState: (state: PagesViewState) => void,
  ) {
    this.options = options
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true })
    this.resizeObserver = new ResizeObserver(() => {
      const { clientWidth, clientHeight } = this.scroller
      if (clientWidth === this.lastWidth && clientHeight === this.lastHeight) return
      this.lastWidth = clientWidth
      this.lastHeight = clientHeight
      if (this.doc && this.options.zoom !== 'actual') void this.relayout()
    })
    this.resizeObserver.observe(this.scroller)
  }

  /** The document shown now. */
  get document(): PDFDocumentProxy | null {
    return this.doc
  }

  /**
   * Shows a new PDF: its pages in view are drawn offscreen, then swapped in at the same place.
   * Resolves false when a newer document took over meanwhile. The caller owns `doc`.
   */
  async show(doc: PDFDocumentProxy): Promise<boolean> {
    const token = ++this.showToken
    this.generation++
    const first = await doc.getPage(1)
    const vp = first.getViewport({ scale: 1 })
    if (token !== this.showToken || this.disposed) return false
    const size = { width: vp.width, height: vp.height }
    // Draw what will be in view before anything changes on screen (the pages around it follow).
    // A zoom or pane size changed while drawing does not drop the new document (it would stay
    // unseen until the next edit): the pages in view are planned and drawn again for the pane as
    // it is now.
    const drawn = new Map<number, { canvas: HTMLCanvasElement; scale: number }>()
    let next: Plan
    let layoutGeneration: number
    do {
      layoutGeneration = this.generation
      next = this.plan(doc.numPages, size)
      const top = scrollTopFor(anchorAt(this.scroller.scrollTop, this.rows), next.rows)
      for (const page of this.pagesInView(top, next.rows, next.layout, 0)) {
        if (drawn.get(page)?.scale === next.scale) continue
        const canvas = await this.draw(doc, page, next.scale)
        if (token !== this.showToken || this.disposed) return false
        drawn.set(page, { canvas, scale: next.scale })
        if (layoutGeneration !== this.generation) break
      }
    } while (layoutGeneration !== this.generation)
    const scale = next.scale
    const fresh = new Map([...drawn].filter(([, d]) => d.scale === scale).map(([page, d]) => [page, d.canvas]))
    this.generation++
    const anchor = anchorAt(this.scroller.scrollTop, this.rows)
    this.doc = doc
    this.pageSize = size
    this.apply(next, fresh, doc)
    this.scroller.scrollTop = scrollTopFor(anchor, next.rows)
    this.report()
    void this.pump()
    return true
  }

  setOptions(options: PagesViewOptions): void {
    const relayout = options.zoom !== this.options.zoom || options.facing !== this.options.facing || options.rtl !== this.options.rtl
    this.options = options
    if (relayout && this.doc) void this.relayout()
  }

  scrollToPage(page: number): void {
    const row = this.layout.findIndex((r) => r.includes(page))
    if (row < 0) return
    this.scroller.scrollTop = Math.max(0, this.rows[row]!.top - 8)
  }

  dispose(): void {
    this.disposed = true
    this.generation++
    this.showToken++
    this.resizeObserver.disconnect()
    this.scroller.removeEventListener('scroll', this.onScroll)
    this.doc = null
  }

  /** A new zoom, facing mode or pane size: old pictures are stretched at once, then redrawn. */
  private async relayout(): Promise<void> {
    if (!this.doc) return
    this.generation++
    const anchor = anchorAt(this.scroller.scrollTop, this.rows)
    const next = this.plan(this.doc.numPages, this.pageSize)
    this.apply(next, new Map(), this.doc)
    this.scroller.scrollTop = scrollTopFor(anchor, next.rows)
    this.report()
    await this.pump()
  }

  private plan(pageCount: number, size: SizePt): Plan {
    const view = { width: this.scroller.clientWidth, height: this.scroller.clientHeight }
    const scale = scaleFor(this.options.zoom, size, view, this.options.facing)
    const layout = spreads(pageCount, this.options.facing)
    return { scale, layout, rows: rowGeometry(layout.length, size.height * scale) }
  }

  /** Builds the rows of page slots for `next`, reusing the pictures already drawn. */
  private apply(next: Plan, fresh: Map<number, HTMLCanvasElement>, doc: PDFDocumentProxy): void {
    const width = this.pageSize.width * next.scale
    const height = this.pageSize.height * next.scale
    const slots = new Map<number, Slot>()
    const rowElements = next.layout.map((pages) => {
      const row = document.createElement('div')
      row.className = 'preview-row'
      row.style.height = `${height}px`
      row.style.gap = `${SPREAD_GAP_PX}px`
      for (const page of this.visualOrder(pages)) {
        const element = document.createElement('div')
        element.style.width = `${width}px`
        element.style.height = `${height}px`
        if (page === null) {
          element.className = 'preview-page is-blank'
          element.setAttribute('aria-hidden', 'true')
          row.append(element)
          continue
        }
        element.className = 'preview-page'
        element.dataset['page'] = String(page)
        element.setAttribute('role', 'img')
        element.setAttribute('aria-label', `Page ${page}`)
        const old = this.slots.get(page)
        const canvas = fresh.get(page) ?? old?.canvas ?? null
        const drawn = fresh.has(page) ? { doc, scale: next.scale } : (old?.drawn ?? null)
        if (canvas) element.append(canvas)
        slots.set(page, { page, element, canvas, drawn })
        row.append(element)
      }
      return row
    })
    this.content.replaceChildren(...rowElements)
    this.content.style.paddingBottom = `${rowElements.length ? 24 : 0}px`
    this.slots = slots
    this.scale = next.scale
    this.layout = next.layout
    this.rows = next.rows
  }

  /** The pages of a row left to right on screen, with a blank beside a lone page of a spread. */
  private visualOrder(pages: readonly number[]): (number | null)[] {
    if (!this.options.facing) return [...pages]
    const first = pages[0]!
    // Page 1 is a right-hand page (left-hand in a paper bound on the right); so is a lone last page's facing blank.
    const pair: (number | null)[] = pages.length === 2 ? [...pages] : first === 1 ? [null, first] : [first, null]
    return this.options.rtl ? pair.reverse() : pair
  }

  private pagesInView(scrollTop: number, rows: readonly Row[], layout: readonly number[][], ahead = ROWS_AHEAD): number[] {
    const bottom = scrollTop + this.scroller.clientHeight
    const visible: number[] = []
    rows.forEach((row, i) => {
      if (row.top + row.height >= scrollTop && row.top <= bottom) visible.push(i)
    })
    if (visible.length === 0 && rows.length > 0) visible.push(0)
    const from = Math.max(0, visible[0]! - ahead)
    const to = Math.min(rows.length - 1, visible.at(-1)! + ahead)
    // Rows in view first, then those just outside it.
    const order = [...visible, ...Array.from({ length: to - from + 1 }, (_, k) => from + k).filter((i) => !visible.includes(i))]
    return order.flatMap((i) => layout[i] ?? [])
  }

  /** Redraws, one at a time, the pages near the view whose picture is old or missing. */
  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      for (;;) {
        const doc = this.doc
        if (!doc || this.disposed) return
        const generation = this.generation
        const scale = this.scale
        const page = this.pagesInView(this.scroller.scrollTop, this.rows, this.layout).find((p) => {
          const slot = this.slots.get(p)
          return slot && (slot.drawn?.doc !== doc || slot.drawn.scale !== scale)
        })
        if (page === undefined) return
        let canvas: HTMLCanvasElement
        try {
          canvas = await this.draw(doc, page, scale)
        } catch {
          // The document was replaced (and closed) while drawing: go on with the new one, if any.
          if (doc !== this.doc) continue
          return
        }
        if (generation !== this.generation || doc !== this.doc) continue
        const slot = this.slots.get(page)
        if (!slot) continue
        if (slot.canvas) slot.canvas.replaceWith(canvas)
        else slot.element.append(canvas)
        slot.canvas = canvas
        slot.drawn = { doc, scale }
      }
    } finally {
      this.pumping = false
    }
  }

  /** One page drawn offscreen at `scale` CSS px per pt, sharp on this screen. */
  private async draw(doc: PDFDocumentProxy, pageNumber: number, scale: number): Promise<HTMLCanvasElement> {
    const page = await doc.getPage(pageNumber)
    const css = page.getViewport({ scale })
    let density = window.devicePixelRatio || 1
    const pixels = css.width * css.height * density * density
    if (pixels > MAX_CANVAS_PIXELS) density *= Math.sqrt(MAX_CANVAS_PIXELS / pixels)
    const viewport = page.getViewport({ scale: scale * density })
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.floor(viewport.width))
    canvas.height = Math.max(1, Math.floor(viewport.height))
    canvas.className = 'preview-canvas'
    await page.render({ canvas, viewport }).promise
    return canvas
  }

  private readonly onScroll = (): void => {
    this.report()
    void this.pump()
  }

  private report(): void {
    this.onState({ page: currentPage(this.scroller.scrollTop, this.scroller.clientHeight, this.rows, this.layout), pageCount: this.doc?.numPages ?? 0 })
  }
}
