import { chmod, lstat, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sweepTempFiles, TEMP_PREFIX, writeFileAtomic } from './atomicWrite'
import { nodeFs, type FsLike } from './FsLike'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-atomic-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

/** An fs whose `step` fails with `code`; the file handle's methods can fail too. */
function failingFs(step: string, code: string): FsLike {
  const err = (): NodeJS.ErrnoException => Object.assign(new Error(`${code}: injected at ${step}`), { code })
  return {
    ...nodeFs,
    open: (async (...args: Parameters<FsLike['open']>) => {
      if (step === 'open') throw err()
      const handle = await nodeFs.open(...args)
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === step) return async () => Promise.reject(err())
          const v = Reflect.get(target, prop, receiver) as unknown
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
        },
      })
    }) as FsLike['open'],
    rename: (async (...args: Parameters<FsLike['rename']>) => {
      if (step === 'rename') throw err()
      return nodeFs.rename(...args)
    }) as FsLike['rename'],
    chmod: (async (...args: Parameters<FsLike['chmod']>) => {
      if (step === 'chmod') throw err()
      return nodeFs.chmod(...args)
    }) as FsLike['chmod'],
  }
}

describe('writeFileAtomic', () => {
  it('creates and replaces a file', async () => {
    const file = path.join(dir, 'a.json')
    await writeFileAtomic(file, 'one')
    await writeFileAtomic(file, 'two')
    expect(await readFile(file, 'utf8')).toBe('two')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('writes data given in pieces, in order', async () => {
    const file = path.join(dir, 'pieces.json')
    await writeFileAtomic(file, [Buffer.from('{"a":'), Buffer.from('"b"'), Buffer.from('}')])
    expect(await readFile(file, 'utf8')).toBe('{"a":"b"}')
  })

  it('runs CPU work while the bytes are being written, once', async () => {
    let calls = 0
    await writeFileAtomic(path.join(dir, 'w.json'), 'data', { whileWriting: () => void calls++ })
    expect(calls).toBe(1)
  })

  it('keeps the permission bits of the file it replaces', async () => {
    const file = path.join(dir, 'private.json')
    await writeFile(file, 'old')
    await chmod(file, 0o600)
    await writeFileAtomic(file, 'new')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
  })

  it('writes through a symlink and keeps the link', async () => {
    const real = path.join(dir, 'real.json')
    const link = path.join(dir, 'link.json')
    await writeFile(real, 'old')
    await symlink(real, link)
    await writeFileAtomic(link, 'new')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe(real)
    expect(await readFile(real, 'utf8')).toBe('new')
  })

  it.each(['open', 'writeFile', 'sync', 'chmod', 'rename'])('leaves the old file byte-identical when %s fails', async (step) => {
    for (const code of ['ENOSPC', 'EACCES', 'EIO']) {
      const file = path.join(dir, 'story.json')
      await writeFile(file, 'the old text')
      await expect(writeFileAtomic(file, 'the new text', { fs: failingFs(step, code) })).rejects.toMatchObject({ code })
      expect(await readFile(file, 'utf8')).toBe('the old text')
      expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([])
    }
  })
})

describe('sweepTempFiles', () => {
  it('removes only temp files', async () => {
    await writeFile(path.join(dir, `${TEMP_PREFIX}story.json.abc`), 'half')
    await writeFile(path.join(dir, 'story.json'), 'whole')
    expect(await sweepTempFiles(dir)).toEqual([`${TEMP_PREFIX}story.json.abc`])
    expect(await readdir(dir)).toEqual(['story.json'])
    expect(await sweepTempFiles(path.join(dir, 'missing'))).toEqual([])
  })
})
