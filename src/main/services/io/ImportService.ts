// Importing a document (DOCX, Markdown, HTML, plain text) as a new article. Every failure is a
// GalleyError with a sentence for the journalist; the source file is only ever read.
import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import * as path from 'node:path'
import type { Article } from '../../../shared/article/file'
import type { Language } from '../../../shared/article/languages'
import { parseHtmlArticle } from '../../../shared/convert/htmlImport'
import { finishImport, type ImportedArticle } from '../../../shared/convert/imported'
import { parseMarkdownArticle } from '../../../shared/convert/markdownImport'
import { parsePlainText } from '../../../shared/convert/plainText'
import { GalleyError } from '../../../shared/ipc/errors'
import { AssetCollector } from './AssetCollector'
import { decodeText } from './decodeText'
import { DEFAULT_DOCX_LIMITS, importDocx, type DocxLimits } from './docxImport'

export const IMPORT_FORMATS = ['docx', 'md', 'html', 'txt'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** File extensions each importer takes (lowercase, with the dot). */
export const IMPORT_EXTENSIONS: Readonly<Record<ImportFormat, readonly string[]>> = {
  docx: ['.docx'],
  md: ['.md', '.markdown', '.mdown', '.mkd'],
  html: ['.html', '.htm', '.xhtml'],
  txt: ['.txt', '.text', '.wire'],
}

export interface ImportLimits {
  readonly maxDocxBytes: number
  /** Text, Markdown and HTML files. */
  readonly maxTextBytes: number
  readonly docx: DocxLimits
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxDocxBytes: 100 * 1024 * 1024, maxTextBytes: 20 * 1024 * 1024, docx: DEFAULT_DOCX_LIMITS }

export interface ImportOptions {
  /** Template id to use instead of the one the importer chose. */
  readonly template?: string
  /** Text encoding of a text, Markdown or HTML file (detected when not given). */
  readonly encoding?: string
  readonly defaultLanguage?: Language
  /** Overrides detection from the extension and content. */
  readonly format?: ImportFormat
}

export interface ImportResult {
  readonly article: Article
  readonly format: ImportFormat
  /** Things that could not be carried over. */
  readonly warnings: readonly string[]
  /** The text encoding used (text formats only). */
  readonly encoding?: string
}

export interface ImportServiceOptions {
  readonly limits?: ImportLimits
  readonly newId?: () => string
  readonly now?: () => Date
}

const UNSUPPORTED: Readonly<Record<string, string>> = {
  '.doc': 'This is an old Word file (.doc). Open it in Word or LibreOffice, save it as .docx, and import that.',
  '.rtf': 'Galley cannot import RTF files. Open it in Word or LibreOffice, save it as .docx, and import that.',
  '.odt': 'Galley cannot import OpenDocument (.odt) files yet. Save it as .docx in LibreOffice, and import that.',
  '.pdf': 'Galley cannot import PDF files. Copy the text out of the PDF, or import the document it was made from.',
  '.pages': 'Galley cannot import Pages files. Export it from Pages as Word (.docx), and import that.',
  '.galley': 'This is already a Galley article: open it instead of importing it.',
}

/** What a file is, from its extension and its first bytes. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = path.extname(fileName).toLowerCase()
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)
  if (isZip || ext === '.docx') return 'docx'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new GalleyError('UNSUPPORTED_FORMAT', UNSUPPORTED['.doc']!)
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) throw new GalleyError('UNSUPPORTED_FORMAT', UNSUPPORTED['.pdf']!)
  const unsupported = UNSUPPORTED[ext]
  if (unsupported) throw new GalleyError('UNSUPPORTED_FORMAT', unsupported, ext)
  for (const format of IMPORT_FORMATS) if (IMPORT_EXTENSIONS[format].includes(ext)) return format
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html'
  return 'txt'
}

export class ImportService {
  private readonly limits: ImportLimits
  private readonly newId: () => string
  private readonly now: () => Date

  constructor(options: ImportServiceOptions = {}) {
    this.limits = options.limits ?? DEFAULT_IMPORT_LIMITS
    this.newId = options.newId ?? randomUUID
    this.now = options.now ?? (() => new Date())
  }

  async importFile(file: string, options: ImportOptions = {}): Promise<ImportResult> {
    let info
    try {
      info = await stat(file)
    } catch {
      throw new GalleyError('FILE_NOT_FOUND', 'Galley cannot find this file. It may have been moved or deleted.', file)
    }
    if (!info.isFile()) throw new GalleyError('NOT_A_FILE', 'This is a folder, not a document. Choose a file to import.', file)
    const max = Math.max(this.limits.maxDocxBytes, this.limits.maxTextBytes)
    if (info.size > max) throw tooLarge(max)
    let bytes: Uint8Array
    try {
      bytes = await readFile(file)
    } catch {
      throw new GalleyError('FILE_UNREADABLE', 'Galley cannot read this file (you may not have permission to open it).', file)
    }
    return this.importBytes(bytes, path.basename(file), { ...options, baseDir: path.dirname(file) })
  }

  /** `baseDir`: where images referenced by a Markdown or HTML file are looked up. */
  async importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions & { baseDir?: string } = {}): Promise<ImportResult> {
    if (bytes.length === 0) throw new GalleyError('EMPTY_FILE', 'This file is empty: there is nothing to import.')
    const format = options.format ?? detectFormat(fileName, bytes)
    const max = format === 'docx' ? this.limits.maxDocxBytes : this.limits.maxTextBytes
    if (bytes.length > max) throw tooLarge(max)
    const images = new AssetCollector(format === 'docx' ? null : (options.baseDir ?? null))
    const language = options.defaultLanguage ? { defaultLanguage: options.defaultLanguage } : {}
    let imported: ImportedArticle
    let encoding: string | undefined
    if (format === 'docx') {
      imported = await importDocx(bytes, { images, limits: this.limits.docx, ...language })
    } else {
      const decoded = decodeText(bytes, options.encoding)
      encoding = decoded.encoding
      if (decoded.text.trim() === '') throw new GalleyError('EMPTY_FILE', 'This file holds only blank space: there is nothing to import.')
      imported =
        format === 'md'
          ? parseMarkdownArticle(decoded.text, { images, ...language })
          : format === 'html'
            ? parseHtmlArticle(decoded.text, { images, ...language })
            : parsePlainText(decoded.text, language)
    }
    if (imported.blocks.length === 0 && !imported.meta.headline) {
      throw new GalleyError('EMPTY_DOCUMENT', 'This document has no text Galley can import.')
    }
    const article = finishImport(imported, { id: this.newId(), now: this.now(), assets: images.assets, ...(options.template ? { template: options.template } : {}) })
    return { article, format, warnings: imported.warnings, ...(encoding ? { encoding } : {}) }
  }
}

function tooLarge(max: number): GalleyError {
  return new GalleyError('FILE_TOO_LARGE', `This file is larger than ${Math.round(max / 1024 / 1024)} MB, which is more than Galley imports at once.`)
}
