// galley templates [--json] [--library DIR]
import { describeLayout, describeTarget } from '../../shared/templates/preview'
import { parseCommand, writeHelp, type Command } from '../command'
import { UsageError } from '../context'

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'list the section templates (built-in and the library’s own)',
  help: `
Usage: galley templates [--json] [--library DIR]

Lists the section templates new and imported articles start from: the built-ins, then the custom
templates saved in the library (its .galley/templates folder). The library is the one Galley's
preferences name (else ~/Documents/Galley, or GALLEY_LIBRARY_DIR), unless --library says otherwise.

Options:
      --json           a JSON array: id, name, description, group, builtIn, target, layout and
                       fields (id, label, required) of each template
  -l, --library DIR    the library whose custom templates to list
  -h, --help           show this help
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('templates', argv, { json: { type: 'boolean' }, library: { type: 'string', short: 'l' } })
    if (values.help) return writeHelp(ctx, templatesCommand)
    if (positionals.length > 0) throw new UsageError('templates takes no files', 'templates')
    const newsroom = await ctx.newsroom(values.library)
    const { templates, problems } = await newsroom.templates.list()
    for (const problem of problems) ctx.report.warn(problem.path, `this template is left out: ${problem.error.message}`)
    if (values.json) {
      const list = templates.map(({ template: t, builtIn }) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        group: t.group,
        builtIn,
        target: t.target,
        layout: describeLayout(t.layout),
        fields: t.fields.map((f) => ({ id: f.id, label: f.label, required: f.required })),
      }))
      ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`)
    } else {
      const width = Math.max(...templates.map((e) => e.template.id.length))
      for (const { template: t, builtIn } of templates) {
        ctx.stdout.write(`${t.id.padEnd(width)}  ${t.name}${builtIn ? '' : ' (custom)'} — ${describeTarget(t.target)}; ${describeLayout(t.layout)}\n`)
        if (t.description) ctx.stdout.write(`${' '.repeat(width)}  ${t.description}\n`)
      }
    }
    return ctx.report.finish()
  },
}
