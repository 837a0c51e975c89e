// The one `handle()` path every host API call goes through, in Electron and in the e2e harness alike:
// check the sender, validate the arguments with the contract's zod schemas, run the handler, and turn
// whatever happens into a `Result` envelope with a typed error.
import { AsyncLocalStorage } from 'node:async_hooks'
import { channels } from '../../shared/ipc/channels'
import { argSchemas, type HostHandlers } from '../../shared/ipc/contract'
import { GalleyError, isHostError, type HostError, type Result } from '../../shared/ipc/errors'

export interface Sender {
  /** URL of the frame that sent the call (Electron: `event.senderFrame.url`). */
  readonly url: string | undefined
  /** False when the call comes from a sub-frame; only the top frame may call. */
  readonly isMainFrame: boolean
  /** The calling window (Electron: the sender's webContents id); absent in the e2e harness. */
  readonly windowId?: number
}

const callers = new AsyncLocalStorage<Sender>()

/** The sender of the host API call being handled (for handlers that act on the calling window). */
export function currentSender(): Sender | undefined {
  return callers.getStore()
}

export type Dispatch = (sender: Sender, channel: string, args: unknown) => Promise<Result<unknown>>

export interface DispatcherOptions {
  readonly handlers: HostHandlers
  readonly isTrustedSender: (sender: Sender) => boolean
  /** Called with unexpected errors (bugs); the renderer only gets a plain sentence. */
  readonly onUnexpectedError?: (channel: string, error: unknown) => void
}

interface Route {
  readonly schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }
  readonly call: (args: unknown[]) => Promise<unknown>
}

export function createDispatcher(options: DispatcherOptions): { dispatch: Dispatch; channels: readonly string[] } {
  const routes = new Map<string, Route>()
  const channelMap = channels as unknown as Record<string, Record<string, string>>
  const schemaMap = argSchemas as unknown as Record<string, Record<string, Route['schema']>>
  const handlerMap = options.handlers as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>
  for (const [concern, methods] of Object.entries(channelMap)) {
    for (const [method, channel] of Object.entries(methods)) {
      const schema = schemaMap[concern]?.[method]
      const handler = handlerMap[concern]?.[method]
      if (!schema || !handler) throw new Error(`host API method ${concern}.${method} has no schema or handler`)
      const bound = handlerMap[concern] as object
      routes.set(channel, { schema, call: (args) => handler.apply(bound, args) })
    }
  }

  const dispatch: Dispatch = async (sender, channel, args) => {
    if (!options.isTrustedSender(sender)) {
      return refuse('FORBIDDEN_SENDER', 'This request did not come from Galley’s own window and was refused.')
    }
    const route = typeof channel === 'string' ? routes.get(channel) : undefined
    if (!route) return refuse('UNKNOWN_CHANNEL', 'Galley does not know this request.')
    const parsed = route.schema.safeParse(args)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue ? describePath(issue.path) : ''
      return refuse(
        'BAD_REQUEST',
        `Galley received a request it cannot understand${where ? ` (${where}: ${issue?.message ?? 'invalid'})` : ''}.`,
        where || undefined,
      )
    }
    try {
      const value = await callers.run(sender, () => route.call(parsed.data as unknown[]))
      return { ok: true, value }
    } catch (error) {
      if (error instanceof GalleyError) return { ok: false, error: error.toHostError() }
      if (isHostError(error) && !(error instanceof Error)) return { ok: false, error: plainHostError(error) }
      options.onUnexpectedError?.(channel, error)
      return refuse('INTERNAL', 'Something went wrong inside Galley. Your work is safe; please try again.')
    }
  }
  return { dispatch, channels: [...routes.keys()] }
}

function refuse(code: string, message: string, detail?: string): Result<never> {
  const error: HostError = detail === undefined ? { code, message } : { code, message, detail }
  return { ok: false, error }
}

function plainHostError(error: HostError): HostError {
  return error.detail === undefined
    ? { code: error.code, message: error.message }
    : { code: error.code, message: error.message, detail: error.detail }
}

/** `[0, 'headline']` -> `argument 1 › headline` */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'arguments'
  const [first, ...rest] = path
  const head = typeof first === 'number' ? `argument ${first + 1}` : String(first)
  return [head, ...rest.map(String)].join(' › ')
}
