// Fault injection: a save that fails at any step (ENOSPC, EACCES, EIO, EROFS) leaves the old file
// byte-identical, reports a plain-words error, never "saved", and keeps the edits. Plus a real full disk
// and a real read-only folder on a tiny tmpfs where the machine lets us mount one.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseArticle } from '../../../shared/article/file'
import { TEMP_PREFIX } from '../fs/atomicWrite'
import { nodeFs, type FsLike } from '../fs/FsLike'
import { LibraryService } from './LibraryService'
import { edit, testLibrary, type TestLibrary } from './testLibrary'

/** An fs that fails one named step (file-handle methods included) on the article's own file while armed. */
function faultyFs(target = 'Story.galley'): { fs: FsLike; arm(step: string, code: string): void; disarm(): void } {
  let armed: { step: string; code: string } | null = null
  const err = (step: string): NodeJS.ErrnoException => Object.assign(new Error(`${armed?.code}: injected at ${step}`), { code: armed?.code })
  const wrap =
    <K extends keyof FsLike>(name: K) =>
    (async (...args: unknown[]) => {
      if (armed?.step === name && String(args[0]).includes(target)) throw err(name)
      return (nodeFs[name] as (...a: unknown[]) => Promise<unknown>)(...args)
    }) as FsLike[K]
  const fs: FsLike = {
    ...nodeFs,
    readFile: wrap('readFile'),
    rename: wrap('rename'),
    chmod: wrap('chmod'),
    open: (async (...args: Parameters<FsLike['open']>) => {
      // Only the temp file of a save: opening the folder to fsync it is its own step ('syncDir').
      const isTemp = String(args[0]).includes(TEMP_PREFIX) && String(args[0]).includes(target)
      if (armed?.step === 'open' && isTemp) throw err('open')
      if (armed?.step === 'syncDir' && !String(args[0]).includes(TEMP_PREFIX) && !String(args[0]).endsWith('.galley')) throw err('syncDir')
      const handle = await nodeFs.open(...args)
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (isTemp && armed && prop === armed.step) return async () => Promise.reject(err(String(prop)))
          const v = Reflect.get(target, prop, receiver) as unknown
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
        },
      })
    }) as FsLike['open'],
  }
  return {
    fs,
    arm: (step, code) => {
      armed = { step, code }
    },
    disarm: () => {
      armed = null
    },
  }
}

let lib: TestLibrary | undefined
afterEach(async () => {
  await lib?.cleanup()
  lib = undefined
})

describe('a save that fails at any step', () => {
  const steps = ['readFile', 'open', 'writev', 'sync', 'chmod', 'rename']
  const codes: [string, RegExp][] = [
    ['ENOSPC', /the disk is full/],
    ['EACCES', /not allowed to write/],
    ['EIO', /the disk reported an error/],
    ['EROFS', /read-only/],
  ]
  it.each(steps)('leaves the old file byte-identical when %s fails, and keeps the edits', async (step) => {
    const faults = faultyFs()
    lib = await testLibrary({ fs: faults.fs })
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.rename(a.path, 'Story')
    const p = path.join(lib.dir, 'Story.galley')
    const opened = await lib.service.open(p)
    const before = await readFile(p)
    for (const [code, words] of codes) {
      const content = edit(opened, { paragraphs: [`edit that hit ${code} at ${step}`] })
      faults.arm(step, code)
      const attempt = lib.service.save(p, content, opened.revision)
      await expect(attempt).rejects.toMatchObject({ code: 'SAVE_FAILED', detail: code })
      await expect(attempt).rejects.toThrow(words)
      await expect(attempt).rejects.toThrow(/file on disk is unchanged and your edits are kept/)
      faults.disarm()
      expect(await readFile(p)).toEqual(before)
      expect((await readdir(lib.dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([])
      // The edits are in the recovery journal, and a later save goes through without a false conflict.
      const journal = (await lib.service.journal.journals()).find((r) => r.id === opened.article.id)
      expect(JSON.stringify(journal?.content.body)).toContain(`hit ${code} at ${step}`)
    }
    const ok = await lib.service.save(p, edit(opened, { paragraphs: ['finally saved'] }), opened.revision)
    expect(ok.status).toBe('saved')
    expect(JSON.stringify(parseArticle(await readFile(p, 'utf8')).article.body)).toContain('finally saved')
  }, 30_000)

  it('counts a save whose folder fsync failed after the rename as saved (the new bytes are in place)', async () => {
    const faults = faultyFs('Untitled.galley')
    lib = await testLibrary({ fs: faults.fs })
    const a = await lib.service.create({ templateId: 'news' })
    faults.arm('syncDir', 'EIO')
    const result = await lib.service.save(a.path, edit(a, { paragraphs: ['landed'] }), a.revision)
    faults.disarm()
    expect(result.status).toBe('saved')
    const next = await lib.service.save(result.path, edit(a, { paragraphs: ['again'] }), result.status === 'saved' ? result.revision : '')
    expect(next.status).toBe('saved')
  })

  it('save calls resolved out of order: the last call still wins (regression)', async () => {
    let delayFirst = true
    const slow: FsLike = {
      ...nodeFs,
      realpath: (async (...args: Parameters<FsLike['realpath']>) => {
        if (delayFirst && String(args[0]).endsWith('Story.galley')) {
          delayFirst = false
          await new Promise((r) => setTimeout(r, 50))
        }
        return nodeFs.realpath(...args)
      }) as FsLike['realpath'],
    }
    lib = await testLibrary({ fs: slow })
    const a = await lib.service.create({ templateId: 'news' })
    await lib.service.rename(a.path, 'Story')
    const p = path.join(lib.dir, 'Story.galley')
    const opened = await lib.service.open(p)
    delayFirst = true
    const first = lib.service.save(p, edit(opened, { paragraphs: ['older edit'] }), opened.revision)
    const second = lib.service.save(p, edit(opened, { paragraphs: ['newer edit'] }), opened.revision)
    await Promise.all([first, second])
    expect(JSON.stringify(parseArticle(await readFile(p, 'utf8')).article.body)).toContain('newer edit')
  })
})

/** Mounts a tmpfs of `size` at a fresh folder; null (with the reason) where the machine does not allow it. */
function mountTinyDisk(size: string): { dir: string; remount(options: string): void; unmount(): void } | { skipped: string } {
  const dir = execFileSync('mktemp', ['-d', path.join(tmpdir(), 'galley-tinyfs-XXXXXX')]).toString().trim()
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    execFileSync('rmdir', [dir])
    return { skipped: `cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})` }
  }
  return {
    dir,
    remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, dir], { stdio: 'pipe' }),
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'pipe' })
      execFileSync('rmdir', [dir])
    },
  }
}

describe('a real full disk and a real read-only folder', () => {
  it('ENOSPC and EROFS from the kernel leave the old file byte-identical', async (ctx) => {
    const disk = mountTinyDisk('256k')
    let fallback: string | null = null
    if ('skipped' in disk) fallback = disk.skipped
    const root = 'skipped' in disk ? await mkdtemp(path.join(tmpdir(), 'galley-devfull-')) : disk.dir
    const dir = path.join(root, 'Galley')
    await mkdir(dir, { recursive: true })
    // Where no tmpfs can be mounted, the temp file's bytes go to /dev/full: still a real ENOSPC from write(2).
    const devFull: FsLike = {
      ...nodeFs,
      open: (async (...args: Parameters<FsLike['open']>) => {
        const handle = await nodeFs.open(...args)
        if (!String(args[0]).includes(TEMP_PREFIX)) return handle
        const full = await nodeFs.open('/dev/full', 'w')
        return new Proxy(handle, {
          get(target, prop, receiver) {
            if (prop === 'writev') return (pieces: Uint8Array[]) => full.writev(pieces).finally(() => full.close())
            const v = Reflect.get(target, prop, receiver) as unknown
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
          },
        })
      }) as FsLike['open'],
    }
    if (fallback) console.warn(`Real ENOSPC: ${fallback}; using /dev/full for the temp file's bytes instead. EROFS is injected in the step tests.`)
    const service = new LibraryService({ dir: async () => dir, userDataDir: path.join(root, 'data'), watch: false, ...(fallback ? { fs: devFull } : {}) })
    try {
      await service.start()
      const a = await service.create({ templateId: 'news' })
      const p = a.path
      const before = await readFile(p)
      const huge = edit(a, { paragraphs: Array.from({ length: 40 }, (_, i) => `${i} ${'words that do not fit on this tiny disk '.repeat(300)}`) })
      const attempt = service.save(p, huge, a.revision)
      await expect(attempt).rejects.toMatchObject({ code: 'SAVE_FAILED', detail: 'ENOSPC' })
      await expect(attempt).rejects.toThrow(/the disk is full/)
      expect(await readFile(p)).toEqual(before)
      expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([])
      // A small edit still fits: nothing was left behind that fills the disk.
      expect((await service.save(p, edit(a, { paragraphs: ['short'] }), a.revision)).status).toBe('saved')

      if (!('skipped' in disk)) {
        const now = await readFile(p)
        disk.remount('ro')
        try {
          const ro = service.save(p, edit(a, { paragraphs: ['on a read-only disk'] }), parseRevision(await service.open(p)))
          await expect(ro).rejects.toMatchObject({ code: 'SAVE_FAILED', detail: 'EROFS' })
          await expect(ro).rejects.toThrow(/read-only/)
          expect(await readFile(p)).toEqual(now)
        } finally {
          disk.remount('rw')
        }
      } else ctx.annotate(fallback ?? '')
    } finally {
      await service.halt()
      if ('skipped' in disk) await rm(root, { recursive: true, force: true })
      else disk.unmount()
    }
  }, 30_000)
})

function parseRevision(opened: { revision: string }): string {
  return opened.revision
}
