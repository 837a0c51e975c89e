import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileNameFor, isFolder } from './names'

describe('fileNameFor', () => {
  it('keeps the headline readable and safe on every file system', () => {
    expect(fileNameFor('Bridge: 40,000 cars?', 'x')).toBe('Bridge 40,000 cars')
    expect(fileNameFor('Line\u0007one\ttwo', 'x')).toBe('Line one two')
    expect(fileNameFor('..hidden', 'x')).toBe('hidden')
    expect(fileNameFor('  /  ', 'Article')).toBe('Article')
    expect(fileNameFor('Город, который держит слово', 'x')).toBe('Город, который держит слово')
    expect(fileNameFor('y'.repeat(200), 'x')).toHaveLength(80)
  })
})

describe('isFolder', () => {
  it('is true for folders only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'galley-names-'))
    await writeFile(path.join(dir, 'f'), '')
    expect(await isFolder(dir)).toBe(true)
    expect(await isFolder(path.join(dir, 'f'))).toBe(false)
    expect(await isFolder(path.join(dir, 'missing'))).toBe(false)
  })
})
