// Exporting an article: DOCX, standalone HTML, body-only HTML for a web CMS, Markdown, wire-copy text.
// PDF comes from the print engine and plugs in through `pdf`.
import type { Article } from '../../../shared/article/file'
import type { Layout } from '../../../shared/article/layout'
import { articleToBodyHtml, articleToStandaloneHtml } from '../../../shared/convert/htmlExport'
import { articleToMarkdown } from '../../../shared/convert/markdownExport'
import { articleToWireText } from '../../../shared/convert/wireText'
import { GalleyError } from '../../../shared/ipc/errors'
import type { DateFormat } from '../../../shared/templates/dates'
import { articleToDocx, type ExportOutput } from './docxExport'

export type { ExportOutput }

export const EXPORT_FORMATS = {
  docx: { extension: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document' },
  html: { extension: '.html', mime: 'text/html', label: 'Web page (HTML)' },
  'html-body': { extension: '.html', mime: 'text/html', label: 'HTML for a web CMS (body only)' },
  md: { extension: '.md', mime: 'text/markdown', label: 'Markdown' },
  txt: { extension: '.txt', mime: 'text/plain', label: 'Plain text (wire copy)' },
  pdf: { extension: '.pdf', mime: 'application/pdf', label: 'Print-ready PDF' },
} as const
export type ExportFormat = keyof typeof EXPORT_FORMATS

export interface ExportOptions {
  /** Changes to the print layout for this export only (page size, columns, bleed…). */
  readonly layout?: Partial<Layout>
  /** How dates print (the publication's `dateFormat` preference); long when not given. */
  readonly dateFormat?: DateFormat
}

/** The print engine's entry point, provided where it is available. */
export type PdfExporter = (article: Article, options: ExportOptions) => Promise<ExportOutput>

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export class ExportService {
  constructor(private readonly pdf: PdfExporter | null = null) {}

  /** The formats this build can write, in menu order. */
  formats(): ExportFormat[] {
    return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).filter((f) => f !== 'pdf' || this.pdf !== null)
  }

  async export(source: Article, format: ExportFormat, options: ExportOptions = {}): Promise<ExportOutput> {
    const article: Article = options.layout ? { ...source, layout: { ...source.layout, ...options.layout } } : source
    const dates = options.dateFormat ? { dateFormat: options.dateFormat } : {}
    switch (format) {
      case 'docx':
        return articleToDocx(article, dates)
      case 'html':
        return { bytes: utf8(articleToStandaloneHtml(article, dates)), warnings: [] }
      case 'html-body':
        return { bytes: utf8(articleToBodyHtml(article)), warnings: [] }
      case 'md':
        return { bytes: utf8(articleToMarkdown(article)), warnings: [] }
      case 'txt': {
        const { text, warnings } = articleToWireText(article, dates)
        return { bytes: utf8(text), warnings }
      }
      case 'pdf':
        if (!this.pdf) throw new GalleyError('FORMAT_UNAVAILABLE', 'This copy of Galley cannot write PDF files.')
        return this.pdf(article, options)
      default:
        throw new GalleyError('BAD_REQUEST', 'Galley does not know this export format.')
    }
  }
}
