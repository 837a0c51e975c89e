// pdf.js, loaded the first time the preview shows a PDF (its own chunk, so the window starts
// without it). Everything comes from the app itself: the worker is a file of the build, no font,
// CMap or wasm file is fetched (Galley's PDFs embed every font), and nothing is ever compiled with
// eval, which the window's Content-Security-Policy forbids.
import type * as PdfJsLib from 'pdfjs-dist'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

type PdfJs = typeof PdfJsLib

let loading: Promise<PdfJs> | null = null

function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    // One worker for the window's lifetime, shared by every document the preview opens.
    lib.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module', name: 'pdf.js' })
    return lib
  })
  return loading
}

/** Opens a PDF from its bytes (copied: pdf.js hands its buffer over to the worker). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs()
  const task = lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    // No ICC/JPX decoders to fetch: Galley's PDFs use neither.
    useWasm: false,
    useSystemFonts: false,
    // Glyphs drawn as paths: no FontFace per embedded font to load for every refresh (measured about
    // twice as fast to draw a page of dense columns), and nothing added to the window's document.fonts.
    disableFontFace: true,
    stopAtErrors: false,
    // Warnings (a font feature pdf.js skips) are not the editor's business.
    verbosity: lib.VerbosityLevel.ERRORS,
  })
  return task.promise
}

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'
