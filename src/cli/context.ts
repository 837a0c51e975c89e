// What every command gets: where to write, the services, and the reporter that keeps the exit-code
// and stderr contract (0 done, 1 failed, 2 wrong usage; one line per failure: file, code, sentence).
import { GalleyError, isHostError } from '../shared/ipc/errors'
import type { ImportService } from '../main/services/io/ImportService'
import type { PdfPrinter } from '../main/services/print/PdfPrinter'
import type { Newsroom } from './newsroom'

export interface Stream {
  write(text: string): unknown
  readonly isTTY?: boolean
  readonly columns?: number
}

export interface CliIo {
  readonly stdout: Stream
  readonly stderr: Stream
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
}

export interface CliDeps {
  readonly importer: ImportService
  /** Makes the printer PDFs come from, once a Chromium is found (tests can hand in another). */
  readonly printer: (chromiumPath: string) => PdfPrinter
  readonly version: string
}

export interface Context extends CliIo, CliDeps {
  readonly report: Reporter
  /** The newsroom's preferences and templates (`--library DIR` first); read once per run. */
  newsroom(library?: string): Promise<Newsroom>
}

/** Thrown for wrong usage: exit code 2, the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface Failure {
  readonly file: string
  readonly code: string
  readonly message: string
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim()

export function failureOf(file: string, error: unknown): Failure {
  if (error instanceof GalleyError || isHostError(error)) return { file, code: error.code, message: oneLine(error.message) }
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EACCES' || code === 'EPERM') return { file, code: 'PERMISSION_DENIED', message: 'Galley is not allowed to read or write here.' }
  if (code === 'ENOENT') return { file, code: 'FILE_NOT_FOUND', message: 'The file or folder does not exist.' }
  if (code === 'ENOSPC') return { file, code: 'DISK_FULL', message: 'The disk is full.' }
  return { file, code: 'INTERNAL', message: `Something went wrong inside Galley (${oneLine(String((error as Error)?.message ?? error))}).` }
}

/** Collects failures and warnings of a batch; draws a progress bar on a terminal, nothing when piped. */
export class Reporter {
  readonly failures: Failure[] = []
  private progressShown = false

  constructor(private readonly io: CliIo) {}

  fail(file: string, error: unknown): void {
    this.failures.push(failureOf(file, error))
  }

  warn(file: string, message: string): void {
    this.clearProgress()
    this.io.stderr.write(`${file}: warning: ${oneLine(message)}\n`)
  }

  progress(done: number, total: number, label: string): void {
    if (!this.io.stderr.isTTY || total < 2) return
    const width = 24
    const filled = Math.round((done / total) * width)
    const room = Math.max(10, (this.io.stderr.columns ?? 80) - width - 16)
    const name = label.length > room ? `…${label.slice(-(room - 1))}` : label
    this.io.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`)
    this.progressShown = true
  }

  clearProgress(): void {
    if (!this.progressShown) return
    this.io.stderr.write('\r\x1b[2K')
    this.progressShown = false
  }

  /** Prints every failure (one line each) and returns the exit code. */
  finish(): number {
    this.clearProgress()
    for (const f of this.failures) this.io.stderr.write(`${f.file}: ${f.code}: ${f.message}\n`)
    return this.failures.length > 0 ? 1 : 0
  }
}

/** Runs `work` for every input, going on past failures. */
export async function eachInput(ctx: Context, inputs: readonly string[], verb: string, work: (input: string) => Promise<void>): Promise<number> {
  let done = 0
  for (const input of inputs) {
    ctx.report.progress(done, inputs.length, `${verb} ${input}`)
    try {
      await work(input)
    } catch (error) {
      ctx.report.fail(input, error)
    }
    done++
  }
  ctx.report.progress(done, inputs.length, '')
  return ctx.report.finish()
}
