// The strip of page thumbnails beside the preview: drawn offscreen, swapped in at once; a click
// scrolls the preview to that page, the page in view is marked.
import type { PDFDocumentProxy } from './pdfjs'

/** Thumbnail width in CSS pixels (the stylesheet sizes the strip for it). */
export const THUMB_WIDTH_PX = 92

export class ThumbnailsView {
  private generation = 0
  private buttons: HTMLButtonElement[] = []
  private current = 0

  constructor(
    private readonly container: HTMLElement,
    private readonly onPick: (page: number) => void,
  ) {}

  async show(doc: PDFDocumentProxy): Promise<void> {
    const generation = ++this.generation
    const buttons: HTMLButtonElement[] = []
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n)
        const base = page.getViewport({ scale: 1 })
        const density = window.devicePixelRatio || 1
        const viewport = page.getViewport({ scale: (THUMB_WIDTH_PX / base.width) * density })
        const canvas = document.createElement('canvas')
        canvas.width = Math.max(1, Math.floor(viewport.width))
        canvas.height = Math.max(1, Math.floor(viewport.height))
        canvas.className = 'preview-thumb-canvas'
        await page.render({ canvas, viewport }).promise
        if (generation !== this.generation) return
        buttons.push(this.button(n, canvas, (base.height / base.width) * THUMB_WIDTH_PX))
      }
    } catch {
      // Replaced by a newer document while drawing.
      return
    }
    if (generation !== this.generation) return
    this.buttons = buttons
    this.container.replaceChildren(...buttons)
    this.mark(this.current)
  }

  /** Marks the page in view. */
  mark(page: number): void {
    this.current = page
    this.buttons.forEach((b, i) => {
      const on = i + 1 === page
      b.classList.toggle('is-current', on)
      if (on) b.setAttribute('aria-current', 'page')
      else b.removeAttribute('aria-current')
    })
  }

  dispose(): void {
    this.generation++
  }

  private button(page: number, canvas: HTMLCanvasElement, heightPx: number): HTMLButtonElement {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'preview-thumb'
    button.title = `Go to page ${page}`
    button.dataset['page'] = String(page)
    const frame = document.createElement('span')
    frame.className = 'preview-thumb-frame'
    frame.style.width = `${THUMB_WIDTH_PX}px`
    frame.style.height = `${heightPx}px`
    frame.append(canvas)
    const label = document.createElement('span')
    label.className = 'preview-thumb-label'
    label.textContent = String(page)
    button.append(frame, label)
    button.addEventListener('click', () => this.onPick(page))
    return button
  }
}
