// Reading and writing article files for the commands.
import { readFile, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { FILE_EXTENSION, MAX_FILE_BYTES, parseArticle, serializeArticle, type Article, type ParsedArticle } from '../../shared/article/file'
import { GalleyError } from '../../shared/ipc/errors'
import { writeFileAtomic } from '../../main/services/fs/atomicWrite'

export async function readArticleFile(file: string): Promise<ParsedArticle> {
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new GalleyError('NOT_A_FILE', 'This is a folder, not a Galley article.')
    size = info.size
  } catch (error) {
    if (error instanceof GalleyError) throw error
    throw new GalleyError('FILE_NOT_FOUND', 'Galley cannot find this file.')
  }
  if (size > MAX_FILE_BYTES) throw new GalleyError('FILE_TOO_LARGE', `This file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, more than a Galley article can be.`)
  return parseArticle(await readFile(file, 'utf8'))
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/** Writes an article atomically; refuses to replace an existing file unless `force`. */
export async function writeArticleFile(file: string, article: Article, force: boolean): Promise<void> {
  if (!force && (await exists(file))) throw new GalleyError('FILE_EXISTS', `${path.basename(file)} already exists; nothing was overwritten (use --force to replace it).`)
  await writeFileAtomic(file, serializeArticle(article))
}

export function withExtension(file: string, extension: string): string {
  const ext = path.extname(file)
  return `${ext ? file.slice(0, -ext.length) : file}${extension}`
}

export function galleyName(input: string): string {
  return withExtension(path.basename(input), FILE_EXTENSION)
}
