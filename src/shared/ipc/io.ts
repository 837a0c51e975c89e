// Host API for importing documents into the library and exporting articles (File → Import/Export,
// drag and drop). Main shows the open/save dialogs; the renderer never names a file to write.
import { z } from 'zod'
import { LayoutSchema } from '../article/layout'
import type { HostError } from './errors'

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
}

export const ioArgs = {
  formats: z.tuple([]),
  importFiles: z.tuple([ImportRequestSchema]),
  exportArticle: z.tuple([z.string().min(1).max(4096), z.enum(EXPORT_FORMAT_IDS), ExportOptionsSchema]),
}
