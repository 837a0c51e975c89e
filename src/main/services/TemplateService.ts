// Custom section templates, stored one per file in `<library>/.galley/templates/`, next to the
// built-ins: list, get, “Save as template”, rename, edit, delete, export to and import from a file.
import { randomBytes } from 'node:crypto'
import * as path from 'node:path'
import type { Article } from '../../shared/article/file'
import { GalleyError, isHostError } from '../../shared/ipc/errors'
import type { ArticleContent } from '../../shared/ipc/library'
import type { HostError } from '../../shared/ipc/errors'
import type { SaveTemplateOptions, TemplateEntry, TemplateExportOutcome, TemplateImportOutcome, TemplateList, TemplatePatch } from '../../shared/ipc/templates'
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../shared/templates/builtins'
import { applyTemplate, createFromTemplate, type CreateFromTemplateOptions, type PublicationDefaults } from '../../shared/templates/create'
import { MAX_TEMPLATE_FILE_BYTES, parseTemplate, serializeTemplate, TEMPLATE_FILE_EXTENSION } from '../../shared/templates/file'
import { templateFromArticle } from '../../shared/templates/fromArticle'
import { CUSTOM_ID_PREFIX, validateTemplate, type Template } from '../../shared/templates/schema'
import type { FileDialogs } from './FileDialogs'
import { isNotFound, writeFileAtomic } from './fs/atomicWrite'
import { nodeFs, type FsLike } from './fs/FsLike'
import { fileNameFor } from './fs/names'
import { SerialQueue } from './util/SerialQueue'

/** Where custom templates live, inside the library folder. */
export const TEMPLATES_DIR = path.join('.galley', 'templates')

export interface TemplateServiceOptions {
  /** The library folder, or how to find it (it can change in the settings). */
  readonly libraryDir: string | (() => string | Promise<string>)
  readonly fs?: FsLike
  /** Makes the random part of a new template's id (tests make it predictable). */
  readonly randomId?: () => string
  /**
   * Where export and import ask for their file. The renderer never names a path: the user chooses
   * one in these dialogs (without them, `exportTo`/`importFrom` say the feature is unavailable).
   */
  readonly dialogs?: FileDialogs
}

const TEMPLATE_FILTERS = [{ name: 'Galley template', extensions: [TEMPLATE_FILE_EXTENSION.slice(1)] }]

const builtInEntry = (template: Template): TemplateEntry => ({ template, builtIn: true, path: null, modified: null })

export class TemplateService {
  private readonly fs: FsLike
  private readonly queue = new SerialQueue()

  constructor(private readonly options: TemplateServiceOptions) {
    this.fs = options.fs ?? nodeFs
  }

  async dir(): Promise<string> {
    return path.join(await this.library(), TEMPLATES_DIR)
  }

  async list(): Promise<TemplateList> {
    const { custom, problems } = await this.readCustom()
    return { templates: [...BUILT_IN_TEMPLATES.map(builtInEntry), ...custom], problems }
  }

  async get(id: string): Promise<TemplateEntry> {
    const builtIn = builtInTemplate(id)
    if (builtIn) return builtInEntry(builtIn)
    const found = (await this.readCustom()).custom.find((e) => e.template.id === id)
    if (!found) throw notFound()
    return found
  }

  /** A template by id, built-in or custom; null when there is none (deleted, or another newsroom's). */
  async find(id: string): Promise<Template | null> {
    return builtInTemplate(id) ?? (await this.readCustom()).custom.find((e) => e.template.id === id)?.template ?? null
  }

  /**
   * An imported article joined to its template (its layout, target and standing defaults), as the
   * app's import and `galley import` both do; unchanged when the template is not known here.
   */
  async applyTo(article: Article, defaults: PublicationDefaults): Promise<Article> {
    const template = await this.find(article.meta.template)
    return template ? applyTemplate(article, template, defaults) : article
  }

  /** A new article from a template (built-in or custom), for the library's “New article”. */
  async createArticle(templateId: string, options: CreateFromTemplateOptions): Promise<Article> {
    return createFromTemplate((await this.get(templateId)).template, options)
  }

  saveFromArticle(content: ArticleContent, options: SaveTemplateOptions): Promise<TemplateEntry> {
    return this.queue.run(async () => {
      const base = await this.find(content.meta.template)
      const template = templateFromArticle(content, {
        id: this.newId(),
        name: options.name,
        ...(options.description !== undefined ? { description: options.description } : {}),
        ...(options.body ? { body: options.body } : {}),
        base,
      })
      await this.assertNameFree(template.name, null)
      return this.write(template, null)
    })
  }

  rename(id: string, name: string): Promise<TemplateEntry> {
    return this.update(id, { name })
  }

  update(id: string, patch: TemplatePatch): Promise<TemplateEntry> {
    return this.queue.run(async () => {
      const entry = await this.getCustom(id, 'changed')
      const { language, ...rest } = patch
      const next: Record<string, unknown> = { ...entry.template, ...withoutUndefined(rest) }
      if (language === null) delete next['language']
      else if (language !== undefined) next['language'] = language
      next['id'] = entry.template.id
      if (patch.name !== undefined) await this.assertNameFree(patch.name, id)
      return this.write(next as Template, entry.path)
    })
  }

  delete(id: string): Promise<void> {
    return this.queue.run(async () => {
      const entry = await this.getCustom(id, 'deleted')
      try {
        await this.fs.unlink(entry.path)
      } catch (error) {
        if (!isNotFound(error)) throw fileError('TEMPLATE_DELETE_FAILED', 'Galley could not delete the template', error)
      }
    })
  }

  /** “Export…”: asks where with a save dialog, then writes the template there. */
  async exportTo(id: string): Promise<TemplateExportOutcome> {
    const { template } = await this.get(id)
    const dialogs = this.requireDialogs()
    const base = fileNameFor(template.name, 'Template')
    const target = await dialogs.saveFile({ title: 'Export template', defaultPath: path.join(await this.library(), `${base}${TEMPLATE_FILE_EXTENSION}`), filters: TEMPLATE_FILTERS })
    if (!target) return { status: 'cancelled' }
    return { status: 'saved', path: await this.exportToFile(id, target) }
  }

  /** “Import…”: asks for template files with an open dialog and adds each one; a bad file does not stop the rest. */
  async importFrom(): Promise<TemplateImportOutcome> {
    const chosen = await this.requireDialogs().openFiles({ title: 'Import templates', filters: TEMPLATE_FILTERS })
    if (!chosen) return { cancelled: true, imported: [], failed: [] }
    const imported: TemplateEntry[] = []
    const failed: { source: string; error: HostError }[] = []
    for (const source of chosen) {
      try {
        imported.push(await this.importFile(source))
      } catch (error) {
        if (error instanceof GalleyError) failed.push({ source, error: error.toHostError() })
        else if (isHostError(error)) failed.push({ source, error: { code: error.code, message: error.message } })
        else throw error
      }
    }
    return { cancelled: false, imported, failed }
  }

  /** Writes the template to a `.galley-template` file (the extension is added when missing); returns the path. */
  async exportToFile(id: string, target: string): Promise<string> {
    const { template } = await this.get(id)
    if (!path.isAbsolute(target)) throw new GalleyError('BAD_REQUEST', 'Choose a folder and a file name to export the template to.', target)
    const file = target.toLowerCase().endsWith(TEMPLATE_FILE_EXTENSION) ? target : `${target}${TEMPLATE_FILE_EXTENSION}`
    try {
      await writeFileAtomic(file, serializeTemplate(template), { fs: this.fs })
    } catch (error) {
      throw fileError('TEMPLATE_EXPORT_FAILED', `Galley could not export the template to “${path.basename(file)}”`, error)
    }
    return file
  }

  /** Adds a template from a file; a clash of id or name makes a renamed copy. */
  importFile(source: string): Promise<TemplateEntry> {
    return this.queue.run(async () => {
      const imported = parseTemplate(await this.readTemplateText(source))
      const { custom } = await this.readCustom()
      const idTaken = !imported.id.startsWith(CUSTOM_ID_PREFIX) || custom.some((e) => e.template.id === imported.id)
      const names = new Set([...BUILT_IN_TEMPLATES, ...custom.map((e) => e.template)].map((t) => nameKey(t.name)))
      let name = imported.name
      for (let n = 2; names.has(nameKey(name)); n++) name = `${imported.name.slice(0, 72)} (${n})`
      return this.write({ ...imported, id: idTaken ? this.newId() : imported.id, name, group: 'custom' }, null)
    })
  }

  private requireDialogs(): FileDialogs {
    if (!this.options.dialogs) throw new GalleyError('DIALOGS_UNAVAILABLE', 'Galley cannot show a file dialog here, so templates cannot be exported or imported.')
    return this.options.dialogs
  }

  private async library(): Promise<string> {
    return typeof this.options.libraryDir === 'string' ? this.options.libraryDir : await this.options.libraryDir()
  }

  private newId(): string {
    return `${CUSTOM_ID_PREFIX}${this.options.randomId?.() ?? randomBytes(6).toString('hex')}`
  }

  private async getCustom(id: string, verb: 'changed' | 'deleted'): Promise<TemplateEntry & { path: string }> {
    if (builtInTemplate(id)) {
      throw new GalleyError(
        'TEMPLATE_BUILT_IN',
        verb === 'deleted'
          ? 'Built-in templates cannot be deleted.'
          : 'Built-in templates cannot be changed. Start an article from it and use “Save as template” to make your own version.',
        id,
      )
    }
    const entry = await this.get(id)
    if (entry.path === null) throw notFound()
    return { ...entry, path: entry.path }
  }

  private async assertNameFree(name: string, exceptId: string | null): Promise<void> {
    const key = nameKey(name)
    const { custom } = await this.readCustom()
    const clash = [...BUILT_IN_TEMPLATES, ...custom.map((e) => e.template)].find((t) => t.id !== exceptId && nameKey(t.name) === key)
    if (clash) throw new GalleyError('TEMPLATE_NAME_TAKEN', `There is already a template called “${clash.name}”. Choose another name.`, 'name')
  }

  /** Validates and writes a template to its file (a new `<id>.galley-template` when `file` is null). */
  private async write(template: Template, file: string | null): Promise<TemplateEntry> {
    const checked = validateTemplate(template)
    if (!checked.ok) {
      throw new GalleyError('TEMPLATE_INVALID', `This template is not valid: the field “${checked.where || 'template'}” ${checked.message}. Nothing was saved.`, checked.where)
    }
    const dir = await this.dir()
    const target = file ?? path.join(dir, `${checked.template.id}${TEMPLATE_FILE_EXTENSION}`)
    try {
      await this.fs.mkdir(path.dirname(target), { recursive: true })
      await writeFileAtomic(target, serializeTemplate(checked.template), { fs: this.fs })
    } catch (error) {
      throw fileError('TEMPLATE_WRITE_FAILED', 'Galley could not save the template', error)
    }
    const modified = (await this.fs.stat(target)).mtimeMs
    return { template: checked.template, builtIn: false, path: target, modified }
  }

  private async readTemplateText(file: string): Promise<string> {
    try {
      const stat = await this.fs.stat(file)
      if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
      if (stat.size > MAX_TEMPLATE_FILE_BYTES) {
        throw new GalleyError('TEMPLATE_INVALID', `“${path.basename(file)}” is too large to be a template (over ${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB). Nothing was changed.`)
      }
      return await this.fs.readFile(file, 'utf8')
    } catch (error) {
      if (error instanceof GalleyError) throw error
      throw fileError('TEMPLATE_READ_FAILED', `Galley could not read “${path.basename(file)}”`, error)
    }
  }

  private async readCustom(): Promise<{ custom: TemplateEntry[]; problems: TemplateList['problems'] }> {
    const dir = await this.dir()
    let names: string[]
    try {
      names = await this.fs.readdir(dir)
    } catch (error) {
      if (isNotFound(error)) return { custom: [], problems: [] }
      throw fileError('TEMPLATE_READ_FAILED', 'Galley could not read the templates folder', error)
    }
    const parsed: { file: string; template: Template }[] = []
    const problems: { path: string; error: GalleyError }[] = []
    // Temp files of an interrupted save (`.galley-tmp-…`) do not end in the extension, so they are skipped.
    for (const name of names.filter((n) => n.endsWith(TEMPLATE_FILE_EXTENSION)).sort()) {
      const file = path.join(dir, name)
      try {
        parsed.push({ file, template: parseTemplate(await this.readTemplateText(file)) })
      } catch (error) {
        if (!(error instanceof GalleyError)) throw error
        problems.push({ path: file, error })
      }
    }
    // Two files with one id (a copy made by hand): the file named after the id is the template.
    const canonical = (p: { file: string; template: Template }): boolean => path.basename(p.file) === `${p.template.id}${TEMPLATE_FILE_EXTENSION}`
    parsed.sort((a, b) => Number(canonical(b)) - Number(canonical(a)))
    const ids = new Set(BUILT_IN_TEMPLATES.map((t) => t.id))
    const custom: TemplateEntry[] = []
    for (const { file, template } of parsed) {
      if (ids.has(template.id)) {
        const error = new GalleyError('TEMPLATE_DUPLICATE', `“${path.basename(file)}” has the same id as another template, so it is left out. Import it instead of copying it into the folder.`, template.id)
        problems.push({ path: file, error })
        continue
      }
      ids.add(template.id)
      custom.push({ template, builtIn: false, path: file, modified: (await this.fs.stat(file)).mtimeMs })
    }
    problems.sort((a, b) => a.path.localeCompare(b.path))
    custom.sort((a, b) => a.template.name.localeCompare(b.template.name))
    return { custom, problems: problems.map((p) => ({ path: p.path, error: p.error.toHostError() })) }
  }
}

const nameKey = (name: string): string => name.trim().toLocaleLowerCase()

function notFound(): GalleyError {
  return new GalleyError('TEMPLATE_NOT_FOUND', 'That template no longer exists. It may have been deleted or renamed in another window.')
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the file or folder does not exist',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
}

function fileError(code: string, what: string, error: unknown): GalleyError {
  const errno = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  return new GalleyError(code, `${what}: ${REASONS[errno] ?? 'the disk reported an error'}. Nothing was changed.`, errno || undefined)
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
