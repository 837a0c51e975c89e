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

export interface AppApi {
  getInfo(): Promise<AppInfo>
}

export const appArgs = {
  getInfo: z.tuple([]),
}
