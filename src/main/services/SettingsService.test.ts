import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../shared/ipc/settings'
import { nodeFs, type FsLike } from './fs/FsLike'
import { SETTINGS_FILE, SettingsService } from './SettingsService'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-settings-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const fixedNow = (): Date => new Date('2026-11-28T10:15:30.000Z')

describe('SettingsService', () => {
  it('starts with defaults when there is no file', async () => {
    const service = new SettingsService({ userDataDir: dir })
    expect(await service.load()).toEqual(defaultSettings)
    expect(service.notices).toEqual([])
  })

  it('persists settings as pretty JSON and reads them back in a new instance', async () => {
    const first = new SettingsService({ userDataDir: dir })
    await first.load()
    await first.set({ publicationName: 'Kazakh Tribune', theme: 'dark' })
    const text = await readFile(path.join(dir, SETTINGS_FILE), 'utf8')
    expect(JSON.parse(text)).toMatchObject({ publicationName: 'Kazakh Tribune', theme: 'dark' })
    expect(text).toContain('\n  "theme": "dark"')
    const second = new SettingsService({ userDataDir: dir })
    expect(await second.load()).toMatchObject({ publicationName: 'Kazakh Tribune', theme: 'dark', autosave: true })
    expect(await readdir(dir)).toEqual([SETTINGS_FILE])
  })

  it('applies concurrent patches in order without losing any', async () => {
    const service = new SettingsService({ userDataDir: dir })
    await Promise.all([service.set({ theme: 'dark' }), service.set({ publicationName: 'A' }), service.set({ editorInChief: 'B' }), service.set({ theme: 'light' })])
    const reread = await new SettingsService({ userDataDir: dir }).load()
    expect(reread).toMatchObject({ theme: 'light', publicationName: 'A', editorInChief: 'B' })
  })

  it('tells listeners about changes', async () => {
    const seen: string[] = []
    const service = new SettingsService({ userDataDir: dir, onChange: (s) => seen.push(s.theme) })
    await service.set({ theme: 'dark' })
    expect(seen).toEqual(['dark'])
  })

  it.each([
    ['invalid JSON', '{"theme": "dark",'],
    ['a wrong value', '{"theme": "purple"}'],
    ['an array', '[1,2,3]'],
    ['an empty file', ''],
  ])('keeps a corrupt file aside and starts with defaults: %s', async (_name, content) => {
    await writeFile(path.join(dir, SETTINGS_FILE), content)
    const service = new SettingsService({ userDataDir: dir, now: fixedNow })
    expect(await service.load()).toEqual(defaultSettings)
    const kept = `${SETTINGS_FILE}.corrupt-2026-11-28T10-15-30-000Z`
    expect((await readdir(dir)).sort()).toEqual([kept])
    expect(await readFile(path.join(dir, kept), 'utf8')).toBe(content)
    expect(service.notices).toHaveLength(1)
    expect(service.notices[0]).toMatchObject({ code: 'SETTINGS_CORRUPT', detail: path.join(dir, kept) })
    expect(service.notices[0]?.message).toMatch(/started with default settings/)
    await service.set({ theme: 'dark' })
    expect(await new SettingsService({ userDataDir: dir }).load()).toMatchObject({ theme: 'dark' })
  })

  it('keeps older files that lack newer keys, and drops unknown keys', async () => {
    await writeFile(path.join(dir, SETTINGS_FILE), JSON.stringify({ theme: 'dark', someFutureKey: 1 }))
    const service = new SettingsService({ userDataDir: dir })
    expect(await service.load()).toEqual({ ...defaultSettings, theme: 'dark' })
    expect(service.notices).toEqual([])
  })

  it('refuses invalid patches without writing', async () => {
    const service = new SettingsService({ userDataDir: dir })
    await service.set({ theme: 'dark' })
    await expect(service.set({ theme: 'purple' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(service.set({ autosaveDelayMs: 1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(await new SettingsService({ userDataDir: dir }).load()).toMatchObject({ theme: 'dark', autosaveDelayMs: 1000 })
  })

  it('reports a failed write and keeps the old settings on disk and in memory', async () => {
    const good = new SettingsService({ userDataDir: dir })
    await good.set({ theme: 'dark' })
    const before = await readFile(path.join(dir, SETTINGS_FILE), 'utf8')
    const full: FsLike = { ...nodeFs, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) }
    const service = new SettingsService({ userDataDir: dir, fs: full })
    await service.load()
    await expect(service.set({ theme: 'light' })).rejects.toMatchObject({ code: 'SETTINGS_WRITE_FAILED', message: expect.stringContaining('ENOSPC') })
    expect(await service.get()).toMatchObject({ theme: 'dark' })
    expect(await readFile(path.join(dir, SETTINGS_FILE), 'utf8')).toBe(before)
    expect(await readdir(dir)).toEqual([SETTINGS_FILE])
  })
})
