// Reading a .galley file from disk for the services and the CLI: a folder, a missing file or one too
// large to be an article gets a typed error before anything is parsed.
import { readFile, stat } from 'node:fs/promises'
import { MAX_FILE_BYTES, parseArticle, type ParsedArticle } from '../../../shared/article/file'
import { GalleyError } from '../../../shared/ipc/errors'

export async function readArticleFile(file: string): Promise<ParsedArticle> {
  const info = await stat(file).catch(() => null)
  if (!info) throw new GalleyError('FILE_NOT_FOUND', 'Galley cannot find this article. It may have been moved or deleted.')
  if (!info.isFile()) throw new GalleyError('NOT_A_FILE', 'This is a folder, not a Galley article.')
  if (info.size > MAX_FILE_BYTES) throw new GalleyError('FILE_TOO_LARGE', `This file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, more than a Galley article can be.`)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new GalleyError('FILE_UNREADABLE', 'Galley cannot read this article (you may not have permission to open it).')
  }
  return parseArticle(text)
}
