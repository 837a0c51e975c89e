// Typed errors that cross the host API: a stable code for the program, a sentence for the journalist.

export type HostErrorCode =
  | 'BAD_REQUEST'
  | 'FORBIDDEN_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'INTERNAL'
  | 'SETTINGS_CORRUPT'
  | 'SETTINGS_WRITE_FAILED'
  | (string & {})

export interface HostError {
  readonly code: HostErrorCode
  readonly message: string
  /** Optional machine-readable detail (a field name, a path the user chose); never a stack trace. */
  readonly detail?: string
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: HostErrorCode, message: string, detail?: string): Result<never> {
  return { ok: false, error: detail === undefined ? { code, message } : { code, message, detail } }
}

/** Thrown by services; the dispatcher turns it into a `{ ok: false, error }` envelope. */
export class GalleyError extends Error implements HostError {
  readonly code: HostErrorCode
  readonly detail?: string
  constructor(code: HostErrorCode, message: string, detail?: string) {
    super(message)
    this.name = 'GalleyError'
    this.code = code
    if (detail !== undefined) this.detail = detail
  }
  toHostError(): HostError {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail }
  }
}

export function isHostError(value: unknown): value is HostError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}
