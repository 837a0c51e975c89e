// galley new OUT.galley --template ID [--set field=value]…
import { randomUUID } from 'node:crypto'
import * as path from 'node:path'
import { LanguageSchema } from '../../shared/article/languages'
import { IsoDateSchema, MetaSchema, StatusSchema, TEXT_FIELDS, type ArticleMeta } from '../../shared/article/meta'
import { createFromTemplate } from '../../shared/templates/create'
import { isMetaField, type Template } from '../../shared/templates/schema'
import { parseCommand, writeHelp, type Command } from '../command'
import { UsageError, type Context } from '../context'
import { writeArticleFile } from './fileHelpers'
import { LIBRARY_HELP, templateOrUsage } from './templateOption'

const SETTABLE = [...TEXT_FIELDS, 'date', 'language', 'status', 'tags', 'fields.<id>']

/**
 * The fields `--set` gives, checked as the file format checks them. A template's own fields
 * (`rating`, `workReviewed`…) can be set by their id, or as `fields.<id>` for any.
 */
export function applySets(sets: readonly string[], command: string, template?: Pick<Template, 'fields'>): Partial<ArticleMeta> {
  const meta: Record<string, unknown> = {}
  const fields: Record<string, string> = {}
  const ownFields = new Set((template?.fields ?? []).map((f) => f.id).filter((id) => !isMetaField(id)))
  for (const set of sets) {
    const eq = set.indexOf('=')
    if (eq <= 0) throw new UsageError(`--set takes field=value, not “${set}”`, command)
    const key = set.slice(0, eq).trim()
    const value = set.slice(eq + 1)
    if ((TEXT_FIELDS as readonly string[]).includes(key)) {
      const checked = MetaSchema.shape[key as (typeof TEXT_FIELDS)[number]].safeParse(value)
      if (!checked.success) throw new UsageError(`--set ${key}= is too long (${checked.error.issues[0]?.message ?? 'not valid'})`, command)
      meta[key] = value
    } else if (key === 'date') {
      if (!IsoDateSchema.safeParse(value).success) throw new UsageError(`--set date= takes a date as YYYY-MM-DD, not “${value}”`, command)
      meta['date'] = value
    } else if (key === 'language') {
      const lang = LanguageSchema.safeParse(value)
      if (!lang.success) throw new UsageError(`--set language= takes one of ${LanguageSchema.options.join(', ')}`, command)
      meta['language'] = lang.data
    } else if (key === 'status') {
      const status = StatusSchema.safeParse(value)
      if (!status.success) throw new UsageError(`--set status= takes one of ${StatusSchema.options.join(', ')}`, command)
      meta['status'] = status.data
    } else if (key === 'tags') meta['tags'] = value.split(',').map((t) => t.trim()).filter(Boolean)
    else if (key.startsWith('fields.') && key.length > 7) fields[key.slice(7)] = value
    else if (ownFields.has(key)) fields[key] = value
    else throw new UsageError(`unknown field “${key}” (fields: ${[...SETTABLE, ...ownFields].join(', ')})`, command)
  }
  if (Object.keys(fields).length > 0) meta['fields'] = fields
  return meta as Partial<ArticleMeta>
}

export const newCommand: Command = {
  name: 'new',
  summary: 'start a new article from a section template',
  help: `
Usage: galley new OUT.galley --template ID [--set FIELD=VALUE]… [--library DIR] [--force]

Creates a new article from a section template, as Galley's "New article" does: the template's
fields, with the publication, the editor in chief, the date and the dateline filled in from
Galley's preferences; its skeleton of placeholder text to write over; its target length and its
print layout. --set fills in fields (the date's defaults, such as a dateline, follow --set date=).

Options:
  -t, --template ID      the section template (see: galley templates), built-in or the library's own
  -s, --set FIELD=VALUE  fill in a field; repeat for more. Fields: ${SETTABLE.join(', ')},
                         and a template's own fields by their id (e.g. rating for a review)
${LIBRARY_HELP}
  -f, --force            replace OUT.galley if it exists
  -h, --help             show this help

Example:
  galley new leader.galley --template editorial --set headline="A City That Keeps Its Promises" --set editorInChief="Jane Doe" --set date=2020-07-08
`,
  async run(argv, ctx: Context) {
    const { values, positionals } = parseCommand('new', argv, {
      template: { type: 'string', short: 't' },
      set: { type: 'string', short: 's', multiple: true },
      library: { type: 'string', short: 'l' },
      force: { type: 'boolean', short: 'f' },
    })
    if (values.help) return writeHelp(ctx, newCommand)
    if (positionals.length !== 1) throw new UsageError('give exactly one OUT.galley file', 'new')
    if (!values.template) throw new UsageError('--template ID is required (see: galley templates)', 'new')
    const out = path.resolve(ctx.cwd, positionals[0]!)
    if (!out.endsWith('.galley')) throw new UsageError('the new file’s name must end in .galley', 'new')
    const newsroom = await ctx.newsroom(values.library)
    const template = await templateOrUsage(newsroom, values.template, 'new')
    const meta = applySets(values.set ?? [], 'new', template)
    try {
      const article = createFromTemplate(template, { id: randomUUID(), now: new Date(), defaults: newsroom.settings, meta, ...(meta.date ? { date: meta.date } : {}) })
      await writeArticleFile(out, article, values.force === true)
      ctx.stdout.write(`${positionals[0]}\n`)
    } catch (error) {
      ctx.report.fail(positionals[0]!, error)
    }
    return ctx.report.finish()
  },
}
