import { z } from 'zod'
import { LanguageSchema } from '../article/languages'

export const ThemeSchema = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof ThemeSchema>


const settingsShape = {
  theme: ThemeSchema,
  autosave: z.boolean(),
  autosaveDelayMs: z.number().int().min(300).max(10_000),
  /** Null means the default library folder (Documents/Galley). */
  libraryDir: z.string().min(1).max(4096).nullable(),
  publicationName: z.string().max(120),
  editorInChief: z.string().max(120),
  defaultLanguage: LanguageSchema,
  dateFormat: z.enum(['long', 'iso']),
  /** The newsroom's home city, filled into new stories' datelines (`KABUL, July 8 —`). */
  datelinePlace: z.string().max(80),
  lastExportDir: z.string().max(4096).nullable(),
  editorZoom: z.number().min(0.5).max(3),
  /** Underline misspelled words (Edit › Check Spelling While Typing). */
  spellCheck: z.boolean(),
}

const SettingsObject = z.object(settingsShape)
export type Settings = z.infer<typeof SettingsObject>

export const defaultSettings: Settings = {
  theme: 'system',
  autosave: true,
  autosaveDelayMs: 1000,
  libraryDir: null,
  publicationName: '',
  editorInChief: '',
  defaultLanguage: 'en',
  dateFormat: 'long',
  datelinePlace: '',
  lastExportDir: null,
  editorZoom: 1,
  spellCheck: true,
}

/** A settings file: every key optional (older files lack newer keys), unknown keys dropped. */
export const SettingsFileSchema = SettingsObject.partial()

/** What the renderer may change: each key optional, unknown keys refused. */
export const SettingsPatchSchema = SettingsObject.partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export interface SettingsApi {
  get(): Promise<Settings>
  set(patch: SettingsPatch): Promise<Settings>
}

export const settingsArgs = {
  get: z.tuple([]),
  set: z.tuple([SettingsPatchSchema]),
}
