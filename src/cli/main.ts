// The `galley` command line: batch import, export and checks without opening the app.
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ExportService } from '../main/services/io/ExportService'
import { ImportService } from '../main/services/io/ImportService'
import type { Command } from './command'
import { checkCommand } from './commands/checkCommand'
import { exportCommand } from './commands/exportCommand'
import { importCommand } from './commands/importCommand'
import { infoCommand } from './commands/infoCommand'
import { newCommand } from './commands/newCommand'
import { templatesCommand } from './commands/templatesCommand'
import { Reporter, UsageError, type CliDeps, type CliIo, type Context } from './context'
import { basicTemplateCatalog } from './templates'

export const COMMANDS: readonly Command[] = [newCommand, importCommand, exportCommand, infoCommand, checkCommand, templatesCommand]

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return `Usage: galley <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "galley <command> --help" for a command's options. "galley --version" prints the version.
Exit codes: 0 done, 1 something failed (one line per failure on stderr), 2 wrong usage.
`
}

export function defaultDeps(): CliDeps {
  const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json')
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version
  // PDF export joins when the print engine is part of this build (see PdfExporterFactory).
  return { importer: new ImportService(), exporter: new ExportService(), templates: basicTemplateCatalog, pdf: null, version }
}

export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps = defaultDeps()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined
    io.stdout.write(target ? `${target.help.trim()}\n` : usage())
    return 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${deps.version}\n`)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr.write(`galley: unknown command “${name}”\n\n${usage()}`)
    return 2
  }
  const ctx: Context = { ...io, ...deps, report: new Reporter(io) }
  try {
    return await command.run(rest, ctx)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`galley ${command.name}: ${error.message}\nRun "galley ${command.name} --help" for usage.\n`)
      return 2
    }
    ctx.report.fail(command.name, error)
    return ctx.report.finish()
  }
}
