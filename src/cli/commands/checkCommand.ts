// galley check INPUT.galley… — is each file a valid article, and is it ready for print? The list is
// the ready-for-print checklist of the inspector (templates/checklist.ts), for the article's template.
import * as path from 'node:path'
import type { Article } from '../../shared/article/file'
import { GalleyError } from '../../shared/ipc/errors'
import { checkArticle, type Checklist } from '../../shared/templates/checklist'
import type { Template } from '../../shared/templates/schema'
import { parseCommand, writeHelp, type Command } from '../command'
import { eachInput, failureOf, UsageError, type Failure } from '../context'
import { readArticleFile } from '../../main/services/fs/readArticleFile'
import { LIBRARY_HELP } from './templateOption'

/** Problems the schema cannot see: images the body shows but the file does not hold. */
export function referenceProblems(article: Article): GalleyError[] {
  const missing = article.body.root.children.filter((b) => b.type === 'image' && !article.assets[b.asset])
  return missing.length > 0 ? [new GalleyError('IMAGE_MISSING', `${missing.length === 1 ? 'An image' : `${missing.length} images`} in the text ${missing.length === 1 ? 'is' : 'are'} missing from the file.`)] : []
}

const blockers = (checklist: Checklist): number => checklist.items.filter((i) => i.severity === 'blocker').length
const things = (n: number): string => `${n} ${n === 1 ? 'thing stands' : 'things stand'}`

/** The checklist as `check` prints it: the verdict line, then one line per item (✗ blocks print, · does not). */
export function checklistText(file: string, checklist: Checklist, template: Template | null, templateId: string): string {
  const about = [template ? template.name : `template “${templateId}” not found`, checklist.length?.label ?? `${checklist.words.toLocaleString('en-US')} words`].join(', ')
  const verdict = checklist.ready ? 'ready for print' : `not ready for print: ${things(blockers(checklist))} in the way`
  const lines = [`${file}: ${verdict} (${about})`]
  if (!template) lines.push(`  · The template “${templateId}” is not in this library, so only the headline was checked.`)
  for (const item of checklist.items) lines.push(`  ${item.severity === 'blocker' ? '✗' : '·'} ${item.message}`)
  return `${lines.join('\n')}\n`
}

interface Checked {
  readonly file: string
  readonly valid: boolean
  readonly ready?: boolean
  readonly template?: string
  readonly words?: number
  readonly length?: Checklist['length']
  readonly items?: Checklist['items']
  readonly error?: Pick<Failure, 'code' | 'message'>
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate articles and show their ready-for-print checklist',
  help: `
Usage: galley check INPUT.galley… [--json] [--library DIR]

Checks that each file is a valid Galley article (readable, every field and image in order), then
prints its ready-for-print checklist: the same list Galley's inspector shows, for the article's
template. ✗ marks what blocks print (required fields empty, limits exceeded, placeholder text or
"TK" left in, images without caption or credit, a length outside the template's target); · marks
notes that do not (a target in lines or pages, which only the print preview can measure).

Exit code: 0 when every file is valid and ready for print; 1 when any file is invalid or has a ✗
item (one line per such file on stderr: FILE: NOT_READY or the error's code: sentence). Every file
is checked.

Options:
      --json             one JSON array: for each file, valid, ready, template, words, length and
                         the checklist items (id, kind, severity, message), or the error
${LIBRARY_HELP}
  -h, --help             show this help
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('check', argv, { json: { type: 'boolean' }, library: { type: 'string', short: 'l' } })
    if (values.help) return writeHelp(ctx, checkCommand)
    if (positionals.length === 0) throw new UsageError('give at least one .galley file to check', 'check')
    const newsroom = await ctx.newsroom(values.library)
    const results: Checked[] = []
    const code = await eachInput(ctx, positionals, 'checking', async (input) => {
      let checked = false
      try {
        const { article, readOnly } = await readArticleFile(path.resolve(ctx.cwd, input))
        const problems = referenceProblems(article)
        if (problems[0]) throw problems[0]
        if (readOnly) ctx.report.warn(input, readOnly)
        const template = await newsroom.templates.find(article.meta.template)
        const checklist = checkArticle(article, template)
        results.push({ file: input, valid: true, ready: checklist.ready, template: article.meta.template, words: checklist.words, length: checklist.length, items: checklist.items })
        checked = true
        if (!values.json) ctx.stdout.write(checklistText(input, checklist, template, article.meta.template))
        if (!checklist.ready) throw new GalleyError('NOT_READY', `Not ready for print: ${things(blockers(checklist))} between this article and print.`)
      } catch (error) {
        if (!checked) {
          const { code, message } = failureOf(input, error)
          results.push({ file: input, valid: false, error: { code, message } })
        }
        throw error
      }
    })
    if (values.json) ctx.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
    return code
  },
}
