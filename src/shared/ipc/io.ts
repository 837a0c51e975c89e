// Host API for importing documents into the library and exporting articles (File → Import/Export,
// drag and drop). Main shows the open/save dialogs; the renderer never names a file to write.
import { z } from 'zod'
import { LayoutSchema } from '../article/layout'
import type { HostError } from './errors'
import { PrintContentSchema, type PrintContent } from './print'

export const IMPORT_FORMAT_IDS = ['docx', 'md', 'html', 'txt'] as const
export const EXPORT_FORMAT_IDS = ['docx', 'html', 'html-body', 'md', 'txt', 'pdf'] as const
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number]

export const ImportRequestSchema = z
  .object({
    /** Files dropped on the window; when absent, main asks with an open dialog. */
    paths: z.array(z.string().min(1).max(4096)).min(1).max(500).optional(),
    template: z.string().min(1).max(80).optional(),
    encoding: z.string().min(1).max(40).optional(),
    /** Desk folder inside the library ('/'-separated); the top level when absent. */
    folder: z.string().max(1000).optional(),
  })
  .strict()
export type ImportRequest = z.infer<typeof ImportRequestSchema>

export interface ImportedFile {
  /** The document that was read. */
  readonly source: string
  /** The new article in the library. */
  readonly path: string
  readonly headline: string
  readonly warnings: readonly string[]
}

export interface ImportOutcome {
  readonly cancelled: boolean
  readonly imported: readonly ImportedFile[]
  readonly failed: readonly { readonly source: string; readonly error: HostError }[]
}

export const ExportOptionsSchema = z.object({ layout: LayoutSchema.partial().optional() }).strict()
export type ExportOptionsInput = z.infer<typeof ExportOptionsSchema>

/** Exporting the article as the window holds it (unsaved edits included); named after `suggestedName` or the headline. */
export const ExportContentOptionsSchema = ExportOptionsSchema.extend({ suggestedName: z.string().min(1).max(200).optional() }).strict()
export type ExportContentOptions = z.infer<typeof ExportContentOptionsSchema>

/** Largest document the window hands over as bytes (a drop); File › Import reads bigger ones from disk. */
export const MAX_DROPPED_BYTES = 50 * 1024 * 1024

/** A document dropped on the window, read by the page (dropped files have no path there). */
export const DroppedDocumentSchema = z
  .object({
    name: z.string().min(1).max(255),
    /** base64 of the file's bytes. */
    data: z.string().max(Math.ceil(MAX_DROPPED_BYTES / 3) * 4),
  })
  .strict()
export type DroppedDocument = z.infer<typeof DroppedDocumentSchema>
export const ImportDataRequestSchema = ImportRequestSchema.omit({ paths: true }).strict()
export type ImportDataRequest = z.infer<typeof ImportDataRequestSchema>

export type ExportOutcome = { readonly status: 'saved'; readonly path: string; readonly warnings: readonly string[] } | { readonly status: 'cancelled' }

export interface FormatInfo {
  readonly id: string
  readonly label: string
  readonly extensions: readonly string[]
}

export interface IoApi {
  /** What this build imports and exports, for the File menu. */
  formats(): Promise<{ readonly import: readonly FormatInfo[]; readonly export: readonly FormatInfo[] }>
  importFiles(request: ImportRequest): Promise<ImportOutcome>
  /** Exports the saved article at `path`; main asks where with a save dialog. */
  exportArticle(path: string, format: ExportFormatId, options: ExportOptionsInput): Promise<ExportOutcome>
  /** Exports the article as the window holds it; main asks where with a save dialog. */
  exportContent(content: PrintContent, format: ExportFormatId, options: ExportContentOptions): Promise<ExportOutcome>
  /** Imports documents dropped on the window (their bytes; `source` in the outcome is the file name). */
  importData(files: readonly DroppedDocument[], request: ImportDataRequest): Promise<ImportOutcome>
}

export const ioArgs = {
  formats: z.tuple([]),
  importFiles: z.tuple([ImportRequestSchema]),
  exportArticle: z.tuple([z.string().min(1).max(4096), z.enum(EXPORT_FORMAT_IDS), ExportOptionsSchema]),
  exportContent: z.tuple([PrintContentSchema, z.enum(EXPORT_FORMAT_IDS), ExportContentOptionsSchema]),
  importData: z.tuple([z.array(DroppedDocumentSchema).min(1).max(20), ImportDataRequestSchema]),
}
