// galley new OUT.galley --template ID [--set field=value]…
import { randomUUID } from 'node:crypto'
import * as path from 'node:path'
import { createArticle } from '../../shared/article/file'
import { LanguageSchema } from '../../shared/article/languages'
import { IsoDateSchema, StatusSchema, TEXT_FIELDS, type ArticleMeta } from '../../shared/article/meta'
import { parseCommand, writeHelp, type Command } from '../command'
import { UsageError, type Context } from '../context'
import { writeArticleFile } from './fileHelpers'

const SETTABLE = [...TEXT_FIELDS, 'date', 'language', 'status', 'tags', 'fields.<id>']

export function applySets(sets: readonly string[], command: string): Partial<ArticleMeta> {
  const meta: Record<string, unknown> = {}
  const fields: Record<string, string> = {}
  for (const set of sets) {
    const eq = set.indexOf('=')
    if (eq <= 0) throw new UsageError(`--set takes field=value, not “${set}”`, command)
    const key = set.slice(0, eq).trim()
    const value = set.slice(eq + 1)
    if ((TEXT_FIELDS as readonly string[]).includes(key)) meta[key] = value
    else if (key === 'date') {
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
    else throw new UsageError(`unknown field “${key}” (fields: ${SETTABLE.join(', ')})`, command)
  }
  if (Object.keys(fields).length > 0) meta['fields'] = fields
  return meta as Partial<ArticleMeta>
}

export const newCommand: Command = {
  name: 'new',
  summary: 'start a new article from a template',
  help: `
Usage: galley new OUT.galley --template ID [--set field=value]… [--force]

Creates a new, empty article from a section template.

Options:
  -t, --template ID      the section template (see: galley templates)
  -s, --set FIELD=VALUE  fill in a field; repeat for more. Fields: ${SETTABLE.join(', ')}
  -f, --force            replace OUT.galley if it exists
  -h, --help             show this help

Example:
  galley new leader.galley --template editorial --set headline="A City That Keeps Its Promises" --set editorInChief="Jane Doe" --set date=2020-07-08
`,
  async run(argv, ctx: Context) {
    const { values, positionals } = parseCommand('new', argv, {
      template: { type: 'string', short: 't' },
      set: { type: 'string', short: 's', multiple: true },
      force: { type: 'boolean', short: 'f' },
    })
    if (values.help) return writeHelp(ctx, newCommand)
    if (positionals.length !== 1) throw new UsageError('give exactly one OUT.galley file', 'new')
    if (!values.template) throw new UsageError('--template ID is required (see: galley templates)', 'new')
    const template = ctx.templates.get(values.template)
    if (!template) throw new UsageError(`there is no template “${values.template}” (templates: ${ctx.templates.list().map((t) => t.id).join(', ')})`, 'new')
    const meta = applySets(values.set ?? [], 'new')
    const out = path.resolve(ctx.cwd, positionals[0]!)
    if (!out.endsWith('.galley')) throw new UsageError('the new file’s name must end in .galley', 'new')
    const article = createArticle({ id: randomUUID(), now: new Date(), meta: { ...meta, template: template.id }, layout: template.layout })
    try {
      await writeArticleFile(out, article, values.force === true)
      ctx.stdout.write(`${positionals[0]}\n`)
    } catch (error) {
      ctx.report.fail(positionals[0]!, error)
    }
    return ctx.report.finish()
  },
}
