// Host API for printing: the PDF of an article as it stands in the editor (for the preview pane,
// which shows the PDF pages themselves) and File → Export PDF through the native save dialog.
import { z } from 'zod'
import { AssetsSchema, type Assets } from '../article/assets'
import type { CopyfitResult } from '../render/copyfit'
import { ArticleContentSchema, type ArticleContent } from './library'

/** The article as the editor holds it, with the images it shows (printing needs their bytes). */
export interface PrintContent extends ArticleContent {
  readonly assets: Assets
}
export const PrintContentSchema = ArticleContentSchema.extend({ assets: AssetsSchema }).strict()

export interface PdfOutput {
  /** The finished PDF: what Export PDF writes, byte for byte. */
  readonly pdf: Uint8Array
  readonly pages: number
  /** Against `layout.copyfit`: null when the article has no target. */
  readonly copyfit: CopyfitResult | null
  /** Sheet size in mm (trim + bleed; crop marks add a slug around it). */
  readonly sheet: { readonly widthMm: number; readonly heightMm: number }
}

export const ExportPdfOptionsSchema = z
  .object({
    /** File name offered in the dialog; default: from the headline. */
    suggestedName: z.string().min(1).max(200).optional(),
  })
  .strict()
export type ExportPdfOptions = z.infer<typeof ExportPdfOptionsSchema>

export type ExportPdfResult =
  | { readonly status: 'saved'; readonly path: string; readonly pages: number; readonly copyfit: CopyfitResult | null }
  | { readonly status: 'cancelled' }

/** How File › Print ended: handed to the printer, or the dialog was cancelled. */
export type SystemPrintResult = { readonly status: 'sent' } | { readonly status: 'cancelled' }

export interface PrintApi {
  /** Renders and prints the article; the preview pane shows these bytes. */
  pdf(content: PrintContent): Promise<PdfOutput>
  /** Asks where to save (starting in the last export folder) and writes the PDF there. */
  exportPdf(content: PrintContent, options?: ExportPdfOptions): Promise<ExportPdfResult>
  /** File › Print: the system print dialog on the same print document the PDF is made from. */
  printDialog(content: PrintContent): Promise<SystemPrintResult>
}

export const printArgs = {
  pdf: z.tuple([PrintContentSchema]),
  exportPdf: z.tuple([PrintContentSchema, ExportPdfOptionsSchema.optional()]),
  printDialog: z.tuple([PrintContentSchema]),
}
