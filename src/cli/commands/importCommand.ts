// galley import INPUT… [-o OUT.galley | --out-dir DIR] [--template ID] [--encoding NAME]
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { IMPORT_FORMATS, type ImportFormat } from '../../main/services/io/ImportService'
import { encodingName } from '../../main/services/io/decodeText'
import { parseCommand, writeHelp, type Command } from '../command'
import { eachInput, UsageError } from '../context'
import { galleyName, writeArticleFile } from './fileHelpers'
import { LIBRARY_HELP, templateOrUsage } from './templateOption'

export const importCommand: Command = {
  name: 'import',
  summary: 'turn DOCX, Markdown, HTML or plain text files into articles',
  help: `
Usage: galley import INPUT… [-o OUT.galley | --out-dir DIR] [options]

Imports Word (.docx), Markdown (.md), HTML (.html) and plain-text (.txt) files as Galley articles.
Each INPUT.ext becomes INPUT.galley beside it, or in --out-dir. Structure is recognised: headings,
lists, quotes, images; in plain text the masthead line ("Editor in Chief: NAME"), date, headline,
byline, dateline and subheads. The template follows from what was found (a masthead line makes an
editorial, questions and answers an interview, anything else a news story) unless --template says
otherwise; the article takes its print layout and target length from it, and the publication and
editor in chief from Galley's preferences where the document has none. A failing file is reported
and the others go on.

Options:
  -o, --output FILE      where to write the article (one INPUT only)
  -d, --out-dir DIR      folder for the articles
  -t, --template ID      template to use instead of the one Galley recognises (see: galley
                         templates), built-in or the library's own
  -e, --encoding NAME    text encoding of text/Markdown/HTML input (utf-8, utf-16, windows-1251,
                         windows-1256…); detected when not given
      --format FORMAT    read every INPUT as ${IMPORT_FORMATS.join(', ')} whatever its extension
${LIBRARY_HELP}
  -f, --force            replace articles that already exist
  -h, --help             show this help

Examples:
  galley import leader.docx
  galley import wire/*.txt --out-dir today --encoding windows-1251
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('import', argv, {
      output: { type: 'string', short: 'o' },
      'out-dir': { type: 'string', short: 'd' },
      template: { type: 'string', short: 't' },
      encoding: { type: 'string', short: 'e' },
      format: { type: 'string' },
      library: { type: 'string', short: 'l' },
      force: { type: 'boolean', short: 'f' },
    })
    if (values.help) return writeHelp(ctx, importCommand)
    if (positionals.length === 0) throw new UsageError('give at least one file to import', 'import')
    if (values.output && positionals.length > 1) throw new UsageError('-o takes one INPUT; use --out-dir for several', 'import')
    if (values.output && values['out-dir']) throw new UsageError('use either -o or --out-dir, not both', 'import')
    if (values.output && !values.output.endsWith('.galley')) throw new UsageError('the output file’s name must end in .galley', 'import')
    if (values.encoding && !encodingName(values.encoding)) throw new UsageError(`unknown encoding “${values.encoding}” (try utf-8, utf-16le, windows-1251, windows-1256)`, 'import')
    if (values.format && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`--format takes ${IMPORT_FORMATS.join(', ')}`, 'import')
    const newsroom = await ctx.newsroom(values.library)
    if (values.template) await templateOrUsage(newsroom, values.template, 'import')
    const outDir = values['out-dir'] ? path.resolve(ctx.cwd, values['out-dir']) : null
    if (outDir) await mkdir(outDir, { recursive: true })
    return eachInput(ctx, positionals, 'importing', async (input) => {
      const source = path.resolve(ctx.cwd, input)
      const { article: imported, warnings } = await ctx.importer.importFile(source, {
        ...(values.template ? { template: values.template } : {}),
        ...(values.encoding ? { encoding: values.encoding } : {}),
        ...(values.format ? { format: values.format as ImportFormat } : {}),
        defaultLanguage: newsroom.settings.defaultLanguage,
      })
      // Joined to its template as the app's import does: layout, target, the publication's defaults.
      const article = await newsroom.templates.applyTo(imported, newsroom.settings)
      const out = values.output ? path.resolve(ctx.cwd, values.output) : path.join(outDir ?? path.dirname(source), galleyName(source))
      await writeArticleFile(out, article, values.force === true)
      for (const w of warnings) ctx.report.warn(input, w)
      ctx.stdout.write(`${path.relative(ctx.cwd, out) || out}\n`)
    })
  },
}
