// File names of articles: checked names, names from headlines, unique and conflict names. Pure.
import { FILE_EXTENSION } from '../../../shared/article/file'
import { fail } from './errors'

export const UNTITLED = 'Untitled'
const MAX_NAME = 120
// Characters no file system of our users accepts in a name (Windows is the strictest), and controls.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'g')
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/** A name the user typed, cleaned; throws BAD_NAME when nothing usable is left or it is reserved. */
export function checkName(input: string): string {
  const name = input.normalize('NFC').replace(/\.galley$/i, '').replace(/\s+/g, ' ').trim()
  if (name === '' || name === '.' || name === '..' || FORBIDDEN.test(name) || name.startsWith('.') || /[. ]$/.test(name)) {
    throw fail('BAD_NAME', `“${input}” cannot be used as a name. Names cannot be empty, start with a dot, or contain / \\ : * ? " < > |.`)
  }
  if (RESERVED.test(name)) throw fail('BAD_NAME', `“${input}” is a name the system reserves. Please choose another.`)
  if (name.length > MAX_NAME) throw fail('BAD_NAME', `That name is too long (at most ${MAX_NAME} characters).`)
  return name
}

/** A '/'-separated desk folder inside the library, checked segment by segment ('' = top level). */
export function checkFolder(input: string): string[] {
  if (/^([\\/]|[A-Za-z]:)/.test(input)) throw fail('BAD_PATH', 'Folders are named inside the library, never by a full path.')
  const trimmed = input.replace(/\\/g, '/').replace(/\/+$/g, '')
  if (trimmed === '') return []
  const segments = trimmed.split('/')
  if (segments.length > 8) throw fail('BAD_NAME', 'Folders can be nested at most 8 deep.')
  return segments.map((s) => {
    if (s === '..' || s === '.') throw fail('BAD_PATH', 'That folder is outside the library.')
    if (s.toLowerCase() === '.galley') throw fail('BAD_PATH', 'That folder belongs to Galley itself.')
    return checkName(s)
  })
}

/** The file name a headline suggests: its words, without characters files cannot hold; null if none. */
export function nameFromHeadline(headline: string): string | null {
  let name = headline.normalize('NFC').replace(FORBIDDEN_ALL, ' ').replace(/\s+/g, ' ').trim().replace(/^[. ]+|[. ]+$/g, '')
  if (name.length > 80) {
    const cut = name.slice(0, 80)
    const space = cut.lastIndexOf(' ')
    name = (space > 40 ? cut.slice(0, space) : cut).replace(/[. ]+$/, '')
  }
  if (name === '' || RESERVED.test(name)) return null
  return name
}

/** `Name`, `Name 2`, `Name 3`…: strips the counter a unique name added. */
export function baseOfName(name: string): string {
  return name.replace(/ \d+$/, '')
}

/**
 * True when the user has not named the file themselves: it is still `Untitled` (maybe numbered) or
 * carries the name its previous headline gave it. Such a file follows its headline on save.
 */
export function isAutoName(name: string, previousHeadline: string): boolean {
  const base = baseOfName(name)
  if (base === UNTITLED) return true
  const fromHeadline = nameFromHeadline(previousHeadline)
  return fromHeadline !== null && (name === fromHeadline || base === fromHeadline)
}

/** The first of `name`, `name 2`, `name 3`… for which `taken` is false. */
export async function uniqueName(name: string, taken: (fileName: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? name : `${name} ${n}`
    if (!(await taken(`${candidate}${FILE_EXTENSION}`))) return candidate
  }
  throw fail('NAME_TAKEN', `Too many articles are called “${name}”.`)
}

/** `14-05-33` style local time stamps: no colons, which Windows does not allow in names. */
export function stamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`
}

export function conflictName(name: string, date: Date): string {
  return `${name} (conflict ${stamp(date)})`
}

export function recoveredName(name: string, date: Date): string {
  return `${name} (recovered ${stamp(date)})`
}

export function fileBase(fileName: string): string {
  return fileName.endsWith(FILE_EXTENSION) ? fileName.slice(0, -FILE_EXTENSION.length) : fileName
}
