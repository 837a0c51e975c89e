// The import/export concern of the host API: imports documents into the library (from a dialog or
// dropped files) and exports saved articles where the user chooses, remembering that folder.
import { open, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { FILE_EXTENSION, serializeArticle } from '../../../shared/article/file'
import { GalleyError, isHostError, type HostError } from '../../../shared/ipc/errors'
import type { ExportFormatId, ExportOptionsInput, ExportOutcome, FormatInfo, ImportOutcome, ImportRequest, ImportedFile } from '../../../shared/ipc/io'
import type { Settings, SettingsPatch } from '../../../shared/ipc/settings'
import type { FileDialogs } from '../FileDialogs'
import type { TemplateService } from '../TemplateService'
import { writeFileAtomic } from '../fs/atomicWrite'
import { fileNameFor, isFolder } from '../fs/names'
import { readArticleFile } from '../fs/readArticleFile'
import { EXPORT_FORMATS, type ExportService } from './ExportService'
import { IMPORT_EXTENSIONS, IMPORT_FORMATS, type ImportService } from './ImportService'

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

export class IoService {
  constructor(private readonly options: IoServiceOptions) {}

  async formats(): Promise<{ import: FormatInfo[]; export: FormatInfo[] }> {
    return {
      import: IMPORT_FORMATS.map((id) => ({ id, label: IMPORT_LABELS[id], extensions: IMPORT_EXTENSIONS[id].map((e) => e.slice(1)) })),
      export: this.options.exporter.formats().map((id) => ({ id, label: EXPORT_FORMATS[id].label, extensions: [EXPORT_FORMATS[id].extension.slice(1)] })),
    }
  }

  async importFiles(request: ImportRequest): Promise<ImportOutcome> {
    const library = path.resolve(await this.options.libraryDir())
    const folder = path.resolve(library, request.folder ?? '')
    if (folder !== library && !folder.startsWith(library + path.sep)) throw new GalleyError('BAD_FOLDER', 'Articles can only be imported into a folder of the library.')
    const formats = await this.formats()
    const paths =
      request.paths ??
      (await this.options.dialogs.openFiles({
        title: 'Import into Galley',
        filters: [{ name: 'Documents', extensions: formats.import.flatMap((f) => f.extensions) }, ...formats.import.map((f) => ({ name: f.label, extensions: f.extensions }))],
      }))
    if (!paths) return { cancelled: true, imported: [], failed: [] }
    const imported: ImportedFile[] = []
    const failed: { source: string; error: HostError }[] = []
    const accepted = new Set(formats.import.flatMap((f) => f.extensions.map((e) => `.${e}`)))
    for (const source of paths) {
      try {
        if (!path.isAbsolute(source)) throw new GalleyError('BAD_REQUEST', 'Galley needs the full path of a file to import it.')
        if (!accepted.has(path.extname(source).toLowerCase())) {
          throw new GalleyError('UNSUPPORTED_FORMAT', 'Galley imports Word (.docx), Markdown (.md), web pages (.html) and plain text (.txt).')
        }
        if (request.template && !(await this.options.templates.find(request.template))) {
          throw new GalleyError('TEMPLATE_NOT_FOUND', 'That template no longer exists. It may have been deleted or renamed in another window.', request.template)
        }
        const settings = await this.options.settings.get()
        const result = await this.options.importer.importFile(source, {
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
    if (!this.options.exporter.formats().includes(format)) throw new GalleyError('FORMAT_UNAVAILABLE', 'This copy of Galley cannot export to this format.')
    const { article } = await readArticleFile(file)
    const info = EXPORT_FORMATS[format]
    const settings = await this.options.settings.get()
    const dir = settings.lastExportDir && (await isFolder(settings.lastExportDir)) ? settings.lastExportDir : path.dirname(file)
    const name = `${path.basename(file, FILE_EXTENSION)}${format === 'html-body' ? '.body' : ''}${info.extension}`
    const target = await this.options.dialogs.saveFile({ title: `Export as ${info.label}`, defaultPath: path.join(dir, name), filters: [{ name: info.label, extensions: [info.extension.slice(1)] }] })
    if (!target) return { status: 'cancelled' }
    if (path.resolve(target) === path.resolve(file)) throw new GalleyError('SAME_FILE', 'The export would replace the article itself; choose another name.')
    const { bytes, warnings } = await this.options.exporter.export(article, format, { ...(options.layout ? { layout: options.layout } : {}), dateFormat: settings.dateFormat })
    await writeFileAtomic(target, bytes)
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
