// Host API for section templates: the built-ins and the library's custom templates
// (`<library>/.galley/templates/`), made from articles, renamed, edited, deleted, shared as files.
// Main shows the open/save dialogs for sharing; the renderer never names a file.
import { z } from 'zod'
import { LanguageSchema } from '../article/languages'
import { LayoutSchema } from '../article/layout'
import { TargetSchema } from '../article/meta'
import { BodySchema } from '../article/body'
import { FieldSchema, TEMPLATE_GROUPS, type Template } from '../templates/schema'
import type { HostError } from './errors'
import { ArticleContentSchema, type ArticleContent } from './library'

export interface TemplateEntry {
  readonly template: Template
  readonly builtIn: boolean
  /** The file a custom template is stored in; null for built-ins. */
  readonly path: string | null
  /** File modification time (ms since the epoch); null for built-ins. */
  readonly modified: number | null
}

export interface TemplateList {
  /** Built-ins first, in their order, then custom templates by name. */
  readonly templates: readonly TemplateEntry[]
  /** Files in the templates folder that could not be read, with the reason; the rest still list. */
  readonly problems: readonly { readonly path: string; readonly error: HostError }[]
}

const name = z.string().trim().min(1).max(80)
const id = z.string().min(1).max(80)

export type TemplateExportOutcome = { readonly status: 'saved'; readonly path: string } | { readonly status: 'cancelled' }

export interface TemplateImportOutcome {
  /** The user closed the open dialog without choosing. */
  readonly cancelled: boolean
  readonly imported: readonly TemplateEntry[]
  /** Files that could not be imported (too new, invalid, unreadable), each with the reason. */
  readonly failed: readonly { readonly source: string; readonly error: HostError }[]
}

export const SaveTemplateOptionsSchema = z
  .object({
    name,
    description: z.string().max(500).optional(),
    /** `placeholders` (default) turns the copy into placeholder text; `keep` keeps it. */
    body: z.enum(['placeholders', 'keep']).optional(),
  })
  .strict()
export type SaveTemplateOptions = z.infer<typeof SaveTemplateOptionsSchema>

/** What “edit template” may change; the id and the built-in flag never change. */
export const TemplatePatchSchema = z
  .object({
    name: name.optional(),
    description: z.string().max(500).optional(),
    group: z.enum(TEMPLATE_GROUPS).optional(),
    fields: z.array(FieldSchema).min(1).max(30).optional(),
    skeleton: BodySchema.optional(),
    target: TargetSchema.nullable().optional(),
    layout: LayoutSchema.partial().optional(),
    language: LanguageSchema.nullable().optional(),
    suggestedBlocks: z.array(z.string().max(40)).max(20).optional(),
  })
  .strict()
export type TemplatePatch = z.infer<typeof TemplatePatchSchema>

export interface TemplatesApi {
  list(): Promise<TemplateList>
  get(id: string): Promise<TemplateEntry>
  /** “Save as template”: the article's fields, skeleton and layout as a new custom template. */
  saveFromArticle(content: ArticleContent, options: SaveTemplateOptions): Promise<TemplateEntry>
  rename(id: string, name: string): Promise<TemplateEntry>
  update(id: string, patch: TemplatePatch): Promise<TemplateEntry>
  delete(id: string): Promise<void>
  /** Writes the template to a `.galley-template` file main asks for with a save dialog. */
  exportTo(id: string): Promise<TemplateExportOutcome>
  /** Adds templates from files main asks for with an open dialog; a clash of id or name makes a renamed copy. */
  importFrom(): Promise<TemplateImportOutcome>
}

export const templatesArgs = {
  list: z.tuple([]),
  get: z.tuple([id]),
  saveFromArticle: z.tuple([ArticleContentSchema, SaveTemplateOptionsSchema]),
  rename: z.tuple([id, name]),
  update: z.tuple([id, TemplatePatchSchema]),
  delete: z.tuple([id]),
  exportTo: z.tuple([id]),
  importFrom: z.tuple([]),
}
