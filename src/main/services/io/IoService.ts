// The import/export concern of the host API: imports documents into the library (from a dialog or
// dropped files) and exports saved articles where the user chooses, remembering that folder.
import { open, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { randomUUID } from 'node:crypto'
import { CURRENT_VERSION, FILE_EXTENSION, FILE_FORMAT, serializeArticle, type Article } from '../../../shared/article/file'
import { GalleyError, isHostError, type HostError } from '../../../shared/ipc/errors'
import { MAX_DROPPED_BYTES, type DroppedDocument, type ExportContentOptions, type ExportFormatId, type ExportOptionsInput, type ExportOutcome, type FormatInfo, type ImportDataRequest, type ImportOutcome, type ImportRequest, type ImportedFile } from '../../../shared/ipc/io'
import type { PrintContent } from '../../../shared/ipc/print'
import type { Settings, SettingsPatch } from '../../../shared/ipc/settings'
import type { FileDialogs } from '../FileDialogs'
import type { TemplateService } from '../TemplateService'
import { writeFileAtomic } from '../fs/atomicWrite'
import { fileNameFor, isFolder } from '../fs/names'
import { readArticleFile } from '../fs/readArticleFile'
import { EXPORT_FORMATS, type ExportService } from './ExportService'
import { IMPORT_EXTENSIONS, IMPORT_FORMATS, type ImportOptions, type ImportResult, type ImportService } from './ImportService'

const IMPORT_LABELS = { docx: 'Word document', md: 'Markdown', html: 'Web page (HTML)', txt: 'Plain text' } as const

export interface IoServiceOptions {
  readonly importer: ImportService
  readonly exporter: ExportService
  readonly dialogs: FileDialogs
  readonly libraryDir: () => Promise<string>
  readonly settings: { get(): Promise<Settings>; set(patch: SettingsPatch): Promise<Settings> }
  /** Joins each imported article to its template (layout, target, standing defaults), as `galley import` does. */
  readonly templates: Pick<TemplateService, 'find' | 'applyTo'>
}

function toHostError(error: unknown): HostError {
  if (error instanceof GalleyError) return error.toHostError()
  if (isHostError(error)) return { code: error.code, message: error.message }
  return { code: 'INTERNAL', message: 'Something went wrong while importing this file. Nothing was changed.' }
}

interface ImportSource {
  /** The path (File › Import) or file name (a drop), as the outcome reports it. */
  readonly source: string
  /** Throws when the document is refused before reading (not a format Galley imports…). */
  readonly check: () => void
  readonly read: (options: ImportOptions) => Promise<ImportResult>
}

const unsupported = (): GalleyError => new GalleyError('UNSUPPORTED_FORMAT', 'Galley imports Word (.docx), Markdown (.md), web pages (.html) and plain text (.txt).')

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error).slice(0, 300)
}

export class IoService {
  constructor(private readonly options: IoServiceOptions) {}

  async formats(): Promise<{ import: FormatInfo[]; export: FormatInfo[] }> {
    return {
      import: IMPORT_FORMATS.map((id) => ({ id, label: IMPORT_LABELS[id], extensions: IMPORT_EXTENSIONS[id].map((e) => e.slice(1)) })),
      export: this.options.exporter.formats().map((id) => ({ id, label: EXPORT_FORMATS[id].label, extensions: [EXPORT_FORMATS[id].extension.slice(1)] })),
    }
  }

  async importFiles(request: ImportRequest): Promise<ImportOutcome> {
    const folder = await this.importFolder(request.folder)
    const formats = await this.formats()
    const paths =
      request.paths ??
      (await this.options.dialogs.openFiles({
        title: 'Import into Galley',
        filters: [{ name: 'Documents', extensions: formats.import.flatMap((f) => f.extensions) }, ...formats.import.map((f) => ({ name: f.label, extensions: f.extensions }))],
      }))
    if (!paths) return { cancelled: true, imported: [], failed: [] }
    const accepted = new Set(formats.import.flatMap((f) => f.extensions.map((e) => `.${e}`)))
    return this.importEach(
      paths.map((source) => ({
        source,
        check: () => {
          if (!path.isAbsolute(source)) throw new GalleyError('BAD_REQUEST', 'Galley needs the full path of a file to import it.')
          if (!accepted.has(path.extname(source).toLowerCase())) throw unsupported()
        },
        read: (options: ImportOptions) => this.options.importer.importFile(source, options),
      })),
      folder,
      request,
    )
  }

  /**
   * Documents dropped on the window, as bytes: a drop has no path in the page. Images a Markdown or
   * HTML file refers to beside it cannot be found this way (File › Import finds them).
   */
  async importData(files: readonly DroppedDocument[], request: ImportDataRequest): Promise<ImportOutcome> {
    const folder = await this.importFolder(request.folder)
    const formats = await this.formats()
    const accepted = new Set(formats.import.flatMap((f) => f.extensions.map((e) => `.${e}`)))
    return this.importEach(
      files.map((file) => {
        const name = path.basename(file.name.replace(/\\/g, '/'))
        return {
          source: name,
          check: () => {
            if (!accepted.has(path.extname(name).toLowerCase())) throw unsupported()
          },
          read: (options: ImportOptions) => {
            const bytes = Buffer.from(file.data, 'base64')
            if (bytes.length > MAX_DROPPED_BYTES) {
              throw new GalleyError('FILE_TOO_LARGE', `This file is larger than ${MAX_DROPPED_BYTES / 1024 / 1024} MB: import it with File › Import instead of dropping it.`)
            }
            return this.options.importer.importBytes(bytes, name, options)
          },
        }
      }),
      folder,
      request,
    )
  }

  private async importFolder(rel: string | undefined): Promise<string> {
    const library = path.resolve(await this.options.libraryDir())
    const folder = path.resolve(library, rel ?? '')
    if (folder !== library && !folder.startsWith(library + path.sep)) throw new GalleyError('BAD_FOLDER', 'Articles can only be imported into a folder of the library.')
    return folder
  }

  private async importEach(sources: readonly ImportSource[], folder: string, request: Pick<ImportRequest, 'template' | 'encoding'>): Promise<ImportOutcome> {
    const imported: ImportedFile[] = []
    const failed: { source: string; error: HostError }[] = []
    for (const { source, check, read } of sources) {
      try {
        check()
        if (request.template && !(await this.options.templates.find(request.template))) {
          throw new GalleyError('TEMPLATE_NOT_FOUND', 'That template no longer exists. It may have been deleted or renamed in another window.', request.template)
        }
        const settings = await this.options.settings.get()
        const result = await read({
          ...(request.template ? { template: request.template } : {}),
          ...(request.encoding ? { encoding: request.encoding } : {}),
          defaultLanguage: settings.defaultLanguage,
        })
        const { warnings } = result
        const article = await this.options.templates.applyTo(result.article, settings)
        const base = fileNameFor(article.meta.headline, path.basename(source, path.extname(source)))
        const target = await this.writeNew(folder, base, serializeArticle(article))
        imported.push({ source, path: target, headline: article.meta.headline, warnings })
      } catch (error) {
        failed.push({ source, error: toHostError(error) })
      }
    }
    return { cancelled: false, imported, failed }
  }

  async exportArticle(file: string, format: ExportFormatId, options: ExportOptionsInput): Promise<ExportOutcome> {
    if (!path.isAbsolute(file) || path.extname(file) !== FILE_EXTENSION) throw new GalleyError('BAD_REQUEST', 'Only a saved Galley article can be exported.')
    this.checkFormat(format)
    const { article } = await readArticleFile(file)
    return this.exportTo(article, format, options, { dir: path.dirname(file), base: path.basename(file, FILE_EXTENSION), source: file })
  }

  /** The article as the window holds it (unsaved edits included), named after its headline. */
  async exportContent(content: PrintContent, format: ExportFormatId, options: ExportContentOptions): Promise<ExportOutcome> {
    this.checkFormat(format)
    const article: Article = { format: FILE_FORMAT, version: CURRENT_VERSION, id: randomUUID(), ...content }
    const base = fileNameFor(options.suggestedName ?? content.meta.headline, 'Article')
    return this.exportTo(article, format, options, { dir: await this.options.libraryDir(), base, source: null })
  }

  private checkFormat(format: ExportFormatId): void {
    if (!this.options.exporter.formats().includes(format)) throw new GalleyError('FORMAT_UNAVAILABLE', 'This copy of Galley cannot export to this format.')
  }

  /** Asks where (starting in the last export folder, else `near.dir`), writes atomically, remembers the folder. */
  private async exportTo(article: Article, format: ExportFormatId, options: ExportOptionsInput, near: { dir: string; base: string; source: string | null }): Promise<ExportOutcome> {
    const info = EXPORT_FORMATS[format]
    const settings = await this.options.settings.get()
    const dir = settings.lastExportDir && (await isFolder(settings.lastExportDir)) ? settings.lastExportDir : near.dir
    const name = `${near.base}${format === 'html-body' ? '.body' : ''}${info.extension}`
    const chosen = await this.options.dialogs.saveFile({ title: `Export as ${info.label}`, defaultPath: path.join(dir, name), filters: [{ name: info.label, extensions: [info.extension.slice(1)] }] })
    if (!chosen) return { status: 'cancelled' }
    // Dialogs on Linux do not always add the extension the filter names.
    const target = path.extname(chosen) ? chosen : `${chosen}${info.extension}`
    if (near.source && path.resolve(target) === path.resolve(near.source)) throw new GalleyError('SAME_FILE', 'The export would replace the article itself; choose another name.')
    if (path.extname(target).toLowerCase() === FILE_EXTENSION) throw new GalleyError('SAME_FILE', 'An export cannot be saved as a .galley article; choose another name.')
    const { bytes, warnings } = await this.options.exporter.export(article, format, { ...(options.layout ? { layout: options.layout } : {}), dateFormat: settings.dateFormat })
    try {
      await writeFileAtomic(target, bytes)
    } catch (error) {
      throw new GalleyError('EXPORT_WRITE_FAILED', `Galley could not save the file in ${path.dirname(target)} (the folder may be read-only or full). Choose another place; your article is unchanged.`, errorText(error))
    }
    await this.options.settings.set({ lastExportDir: path.dirname(target) })
    return { status: 'saved', path: target, warnings }
  }

  /** Creates `base.galley` in `dir`, or `base 2.galley`… if taken; never replaces a file. */
  private async writeNew(dir: string, base: string, text: string): Promise<string> {
    await stat(dir).catch(() => {
      throw new GalleyError('FOLDER_NOT_FOUND', 'The library folder to import into does not exist.')
    })
    for (let n = 1; n < 1000; n++) {
      const target = path.join(dir, `${base}${n === 1 ? '' : ` ${n}`}${FILE_EXTENSION}`)
      try {
        // Claim the name first ('wx' fails if it exists), then replace the empty claim atomically.
        const handle = await open(target, 'wx')
        await handle.close()
      } catch (error) {
        if ((error as { code?: string }).code === 'EEXIST') continue
        throw error
      }
      await writeFileAtomic(target, text)
      return target
    }
    throw new GalleyError('NAME_TAKEN', 'Galley could not find a free file name for the imported article.')
  }
}
