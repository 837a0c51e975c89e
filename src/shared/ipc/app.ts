import { z } from 'zod'
import type { HostError } from './errors'

export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly platform: 'linux' | 'win32' | 'darwin' | (string & {})
  /** The library folder articles are kept in. */
  readonly libraryDir: string
  readonly userDataDir: string
  /** Problems found while starting (a damaged settings file, say), told once to the user. */
  readonly notices: readonly HostError[]
}

/**
 * An uncaught error in a window, for the log (Help › Show Logs). Main keeps only the error's kind, a
 * scrubbed short message and its stack frames: never article text.
 */
export const WindowErrorReportSchema = z
  .object({
    /** Where it was caught: a React render, `window.onerror`, an unhandled promise rejection. */
    kind: z.enum(['render', 'error', 'rejection']),
    name: z.string().max(100),
    message: z.string().max(500),
    stack: z.string().max(4000).optional(),
    /** React's component stack (component names only) for render errors. */
    componentStack: z.string().max(2000).optional(),
  })
  .strict()
export type WindowErrorReport = z.infer<typeof WindowErrorReportSchema>

export interface AppApi {
  getInfo(): Promise<AppInfo>
  /** Logs an uncaught error of the window (no article text leaves the window or reaches the log). */
  reportError(report: WindowErrorReport): Promise<void>
}

export const appArgs = {
  getInfo: z.tuple([]),
  reportError: z.tuple([WindowErrorReportSchema]),
}
