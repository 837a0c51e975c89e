// galley export INPUT.galley… (-o OUT.ext | --to FORMAT [--out-dir DIR]) [layout options]
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { writeFileAtomic } from '../../main/services/fs/atomicWrite'
import { EXPORT_FORMATS, ExportService, type ExportFormat } from '../../main/services/io/ExportService'
import { findChromium } from '../../main/services/print/chromium'
import type { PdfPrinter } from '../../main/services/print/PdfPrinter'
import { pdfExporter, standalonePrintService } from '../../main/services/print/PrintService'
import { GalleyError } from '../../shared/ipc/errors'
import { checkArticle } from '../../shared/templates/checklist'
import { parseCommand, writeHelp, type Command } from '../command'
import { eachInput, UsageError, type Context } from '../context'
import { readArticleFile } from '../../main/services/fs/readArticleFile'
import { withExtension } from './fileHelpers'
import { layoutFromFlags } from './layoutOptions'
import { LIBRARY_HELP } from './templateOption'

const BY_EXTENSION: Readonly<Record<string, ExportFormat>> = { '.pdf': 'pdf', '.docx': 'docx', '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.txt': 'txt' }
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[]

export const exportCommand: Command = {
  name: 'export',
  summary: 'write articles as print-ready PDF, DOCX, HTML, Markdown or plain text',
  help: `
Usage: galley export INPUT.galley… (-o OUT.ext | --to FORMAT [--out-dir DIR]) [options]

Formats: pdf (print-ready, made by the same print engine as the app, printed with Chromium), docx
(Word), html (one standalone web page with print CSS), html-body (body only, for pasting into a web
CMS), md (Markdown with YAML front matter), txt (wire copy). With -o the format follows the
extension (.pdf .docx .html .md .txt). Several files are exported in one go (PDFs on one warm
Chromium); a failing file is reported and the others go on; existing exports are replaced. An
article that is not ready for print is exported all the same, with a warning (see galley check).

PDF export needs Chromium, Google Chrome or Microsoft Edge: --chromium PATH, else the
GALLEY_CHROMIUM variable, else the usual install places (on Debian or Ubuntu: sudo apt-get install
chromium). Masthead and running head take the publication, editor in chief and date format from
Galley's preferences where the article has none.

Options:
  -o, --output FILE        the file to write (one INPUT only)
      --to FORMAT          format for every INPUT (${FORMATS.join(', ')}), written beside it or in --out-dir
  -d, --out-dir DIR        folder for the exports
      --body-only          with html: body markup only (same as --to html-body)
      --page-size NAME     page size: A4, A3, Letter, Legal, Tabloid, Berliner, Broadsheet, or
                           WIDTHxHEIGHTmm (e.g. 280x430mm)
      --columns N          columns (1–6)
      --bleed MM           bleed in millimetres (0–5) around the trimmed page (PDF)
      --crop-marks         crop marks outside the bleed (PDF)
      --chromium PATH      the Chromium that prints PDFs
${LIBRARY_HELP}
  -h, --help               show this help

Examples:
  galley export leader.galley -o leader.pdf
  galley export pages/*.galley --to pdf --out-dir print --page-size Berliner --columns 5 --bleed 3 --crop-marks
  galley export leader.galley -o leader.docx
  galley export pages/*.galley --to md --out-dir web
`,
  async run(argv, ctx: Context) {
    const { values, positionals } = parseCommand('export', argv, {
      output: { type: 'string', short: 'o' },
      to: { type: 'string' },
      'out-dir': { type: 'string', short: 'd' },
      'body-only': { type: 'boolean' },
      'page-size': { type: 'string' },
      columns: { type: 'string' },
      bleed: { type: 'string' },
      'crop-marks': { type: 'boolean' },
      chromium: { type: 'string' },
      library: { type: 'string', short: 'l' },
    })
    if (values.help) return writeHelp(ctx, exportCommand)
    if (positionals.length === 0) throw new UsageError('give at least one .galley file to export', 'export')
    if (values.output && values.to) throw new UsageError('use either -o or --to, not both', 'export')
    if (!values.output && !values.to) throw new UsageError('say where to write: -o OUT.ext, or --to FORMAT', 'export')
    if (values.output && positionals.length > 1) throw new UsageError('-o takes one INPUT; use --to FORMAT --out-dir DIR for several', 'export')
    if (values.output && values['out-dir']) throw new UsageError('use either -o or --out-dir, not both', 'export')
    const requested = values.to ?? BY_EXTENSION[path.extname(values.output ?? '').toLowerCase()]
    if (!requested) throw new UsageError(`cannot tell the format from “${values.output}”: use .pdf, .docx, .html, .md or .txt`, 'export')
    let format = requested as ExportFormat
    if (!FORMATS.includes(format)) throw new UsageError(`cannot export to “${requested}” (formats: ${FORMATS.join(', ')})`, 'export')
    if (values['body-only']) {
      if (format !== 'html') throw new UsageError('--body-only goes with html', 'export')
      format = 'html-body'
    }
    if (values.chromium !== undefined && format !== 'pdf') throw new UsageError('--chromium is for PDF export', 'export')
    const layout = layoutFromFlags(values)
    const newsroom = await ctx.newsroom(values.library)

    let printer: PdfPrinter | null = null
    let exporter = new ExportService()
    if (format === 'pdf') {
      // Chromium is looked for before any file is read, so a missing one is one clear line.
      try {
        printer = ctx.printer(findChromium({ ...(values.chromium ? { explicit: values.chromium } : {}), env: ctx.env }))
      } catch (error) {
        ctx.report.fail(values.chromium ?? ctx.env['GALLEY_CHROMIUM'] ?? 'chromium', error)
        return ctx.report.finish()
      }
      // One printer for the whole batch: Chromium starts once and stays warm between files.
      exporter = new ExportService(pdfExporter(standalonePrintService({ printer, settings: newsroom.settings, producer: `Galley ${ctx.version}` })))
    }
    const outDir = values['out-dir'] ? path.resolve(ctx.cwd, values['out-dir']) : null
    try {
      if (outDir) await mkdir(outDir, { recursive: true })
      return await eachInput(ctx, positionals, 'exporting', async (input) => {
        const source = path.resolve(ctx.cwd, input)
        const { article } = await readArticleFile(source)
        const target = values.output
          ? path.resolve(ctx.cwd, values.output)
          : path.join(outDir ?? path.dirname(source), path.basename(withExtension(source, format === 'html-body' ? '.body.html' : EXPORT_FORMATS[format].extension)))
        if (target === source) throw new GalleyError('SAME_FILE', 'The export would replace the article itself; choose another name.')
        const { bytes, warnings } = await exporter.export(article, format, { layout, dateFormat: newsroom.settings.dateFormat })
        await writeFileAtomic(target, bytes)
        // Export still works when the checklist has blockers; the editor is told, as the app tells them.
        const checklist = checkArticle(article, await newsroom.templates.find(article.meta.template))
        const blockers = checklist.items.filter((i) => i.severity === 'blocker').length
        if (blockers > 0) ctx.report.warn(input, `not ready for print: ${blockers === 1 ? '1 thing stands' : `${blockers} things stand`} in the way (see galley check); exported anyway`)
        for (const w of warnings) ctx.report.warn(input, w)
        ctx.stdout.write(`${path.relative(ctx.cwd, target) || target}\n`)
      })
    } finally {
      await printer?.close()
    }
  },
}
