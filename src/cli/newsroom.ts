// Where the command line finds the newsroom it works for: Galley's own preferences (publication,
// editor in chief, date format, language, dateline city, library folder), read and never written,
// and the section templates: the built-ins and the library's custom ones. So `galley new` fills in
// what the app fills in, and `galley check` knows the templates the app knows.
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import * as path from 'node:path'
import { defaultSettings, type Settings } from '../shared/ipc/settings'
import { parseSettings, SETTINGS_FILE } from '../main/services/SettingsService'
import { TemplateService } from '../main/services/TemplateService'

export interface Newsroom {
  /** The app's preferences, or the defaults where Galley was never set up on this machine. */
  readonly settings: Settings
  /** The preferences file read; null when there is none. */
  readonly settingsFile: string | null
  /** The library whose `.galley/templates/` holds the custom templates (it may not exist). */
  readonly libraryDir: string
  readonly templates: TemplateService
  /** Things to tell the user once (a damaged preferences file). */
  readonly notices: readonly { readonly file: string; readonly message: string }[]
}

type Env = Readonly<Record<string, string | undefined>>

/**
 * The folders the app uses, as Electron names them for an app called Galley: the user-data folder
 * (GALLEY_USER_DATA_DIR, else `~/.config/Galley`, `~/Library/Application Support/Galley`,
 * `%APPDATA%\Galley`) and the default library (GALLEY_LIBRARY_DIR, else `~/Documents/Galley`).
 */
export function appFolders(env: Env, platform: NodeJS.Platform, home: string): { userDataDir: string; defaultLibraryDir: string } {
  const p = platform === 'win32' ? path.win32 : path.posix
  const appData = platform === 'win32' ? env['APPDATA'] || p.join(home, 'AppData', 'Roaming') : platform === 'darwin' ? p.join(home, 'Library', 'Application Support') : env['XDG_CONFIG_HOME'] || p.join(home, '.config')
  return {
    userDataDir: env['GALLEY_USER_DATA_DIR'] || p.join(appData, 'Galley'),
    defaultLibraryDir: env['GALLEY_LIBRARY_DIR'] || p.join(home, 'Documents', 'Galley'),
  }
}

export interface OpenNewsroomOptions {
  readonly env: Env
  readonly cwd: string
  readonly platform?: NodeJS.Platform
  /** `--library DIR`: wins over the preferences; must be a folder. */
  readonly library?: string
}

/** Reads the preferences and finds the library, as the app would (--library first). */
export async function openNewsroom(options: OpenNewsroomOptions): Promise<Newsroom> {
  const home = options.env['HOME'] || options.env['USERPROFILE'] || homedir()
  const folders = appFolders(options.env, options.platform ?? process.platform, home)
  const file = path.join(folders.userDataDir, SETTINGS_FILE)
  let settings: Settings = { ...defaultSettings }
  let settingsFile: string | null = null
  const notices: { file: string; message: string }[] = []
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text !== null) {
    settingsFile = file
    const parsed = parseSettings(text)
    if (parsed.ok) settings = parsed.settings
    else notices.push({ file, message: `Galley’s preferences could not be read (${parsed.reason}), so the defaults are used. Open Galley’s preferences to set them again.` })
  }
  const libraryDir = options.library ? path.resolve(options.cwd, options.library) : (settings.libraryDir ?? folders.defaultLibraryDir)
  return { settings, settingsFile, libraryDir, templates: new TemplateService({ libraryDir }), notices }
}
