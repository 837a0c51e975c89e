// A rotating log file in the user-data folder: galley.log, then galley.1.log … galley.N.log.
// Writes are synchronous so that the line about a crash is on disk before the process goes.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { formatEntry, loggerOver, type LogEntry, type Logger, type LogLevel } from './Logger'

export interface FileLoggerOptions {
  readonly dir: string
  readonly maxBytes?: number
  /** Older files kept besides the current one. */
  readonly keep?: number
  readonly minLevel?: LogLevel
  /** Also echo to the console (development). */
  readonly echo?: boolean
}

export const LOG_FILE_NAME = 'galley.log'

export class FileLogger {
  readonly file: string
  readonly logger: Logger
  private size: number | undefined
  private readonly maxBytes: number
  private readonly keep: number

  constructor(private readonly options: FileLoggerOptions) {
    this.file = path.join(options.dir, LOG_FILE_NAME)
    this.maxBytes = options.maxBytes ?? 1024 * 1024
    this.keep = options.keep ?? 3
    this.logger = loggerOver((entry) => this.write(entry), 'main', options.minLevel ?? 'info')
  }

  private write(entry: LogEntry): void {
    const line = `${formatEntry(entry)}\n`
    if (this.options.echo) (entry.level === 'error' ? console.error : console.log)(line.trimEnd())
    try {
      if (this.size === undefined) {
        fs.mkdirSync(this.options.dir, { recursive: true })
        this.size = fileSize(this.file)
      }
      const bytes = Buffer.byteLength(line)
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate()
      fs.appendFileSync(this.file, line, { mode: 0o600 })
      this.size += bytes
    } catch {
      // A full disk or a read-only profile must not take the app down with it.
      this.size = undefined
    }
  }

  private rotate(): void {
    const name = (i: number): string => path.join(this.options.dir, i === 0 ? LOG_FILE_NAME : LOG_FILE_NAME.replace(/\.log$/, `.${i}.log`))
    fs.rmSync(name(this.keep), { force: true })
    for (let i = this.keep - 1; i >= 0; i--) {
      if (fs.existsSync(name(i))) fs.renameSync(name(i), name(i + 1))
    }
    this.size = 0
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}
