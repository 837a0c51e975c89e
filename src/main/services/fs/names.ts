// Naming and finding files the way every service does: a file name from a headline, is-it-a-folder.
import { stat } from 'node:fs/promises'

/**
 * A file name (without extension) from a headline: no control characters, path separators or
 * characters Windows refuses, no leading dots, at most 80 characters; `fallback` when nothing is left.
 */
export function fileNameFor(headline: string, fallback: string): string {
  const clean = headline
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim()
  return clean || fallback
}

/** True when `dir` exists and is a folder. */
export async function isFolder(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => null))?.isDirectory() ?? false
}
