// The print preview: the PDF pages themselves (pdf.js), so what the editor sees is exactly what
// prints. Zoom (fit width, fit page, 100 %), facing pages, thumbnails, the page count and the
// copyfit verdict; it follows the text about a second after typing pauses, without flicker.
import { useEffect, useRef, useState } from 'react'
import type { Layout } from '../../../../shared/article/layout'
import { useStore } from '../../lib/store'
import { copyfitLabel } from './copyfitLabel'
import { PagesView, type PagesViewState } from './PagesView'
import { openPdf, type PDFDocumentProxy } from './pdfjs'
import { useWatchPreview } from './PrintPreviewContext'
import { ThumbnailsView } from './ThumbnailsView'
import type { PreviewPrefs } from './usePreviewPrefs'
import { ZOOM_LABELS, type ZoomMode } from './zoom'
import './preview.css'

interface Props {
  readonly prefs: PreviewPrefs
  readonly onPrefs: (patch: Partial<PreviewPrefs>) => void
  readonly layout: Layout
  readonly rtl: boolean
  /** Tooltip of the close button, with the shortcut. */
  readonly closeTitle: string
}

const ZOOMS: readonly ZoomMode[] = ['fit-width', 'fit-page', 'actual']

export function PreviewPane({ prefs, onPrefs, layout, rtl, closeTitle }: Props) {
  const controller = useWatchPreview('preview-pane', true)
  if (!controller) throw new Error('Galley: the print preview needs a PrintPreviewContext')
  const state = useStore(controller.store)
  const scroller = useRef<HTMLDivElement>(null)
  const content = useRef<HTMLDivElement>(null)
  const thumbStrip = useRef<HTMLDivElement>(null)
  const pages = useRef<PagesView | null>(null)
  const thumbs = useRef<ThumbnailsView | null>(null)
  const doc = useRef<PDFDocumentProxy | null>(null)
  const [view, setView] = useState<PagesViewState>({ page: 0, pageCount: 0 })
  const [shownVersion, setShownVersion] = useState(0)
  const [drawError, setDrawError] = useState<string | null>(null)
  const options = useRef({ zoom: prefs.zoom, facing: prefs.facing, rtl })
  options.current = { zoom: prefs.zoom, facing: prefs.facing, rtl }

  useEffect(() => {
    const pagesView = new PagesView(scroller.current!, content.current!, options.current, (s) => {
      setView(s)
      thumbs.current?.mark(s.page)
    })
    pages.current = pagesView
    return () => {
      pagesView.dispose()
      thumbs.current?.dispose()
      void doc.current?.destroy()
      doc.current = null
      pages.current = null
    }
  }, [])

  useEffect(() => {
    pages.current?.setOptions({ zoom: prefs.zoom, facing: prefs.facing, rtl })
  }, [prefs.zoom, prefs.facing, rtl])

  // A new PDF: open it, swap its pages in, then let the previous one go.
  const output = state.output
  const version = state.version
  useEffect(() => {
    if (!output) return undefined
    let cancelled = false
    void (async () => {
      const next = await openPdf(output.pdf)
      const view = pages.current
      if (cancelled || !view) return void next.destroy()
      if (!(await view.show(next)) || cancelled) return void next.destroy()
      const previous = doc.current
      doc.current = next
      setDrawError(null)
      setShownVersion(version)
      performance.mark('galley:preview:shown')
      if (previous) void previous.destroy()
      if (thumbs.current) void thumbs.current.show(next)
    })().catch(() => {
      if (!cancelled) setDrawError('The preview could not draw this PDF. Export PDF still works.')
    })
    return () => {
      cancelled = true
    }
  }, [output, version])

  // The thumbnail strip comes and goes with its toggle.
  useEffect(() => {
    if (!prefs.thumbnails || !thumbStrip.current) return undefined
    const strip = new ThumbnailsView(thumbStrip.current, (page) => pages.current?.scrollToPage(page))
    thumbs.current = strip
    if (doc.current) void strip.show(doc.current)
    return () => {
      strip.dispose()
      thumbs.current = null
    }
  }, [prefs.thumbnails])

  const fit = copyfitLabel(layout.copyfit, layout.columns, output?.copyfit ?? null, state.stale)
  const pageCount = output?.pages ?? 0
  const error = state.error ?? drawError

  return (
    <section
      className={`preview${prefs.placement === 'full' ? ' is-full' : ''}`}
      aria-label="Print preview"
      data-testid="preview"
      data-pages={pageCount}
      data-version={version}
      data-shown-version={shownVersion}
      data-updating={state.updating ? 'true' : 'false'}
    >
      <div className="preview-toolbar" role="toolbar" aria-label="Preview">
        <span className="preview-count" data-testid="preview-page-count" aria-live="polite">
          {pageCount === 0 ? 'No pages yet' : `Page ${Math.min(Math.max(view.page, 1), pageCount)} of ${pageCount}`}
        </span>
        {fit && (
          <span className={`copyfit copyfit--${fit.tone}`} data-testid="preview-copyfit" title={fit.detail}>
            {fit.text}
          </span>
        )}
        <span className={`preview-updating${state.updating ? ' is-on' : ''}`} aria-hidden={!state.updating}>
          Updating…
        </span>
        <span className="preview-spring" />
        <span className="segmented" role="group" aria-label="Zoom">
          {ZOOMS.map((z) => (
            <button key={z} type="button" aria-pressed={prefs.zoom === z} onClick={() => onPrefs({ zoom: z })}>
              {ZOOM_LABELS[z]}
            </button>
          ))}
        </span>
        <button type="button" className="ghost small" aria-pressed={prefs.facing} onClick={() => onPrefs({ facing: !prefs.facing })} title="Show pages side by side as printed spreads">
          Facing
        </button>
        <button type="button" className="ghost small" aria-pressed={prefs.thumbnails} onClick={() => onPrefs({ thumbnails: !prefs.thumbnails })} title="Show or hide the page thumbnails">
          Thumbnails
        </button>
        <button
          type="button"
          className="ghost small"
          aria-pressed={prefs.placement === 'full'}
          onClick={() => onPrefs({ placement: prefs.placement === 'full' ? 'side' : 'full' })}
          title={prefs.placement === 'full' ? 'Show the preview beside the text' : 'Show the preview in place of the text'}
        >
          {prefs.placement === 'full' ? 'Beside text' : 'Expand'}
        </button>
        <button type="button" className="ghost small" onClick={() => onPrefs({ shown: false })} title={closeTitle} aria-label="Close the print preview">
          ✕
        </button>
      </div>
      {error && (
        <p className="preview-error" role="alert">
          {error}
        </p>
      )}
      <div className="preview-body">
        {prefs.thumbnails && <div className="preview-thumbs" ref={thumbStrip} aria-label="Pages" />}
        <div className="preview-scroll" ref={scroller} data-testid="preview-scroll" tabIndex={0} aria-label="Pages as printed">
          {!output && !error && <p className="preview-empty">Preparing the preview…</p>}
          <div className="preview-pages" ref={content} />
        </div>
      </div>
    </section>
  )
}
