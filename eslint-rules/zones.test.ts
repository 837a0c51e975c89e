// Proves the zone rule fires: each fixture in tests/fixtures/lint is linted as if it lived at the path
// its first line names, through the project's real ESLint config.
import { ESLint } from 'eslint'
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { zoneOf } from './zones.js'

const root = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(root, 'tests/fixtures/lint')
const eslint = new ESLint({ cwd: root, ignore: false })

async function zoneErrors(file: string): Promise<string[]> {
  const text = readFileSync(path.join(fixtures, file), 'utf8')
  const as = /^\/\/ as: (\S+)/.exec(text)?.[1]
  if (!as) throw new Error(`${file} does not say where it pretends to live`)
  const [result] = await eslint.lintText(text, { filePath: path.join(root, as) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'galley/zones').map((m) => m.message)
}

describe('galley/zones', () => {
  const bad = readdirSync(fixtures).filter((f) => f !== 'allowed.ts')

  it.each(bad)('fires on %s', async (file) => {
    const errors = await zoneErrors(file)
    expect(errors.length, `no zone error for ${file}`).toBeGreaterThan(0)
  })

  it('names the rule broken in plain words', async () => {
    expect(await zoneErrors('shared-imports-node.ts')).toEqual([expect.stringContaining('Node built-in "node:fs/promises" cannot be used in zone "shared"')])
    expect(await zoneErrors('renderer-imports-main.ts')).toEqual([expect.stringContaining('Zone "renderer" may not import from zone "main"')])
    expect(await zoneErrors('services-import-electron.ts')).toEqual([expect.stringContaining('`electron` may only be imported by')])
  })

  it('stays quiet on allowed imports', async () => {
    expect(await zoneErrors('allowed.ts')).toEqual([])
  })

  it('maps paths to zones', () => {
    expect(zoneOf('src/main/index.ts')).toBe('main-entry')
    expect(zoneOf('src/main/electron/windows.ts')).toBe('main-electron')
    expect(zoneOf('src/main/services/X.ts')).toBe('main-services')
    expect(zoneOf('src/main/handlers.ts')).toBe('main')
    expect(zoneOf('src/renderer/src/App.tsx')).toBe('renderer')
    expect(zoneOf('tests/e2e/x.ts')).toBeNull()
  })
})
