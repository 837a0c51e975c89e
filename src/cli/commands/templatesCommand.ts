// galley templates [--json]
import { parseCommand, writeHelp, type Command } from '../command'
import { UsageError } from '../context'

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'list the section templates',
  help: `
Usage: galley templates [--json]

Lists the section templates new and imported articles can start from.

Options:
      --json     a JSON array of { id, name, description }
  -h, --help     show this help
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('templates', argv, { json: { type: 'boolean' } })
    if (values.help) return writeHelp(ctx, templatesCommand)
    if (positionals.length > 0) throw new UsageError('templates takes no files', 'templates')
    const list = ctx.templates.list()
    if (values.json) ctx.stdout.write(`${JSON.stringify(list.map((t) => ({ id: t.id, name: t.name, description: t.description })), null, 2)}\n`)
    else {
      const width = Math.max(...list.map((t) => t.id.length))
      for (const t of list) ctx.stdout.write(`${t.id.padEnd(width)}  ${t.name} — ${t.description}\n`)
    }
    return 0
  },
}
