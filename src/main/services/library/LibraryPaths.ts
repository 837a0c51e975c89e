// Where things are in a library folder, and the one gate every path from the renderer goes through:
// resolved with realpath, it must be a .galley file inside the library (not in Galley's own `.galley/`
// folder) or one the user opened explicitly. Symlinks that lead out of the library are refused.
import * as path from 'node:path'
import { FILE_EXTENSION } from '../../../shared/article/file'
import { isNotFound } from '../fs/atomicWrite'
import type { FsLike } from '../fs/FsLike'
import { errnoOf, fail, readFailed } from './errors'
import { checkFolder } from './naming'

/** What the services that keep files in a library's `.galley/` folder (history, journals) are given. */
export interface InLibraryOptions {
  /** The current library (it changes when the user picks another folder). */
  readonly paths: () => LibraryPaths
  readonly fs?: FsLike
  readonly now?: () => Date
}

/** Galley's own folder inside a library: recovery journals, history, the search index, the trash. */
export const INTERNAL_DIR = '.galley'

export interface ResolvedArticle {
  /** Absolute real path (symlinks resolved). */
  readonly real: string
  /** '/'-separated path inside the library, or null for an article opened from elsewhere. */
  readonly rel: string | null
}

export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
}

export function isArticleName(name: string): boolean {
  return name.toLowerCase().endsWith(FILE_EXTENSION) && !name.startsWith('.')
}

export class LibraryPaths {
  private constructor(
    /** The library folder, real path. */
    readonly root: string,
    private readonly fs: FsLike,
  ) {}

  /** Creates the library folder if needed and resolves its real path. */
  static async open(dir: string, fs: FsLike): Promise<LibraryPaths> {
    try {
      await fs.mkdir(dir, { recursive: true })
      const root = await fs.realpath(dir)
      if (!(await fs.stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' })
      return new LibraryPaths(root, fs)
    } catch (error) {
      throw fail('LIBRARY_UNAVAILABLE', `The library folder “${dir}” cannot be used (${errnoOf(error) ?? 'error'}). Choose another folder in Preferences.`, dir)
    }
  }

  internal(...parts: string[]): string {
    return path.join(this.root, INTERNAL_DIR, ...parts)
  }

  /** '/'-separated path inside the library, or null when `abs` is outside it or in Galley's own folder. */
  rel(abs: string): string | null {
    if (!isInside(this.root, abs)) return null
    const rel = path.relative(this.root, abs).split(path.sep).join('/')
    if (rel === INTERNAL_DIR || rel.startsWith(`${INTERNAL_DIR}/`)) return null
    return rel
  }

  abs(rel: string): string {
    return path.join(this.root, ...rel.split('/'))
  }

  /**
   * Checks a path the renderer sent: absolute, a .galley file (a folder named `x.galley` is refused),
   * inside the library after resolving symlinks, or explicitly opened by the user.
   */
  async article(input: string, explicit: (real: string) => boolean = () => false): Promise<ResolvedArticle> {
    if (input.includes('\0') || !path.isAbsolute(input)) {
      throw fail('BAD_PATH', 'Galley can only open articles from its library or files you chose. Nothing was changed.')
    }
    const name = path.basename(input)
    if (!isArticleName(name)) throw fail('NOT_GALLEY_FILE', `“${name}” is not a Galley article (.galley file). Nothing was changed.`)
    let real: string
    try {
      real = await this.fs.realpath(input)
    } catch (error) {
      throw readFailed(error, name)
    }
    const stat = await this.fs.stat(real).catch((error: unknown) => {
      throw readFailed(error, name)
    })
    if (!stat.isFile()) throw fail('NOT_A_FILE', `“${name}” is a folder, not an article. Nothing was changed.`)
    if (!isArticleName(path.basename(real))) throw fail('NOT_GALLEY_FILE', `“${name}” does not lead to a Galley article. Nothing was changed.`)
    const rel = this.rel(real)
    if (rel !== null) return { real, rel }
    if (explicit(real)) return { real, rel: null }
    if (isInside(this.root, path.resolve(input)) && !isInside(this.internal(), path.resolve(input))) {
      throw fail('OUTSIDE_LIBRARY', `“${name}” is a link that leads outside your library, so Galley will not open it. Nothing was changed.`)
    }
    throw fail('OUTSIDE_LIBRARY', `“${name}” is not in your library. Open it with File › Open to work on it. Nothing was changed.`)
  }

  /** A desk folder (relative, '/'-separated) resolved inside the library; created when asked. */
  async folder(relFolder: string, options: { create?: boolean } = {}): Promise<{ abs: string; rel: string }> {
    const segments = checkFolder(relFolder)
    const rel = segments.join('/')
    const abs = segments.length === 0 ? this.root : path.join(this.root, ...segments)
    if (options.create) {
      try {
        await this.fs.mkdir(abs, { recursive: true })
      } catch (error) {
        throw fail('WRITE_FAILED', `The folder “${rel}” could not be created (${errnoOf(error) ?? 'error'}).`, errnoOf(error))
      }
    }
    let real: string
    try {
      real = await this.fs.realpath(abs)
    } catch (error) {
      if (isNotFound(error)) throw fail('NOT_FOUND', `The folder “${rel}” does not exist in your library.`)
      throw error
    }
    if (real !== this.root && this.rel(real) === null) {
      throw fail('OUTSIDE_LIBRARY', `The folder “${rel}” leads outside your library, so Galley will not use it.`)
    }
    if (!(await this.fs.stat(real)).isDirectory()) throw fail('NOT_A_FOLDER', `“${rel}” is not a folder.`)
    return { abs: real, rel: real === this.root ? '' : (this.rel(real) ?? rel) }
  }
}
