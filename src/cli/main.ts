// The `galley` command line: batch import, export and checks without opening the app.
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isFolder } from '../main/services/fs/names'
import { ImportService } from '../main/services/io/ImportService'
import { launchChromium } from '../main/services/print/chromium'
import { ChromiumPdfPrinter } from '../main/services/print/ChromiumPdfPrinter'
import { FontLibrary } from '../main/services/print/FontLibrary'
import type { Command } from './command'
import { checkCommand } from './commands/checkCommand'
import { exportCommand } from './commands/exportCommand'
import { importCommand } from './commands/importCommand'
import { infoCommand } from './commands/infoCommand'
import { newCommand } from './commands/newCommand'
import { templatesCommand } from './commands/templatesCommand'
import { Reporter, UsageError, type CliDeps, type CliIo, type Context } from './context'
import { openNewsroom, type Newsroom } from './newsroom'

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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export function defaultDeps(): CliDeps {
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  const fonts = new FontLibrary(path.join(ROOT, 'resources/fonts'))
  return {
    importer: new ImportService(),
    printer: (chromiumPath) => new ChromiumPdfPrinter({ fonts, launch: () => launchChromium(chromiumPath) }),
    version,
  }
}

/** The newsroom of this run, read once; `--library DIR` must name a folder. */
function newsroomOf(io: CliIo, report: Reporter, command: string): Context['newsroom'] {
  const opened = new Map<string, Promise<Newsroom>>()
  return (library) => {
    const key = library ?? ''
    let newsroom = opened.get(key)
    if (!newsroom) {
      newsroom = (async () => {
        if (library !== undefined && !(await isFolder(path.resolve(io.cwd, library)))) throw new UsageError(`--library takes a library folder; there is no folder “${library}”`, command)
        const found = await openNewsroom({ env: io.env, cwd: io.cwd, ...(library !== undefined ? { library } : {}) })
        for (const notice of found.notices) report.warn(notice.file, notice.message)
        return found
      })()
      opened.set(key, newsroom)
    }
    return newsroom
  }
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
  const report = new Reporter(io)
  const ctx: Context = { ...io, ...deps, report, newsroom: newsroomOf(io, report, command.name) }
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
