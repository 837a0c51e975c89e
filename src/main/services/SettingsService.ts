// User settings as JSON in the user-data folder: atomic writes, one at a time, and a damaged file
// kept aside (settings.json.corrupt-<time>) and replaced by defaults instead of crashing the app.
import * as path from 'node:path'
import { GalleyError, type HostError } from '../../shared/ipc/errors'
import {
  defaultSettings,
  SettingsFileSchema,
  SettingsPatchSchema,
  type Settings,
  type SettingsPatch,
} from '../../shared/ipc/settings'
import { isNotFound, writeFileAtomic } from './fs/atomicWrite'
import { nodeFs, type FsLike } from './fs/FsLike'
import { SerialQueue } from './util/SerialQueue'

export const SETTINGS_FILE = 'settings.json'

export interface SettingsServiceOptions {
  readonly userDataDir: string
  readonly fs?: FsLike
  readonly now?: () => Date
  readonly onChange?: (settings: Settings) => void
}

export class SettingsService {
  private settings: Settings = defaultSettings
  private readonly queue = new SerialQueue()
  private readonly fs: FsLike
  private readonly file: string
  private loaded = false
  /** Problems met while loading, for the app to tell the user once. */
  readonly notices: HostError[] = []

  constructor(private readonly options: SettingsServiceOptions) {
    this.fs = options.fs ?? nodeFs
    this.file = path.join(options.userDataDir, SETTINGS_FILE)
  }

  get path(): string {
    return this.file
  }

  async load(): Promise<Settings> {
    await this.fs.mkdir(this.options.userDataDir, { recursive: true })
    let text: string
    try {
      text = await this.fs.readFile(this.file, 'utf8')
    } catch (error) {
      if (!isNotFound(error)) throw error
      this.settings = { ...defaultSettings }
      this.loaded = true
      return this.settings
    }
    const parsed = parseSettings(text)
    if (parsed.ok) {
      this.settings = parsed.settings
    } else {
      const keptAs = await this.keepCorruptFile()
      this.settings = { ...defaultSettings }
      this.notices.push({
        code: 'SETTINGS_CORRUPT',
        message: `Your settings file was damaged (${parsed.reason}), so Galley started with default settings. The damaged file was kept as ${path.basename(keptAs)}.`,
        detail: keptAs,
      })
    }
    this.loaded = true
    return this.settings
  }

  async get(): Promise<Settings> {
    if (!this.loaded) await this.load()
    return this.settings
  }

  /** Applies a validated patch and persists it; resolves once it is on disk. */
  set(patch: SettingsPatch): Promise<Settings> {
    return this.queue.run(async () => {
      const checked = SettingsPatchSchema.safeParse(patch)
      if (!checked.success) {
        const issue = checked.error.issues[0]
        throw new GalleyError('BAD_REQUEST', `That setting is not valid: ${issue?.message ?? 'unknown problem'}.`, issue?.path.join('.'))
      }
      const current = await this.get()
      const next: Settings = { ...current, ...withoutUndefined(checked.data) }
      try {
        await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`, { fs: this.fs })
      } catch (error) {
        throw new GalleyError(
          'SETTINGS_WRITE_FAILED',
          `Galley could not save your settings (${(error as NodeJS.ErrnoException).code ?? 'write error'}). The previous settings are unchanged.`,
        )
      }
      this.settings = next
      this.options.onChange?.(next)
      return next
    })
  }

  private async keepCorruptFile(): Promise<string> {
    const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')
    const keptAs = `${this.file}.corrupt-${stamp}`
    await this.fs.rename(this.file, keptAs)
    return keptAs
  }
}

type Parsed = { ok: true; settings: Settings } | { ok: false; reason: string }

export function parseSettings(text: string): Parsed {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'it is not valid JSON' }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'it does not hold settings' }
  const result = SettingsFileSchema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    return { ok: false, reason: `the value of “${issue?.path.join('.') ?? '?'}” is wrong` }
  }
  return { ok: true, settings: { ...defaultSettings, ...withoutUndefined(result.data) } }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
