// galley check INPUT.galley… — is each file a valid article, and is it ready for print?
import * as path from 'node:path'
import type { Article } from '../../shared/article/file'
import { GalleyError } from '../../shared/ipc/errors'
import { parseCommand, writeHelp, type Command } from '../command'
import { eachInput, UsageError } from '../context'
import { readArticleFile } from './fileHelpers'

/** Problems the schema cannot see: images the body shows but the file does not hold. */
export function referenceProblems(article: Article): GalleyError[] {
  const missing = article.body.root.children.filter((b) => b.type === 'image' && !article.assets[b.asset])
  return missing.length > 0 ? [new GalleyError('IMAGE_MISSING', `${missing.length === 1 ? 'An image' : `${missing.length} images`} in the text ${missing.length === 1 ? 'is' : 'are'} missing from the file.`)] : []
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate articles and show the ready-for-print checklist',
  help: `
Usage: galley check INPUT.galley…

Checks that each file is a valid Galley article (readable, every field and image in order) and
prints its ready-for-print checklist where its template has one. Exits with 1 when any file is
invalid or not ready; every file is checked.

Options:
  -h, --help     show this help
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('check', argv, {})
    if (values.help) return writeHelp(ctx, checkCommand)
    if (positionals.length === 0) throw new UsageError('give at least one .galley file to check', 'check')
    return eachInput(ctx, positionals, 'checking', async (input) => {
      const { article, readOnly, migratedFrom } = await readArticleFile(path.resolve(ctx.cwd, input))
      const problems = referenceProblems(article)
      if (problems[0]) throw problems[0]
      if (readOnly) ctx.report.warn(input, readOnly)
      const notes = migratedFrom !== null ? ` (saved by an older Galley, file version ${migratedFrom}; it will be updated when saved)` : ''
      const checklist = ctx.templates.checklist?.(article) ?? []
      ctx.stdout.write(`${input}: valid${notes}\n`)
      for (const item of checklist) ctx.stdout.write(`  ${item.ok ? '✓' : '✗'} ${item.label}${!item.ok && item.detail ? ` — ${item.detail}` : ''}\n`)
      const open = checklist.filter((i) => !i.ok)
      if (open.length > 0) throw new GalleyError('NOT_READY', `Not ready for print: ${open.map((i) => i.label).join('; ')}.`)
    })
  },
}
