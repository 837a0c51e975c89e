// The shape of a command and the argument parsing every command shares (Node's util.parseArgs).
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError, type Context } from './context'

export interface Command {
  readonly name: string
  readonly summary: string
  /** The full --help text. */
  readonly help: string
  run(argv: readonly string[], ctx: Context): Promise<number>
}

type Options = NonNullable<ParseArgsConfig['options']>

export function parseCommand<O extends Options>(command: string, argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (error) {
    const message = (error as Error).message.replace(/^.*?(Unknown option|Option)/s, '$1').split('\n')[0] ?? 'wrong arguments'
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ''), command)
  }
}

export function writeHelp(ctx: Context, command: Command): number {
  ctx.stdout.write(`${command.help.trim()}\n`)
  return 0
}
