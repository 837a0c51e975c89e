import { chmod, lstat, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
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
    link: (async (...args: Parameters<FsLike['link']>) => {
      if (step === 'link') throw err()
      return nodeFs.link(...args)
    }) as FsLike['link'],
  }
}

/** An fs whose file handles write at most `most` bytes per call, as a kernel may. */
function shortWritesFs(most: number): FsLike {
  return {
    ...nodeFs,
    open: (async (...args: Parameters<FsLike['open']>) => {
      const handle = await nodeFs.open(...args)
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writev') return (pieces: Uint8Array[]) => target.writev([(pieces[0] as Uint8Array).subarray(0, most)])
          const v = Reflect.get(target, prop, receiver) as unknown
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
        },
      })
    }) as FsLike['open'],
  }
}

const BIG = 2 * 1024 * 1024

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

  it('waits for asynchronous work done alongside the write, even when the write fails', async () => {
    let done = false
    const work = async (): Promise<void> => {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
      done = true
    }
    await writeFileAtomic(path.join(dir, 'w.json'), 'data', { whileWriting: work })
    expect(done).toBe(true)
    done = false
    await expect(writeFileAtomic(path.join(dir, 'w.json'), 'other', { fs: failingFs('open', 'EIO'), whileWriting: work })).rejects.toMatchObject({ code: 'EIO' })
    expect(done).toBe(true)
    expect(await readFile(path.join(dir, 'w.json'), 'utf8')).toBe('data')
  })

  it('finishes a write the kernel took only in part', async () => {
    const file = path.join(dir, 'short.json')
    const pieces = [Buffer.from('{"head":'), Buffer.from(`"${'x'.repeat(10_000)}"`), Buffer.from('}')]
    await writeFileAtomic(file, pieces, { fs: shortWritesFs(777) })
    expect(await readFile(file)).toEqual(Buffer.concat(pieces))
  })

  it('replaces a large file and leaves no second name of the old one behind', async () => {
    const file = path.join(dir, 'big.json')
    await writeFile(file, Buffer.alloc(BIG, 1))
    await writeFileAtomic(file, [Buffer.alloc(BIG, 2), Buffer.from('end')])
    const bytes = await readFile(file)
    expect(bytes.length).toBe(BIG + 3)
    expect(bytes[0]).toBe(2)
    // The old version's second name is removed just after the save returns.
    await vi.waitFor(async () => expect(await readdir(dir)).toEqual(['big.json']))
  })

  it('replaces a large file where hard links are refused', async () => {
    const file = path.join(dir, 'big.json')
    await writeFile(file, Buffer.alloc(BIG, 1))
    await writeFileAtomic(file, Buffer.alloc(BIG, 2), { fs: failingFs('link', 'EPERM') })
    expect((await readFile(file))[0]).toBe(2)
    expect(await readdir(dir)).toEqual(['big.json'])
  })

  it('leaves a large old file byte-identical, with no extra names, when the rename fails', async () => {
    const file = path.join(dir, 'big.json')
    const old = Buffer.alloc(BIG, 1)
    await writeFile(file, old)
    await expect(writeFileAtomic(file, Buffer.alloc(BIG, 2), { fs: failingFs('rename', 'EIO') })).rejects.toMatchObject({ code: 'EIO' })
    // (Buffer.equals: a deep toEqual walks two million bytes one by one.)
    expect((await readFile(file)).equals(old)).toBe(true)
    expect(await readdir(dir)).toEqual(['big.json'])
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

  it.each(['open', 'writev', 'sync', 'chmod', 'rename'])('leaves the old file byte-identical when %s fails', async (step) => {
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
