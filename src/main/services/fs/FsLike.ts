// The subset of node:fs/promises the services use, injectable so tests can fail any step on purpose.
import * as fsp from 'node:fs/promises'

export type FsLike = Pick<
  typeof fsp,
  | 'open'
  | 'readFile'
  | 'writeFile'
  | 'rename'
  | 'unlink'
  | 'stat'
  | 'lstat'
  | 'realpath'
  | 'readdir'
  | 'mkdir'
  | 'chmod'
  | 'copyFile'
  | 'rm'
  | 'utimes'
  | 'link'
>

export const nodeFs: FsLike = fsp
