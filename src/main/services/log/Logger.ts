// The logger main and the services write to. A log line is a fixed message plus small fields; it
// never carries article text: strings are cut short and quoted passages (where error messages echo
// the text they failed on) are removed before anything is written.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogValue = string | number | boolean | null | undefined
export type LogFields = Readonly<Record<string, LogValue>>

export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  /** `error` may be anything thrown; only its kind, code and stack frames are kept. */
  error(message: string, error?: unknown, fields?: LogFields): void
  /** A logger whose lines say where they come from (`[spelling]`). */
  child(scope: string): Logger
}

export interface LogEntry {
  readonly time: string
  readonly level: LogLevel
  readonly scope: string
  readonly message: string
  readonly fields: Readonly<Record<string, string | number | boolean | null>>
}

const MAX_FIELD = 160
const MAX_MESSAGE = 200
const MAX_FRAMES = 12

/** Removes quoted passages (“…”, "…", '…', «…») and cuts the rest short. */
export function scrub(text: string, max = MAX_FIELD): string {
  const unquoted = text
    .replace(/"[^"\n]*"/g, '"…"')
    .replace(/“[^”\n]*”/g, '“…”')
    .replace(/«[^»\n]*»/g, '«…»')
    .replace(/(^|[\s(=:,])'[^'\n]*'/g, "$1'…'")
    .replace(/[\r\n\t]+/g, ' ')
  return unquoted.length > max ? `${unquoted.slice(0, max - 1)}…` : unquoted
}

/** What is kept of a thrown value: its class, code, a scrubbed message, and where it was thrown. */
export function describeError(error: unknown): Record<string, string> {
  if (error instanceof Error) {
    const out: Record<string, string> = { error: error.name }
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' || typeof code === 'number') out['code'] = String(code)
    // Messages of parsers echo the input (JSON.parse, zod): keep only a scrubbed, short form.
    out['reason'] = scrub(error.message, 120)
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, MAX_FRAMES)
      .map((l) => l.trim().replace(/^at /, ''))
    if (frames.length) out['stack'] = frames.join(' < ')
    return out
  }
  return { error: typeof error }
}

export function makeEntry(level: LogLevel, scope: string, message: string, fields: LogFields | undefined, error?: unknown): LogEntry {
  const clean: Record<string, string | number | boolean | null> = {}
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue
    clean[key] = typeof value === 'string' ? scrub(value) : value
  }
  if (error !== undefined) Object.assign(clean, describeError(error))
  return { time: new Date().toISOString(), level, scope, message: scrub(message, MAX_MESSAGE), fields: clean }
}

export function formatEntry(entry: LogEntry): string {
  const fields = Object.entries(entry.fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' && /[\s=]/.test(v) ? JSON.stringify(v) : String(v)}`)
    .join(' ')
  return `${entry.time} ${entry.level.toUpperCase().padEnd(5)} [${entry.scope}] ${entry.message}${fields ? ` ${fields}` : ''}`
}

/** Builds a `Logger` over a sink that receives finished entries. */
export function loggerOver(write: (entry: LogEntry) => void, scope = 'main', minLevel: LogLevel = 'info'): Logger {
  const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 }
  const emit = (level: LogLevel, message: string, fields?: LogFields, error?: unknown): void => {
    if (order[level] < order[minLevel]) return
    try {
      write(makeEntry(level, scope, message, fields, error))
    } catch {
      // Logging must never break what it reports on.
    }
  }
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, e, f) => emit('error', m, f, e),
    child: (child) => loggerOver(write, `${scope}:${child}`, minLevel),
  }
}

/** For tests: keeps entries in memory. */
export class MemoryLogger {
  readonly entries: LogEntry[] = []
  readonly logger: Logger = loggerOver((e) => this.entries.push(e), 'test', 'debug')
  text(): string {
    return this.entries.map(formatEntry).join('\n')
  }
}

export const nullLogger: Logger = loggerOver(() => undefined)
