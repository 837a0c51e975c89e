// Reading and writing article files for the commands.
import { stat } from 'node:fs/promises'
import * as path from 'node:path'
import { FILE_EXTENSION, serializeArticle, type Article } from '../../shared/article/file'
import { GalleyError } from '../../shared/ipc/errors'
import { writeFileAtomic } from '../../main/services/fs/atomicWrite'

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
