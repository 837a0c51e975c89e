// galley export INPUT.galley… (-o OUT.ext | --to FORMAT [--out-dir DIR]) [layout options]
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { writeFileAtomic } from '../../main/services/fs/atomicWrite'
import { EXPORT_FORMATS, ExportService, type ExportFormat } from '../../main/services/io/ExportService'
import { GalleyError } from '../../shared/ipc/errors'
import { findChromium } from '../chromium'
import { parseCommand, writeHelp, type Command } from '../command'
import { eachInput, UsageError, type Context } from '../context'
import { readArticleFile, withExtension } from './fileHelpers'
import { layoutFromFlags } from './layoutOptions'

const BY_EXTENSION: Readonly<Record<string, ExportFormat>> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.txt': 'txt', '.pdf': 'pdf' }

export const exportCommand: Command = {
  name: 'export',
  summary: 'write articles as DOCX, HTML, Markdown or plain text',
  help: `
Usage: galley export INPUT.galley… (-o OUT.ext | --to FORMAT [--out-dir DIR]) [options]

Formats: docx (Word), html (one standalone web page with print CSS), html-body (body only, for
pasting into a web CMS), md (Markdown with YAML front matter), txt (wire copy). With -o the format
follows the extension (.docx .html .md .txt). A failing file is reported and the others go on;
existing exports are replaced.

Options:
  -o, --output FILE        the file to write (one INPUT only)
      --to FORMAT          format for every INPUT, written beside it or in --out-dir
  -d, --out-dir DIR        folder for the exports
      --body-only          with html: body markup only (same as --to html-body)
      --page-size NAME     page size for the print CSS: A4, A3, Letter, Legal, Tabloid, Berliner,
                           Broadsheet, or WIDTHxHEIGHTmm (e.g. 280x430mm)
      --columns N          columns in print (1–6)
      --bleed MM           bleed in millimetres (0–5), for print-ready PDFs
      --crop-marks         crop marks, for print-ready PDFs
      --chromium PATH      the Chromium that prints PDFs (else GALLEY_CHROMIUM, else the usual places)
  -h, --help               show this help

Examples:
  galley export leader.galley -o leader.docx
  galley export pages/*.galley --to md --out-dir web
  galley export leader.galley -o leader.html --page-size Berliner --columns 4
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
    })
    if (values.help) return writeHelp(ctx, exportCommand)
    if (positionals.length === 0) throw new UsageError('give at least one .galley file to export', 'export')
    if (values.output && values.to) throw new UsageError('use either -o or --to, not both', 'export')
    if (!values.output && !values.to) throw new UsageError('say where to write: -o OUT.ext, or --to FORMAT', 'export')
    if (values.output && positionals.length > 1) throw new UsageError('-o takes one INPUT; use --to FORMAT --out-dir DIR for several', 'export')
    if (values.output && values['out-dir']) throw new UsageError('use either -o or --out-dir, not both', 'export')
    const requested = values.to ?? BY_EXTENSION[path.extname(values.output ?? '').toLowerCase()]
    if (!requested) throw new UsageError(`cannot tell the format from “${values.output}”: use .docx, .html, .md or .txt`, 'export')
    let format = requested as ExportFormat
    if (values['body-only']) {
      if (format !== 'html') throw new UsageError('--body-only goes with html', 'export')
      format = 'html-body'
    }
    const layout = layoutFromFlags(values)
    let exporter = ctx.exporter
    if (format === 'pdf' && ctx.pdf) {
      // Chromium is looked for before any file is read, so a missing one is one clear line.
      let chromiumPath: string
      try {
        chromiumPath = findChromium({ ...(values.chromium ? { explicit: values.chromium } : {}), env: ctx.env, platform: process.platform })
      } catch (error) {
        ctx.report.fail(values.chromium ?? 'chromium', error)
        return ctx.report.finish()
      }
      exporter = new ExportService(ctx.pdf(chromiumPath))
    }
    if (!(format in EXPORT_FORMATS) || !exporter.formats().includes(format)) {
      throw new UsageError(`cannot export to “${requested}” (formats: ${exporter.formats().join(', ')})`, 'export')
    }
    const outDir = values['out-dir'] ? path.resolve(ctx.cwd, values['out-dir']) : null
    if (outDir) await mkdir(outDir, { recursive: true })
    return eachInput(ctx, positionals, 'exporting', async (input) => {
      const source = path.resolve(ctx.cwd, input)
      const { article } = await readArticleFile(source)
      const target = values.output
        ? path.resolve(ctx.cwd, values.output)
        : path.join(outDir ?? path.dirname(source), path.basename(withExtension(source, format === 'html-body' ? '.body.html' : EXPORT_FORMATS[format].extension)))
      if (target === source) throw new GalleyError('SAME_FILE', 'The export would replace the article itself; choose another name.')
      const { bytes, warnings } = await exporter.export(article, format, { layout, ...(values.chromium ? { chromiumPath: values.chromium } : {}) })
      await writeFileAtomic(target, bytes)
      for (const w of warnings) ctx.report.warn(input, w)
      ctx.stdout.write(`${path.relative(ctx.cwd, target) || target}\n`)
    })
  },
}
