// The only file that touches `window.galley`. It unwraps result envelopes into values, or throws a
// `HostFailure` carrying the typed error, so components deal in plain async calls.
import type { GalleyBridge, HostApi, HostEvents } from '../../shared/ipc/contract'
import type { HostError, Result } from '../../shared/ipc/errors'

declare global {
  interface Window {
    readonly galley?: GalleyBridge
  }
}

export class HostFailure extends Error implements HostError {
  readonly code: string
  readonly detail?: string
  constructor(error: HostError) {
    super(error.message)
    this.name = 'HostFailure'
    this.code = error.code
    if (error.detail !== undefined) this.detail = error.detail
  }
}

function bridge(): GalleyBridge {
  const galley = window.galley
  if (!galley) throw new HostFailure({ code: 'NO_HOST', message: 'Galley’s window is not connected to the application.' })
  return galley
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new HostFailure(result.error)
}

type Unwrapped = { [C in keyof HostApi]: HostApi[C] }

/** `host.settings.get()` etc.: same names as the contract, plain values or a thrown HostFailure. */
export const host: Unwrapped = new Proxy({} as Unwrapped, {
  get(_target, concern: string) {
    return new Proxy(
      {},
      {
        get(_t, method: string) {
          return async (...args: unknown[]) => {
            const api = (bridge() as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<Result<unknown>>>>)[concern]
            const fn = api?.[method]
            if (!fn) throw new HostFailure({ code: 'UNKNOWN_CHANNEL', message: `Galley does not know ${concern}.${method}.` })
            return unwrap(await fn(...args))
          }
        },
      },
    )
  },
})

export function onHostEvent<E extends keyof HostEvents>(name: E, listener: (payload: HostEvents[E]) => void): () => void {
  const galley = window.galley
  if (!galley) return () => undefined
  return galley.events[name](listener)
}

export function isHostFailure(error: unknown): error is HostFailure {
  return error instanceof HostFailure
}
