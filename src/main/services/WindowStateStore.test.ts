import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WindowStateStore } from './WindowStateStore'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-winstate-'))
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

describe('WindowStateStore', () => {
  it('remembers size, position and maximized state across instances', async () => {
    await new WindowStateStore(dir).save({ x: 40, y: 60, width: 1200, height: 800, maximized: true })
    expect(await new WindowStateStore(dir).load()).toEqual({ x: 40, y: 60, width: 1200, height: 800, maximized: true })
    expect(JSON.parse(await readFile(path.join(dir, 'window-state.json'), 'utf8'))).toMatchObject({ width: 1200 })
  })

  it('has nothing to say before the first save', async () => {
    expect(await new WindowStateStore(dir).load()).toBeUndefined()
  })

  it('ignores a damaged or nonsensical file instead of failing to open the window', async () => {
    await writeFile(path.join(dir, 'window-state.json'), '{"width": ')
    expect(await new WindowStateStore(dir).load()).toBeUndefined()
    await writeFile(path.join(dir, 'window-state.json'), '{"width": -5, "height": "tall"}')
    expect(await new WindowStateStore(dir).load()).toBeUndefined()
  })

  it('refuses to save nonsense', async () => {
    await expect(new WindowStateStore(dir).save({ width: 5, height: 5 })).rejects.toThrow()
  })
})
