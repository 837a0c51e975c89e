// Logs: rotation in the user-data folder, and never a word of an article in them.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseArticle } from '../../../shared/article/file'
import { GalleyError } from '../../../shared/ipc/errors'
import { FileLogger } from './FileLogger'
import { MemoryLogger, scrub } from './Logger'

const SECRET = 'The minister resigned after the leaked memo'

let dir: string
beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'galley-log-'))))
afterEach(async () => rm(dir, { recursive: true, force: true }))

describe('no article text in logs', () => {
  it('drops what parsers echo from the text they failed on', () => {
    const log = new MemoryLogger()
    try {
      JSON.parse(`${SECRET} {`)
    } catch (error) {
      log.logger.error('article could not be read', error, { file: '/desk/Memo.galley' })
    }
    try {
      parseArticle(`{"format":"galley.article","version":1,"id":"x","meta":{"headline":${JSON.stringify(SECRET)},"date":7}}`)
    } catch (error) {
      expect(error).toBeInstanceOf(GalleyError)
      log.logger.error('article invalid', error)
    }
    log.logger.error('save failed', new GalleyError('SAVE_FAILED', `Could not save “${SECRET}”`, SECRET))
    log.logger.warn('field too long', { field: 'headline', value: `"${SECRET}"` })
    const text = log.text()
    expect(text).toContain('article could not be read')
    expect(text).toContain('error=SyntaxError')
    expect(text).toContain('file=/desk/Memo.galley')
    for (const word of ['minister', 'resigned', 'leaked', 'memo ']) expect(text).not.toContain(word)
  })

  it('cuts long values short', () => {
    expect(scrub('x'.repeat(500)).length).toBe(160)
    expect(scrub(`path=/a/b 'quoted ${SECRET}' and “${SECRET}” and «${SECRET}»`)).toBe("path=/a/b '…' and “…” and «…»")
  })

  it('keeps where an error was thrown', () => {
    const log = new MemoryLogger()
    log.logger.error('boom', new Error('plain'))
    expect(log.entries[0]?.fields['stack']).toMatch(/Logger\.test\.ts/)
  })
})

describe('FileLogger', () => {
  it('writes lines to galley.log in the folder, with level and scope', async () => {
    const file = new FileLogger({ dir: path.join(dir, 'logs') })
    file.logger.child('spelling').info('dictionary loaded', { dictionary: 'ru', ms: 212 })
    file.logger.debug('not written at info level')
    const text = await readFile(path.join(dir, 'logs/galley.log'), 'utf8')
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO {2}\[main:spelling\] dictionary loaded dictionary=ru ms=212\n$/)
  })

  it('rotates at the size limit and keeps only so many old files', async () => {
    const file = new FileLogger({ dir, maxBytes: 1000, keep: 2 })
    for (let i = 0; i < 100; i++) file.logger.info('line', { i })
    expect((await readdir(dir)).sort()).toEqual(['galley.1.log', 'galley.2.log', 'galley.log'])
    for (const name of await readdir(dir)) expect((await readFile(path.join(dir, name))).length).toBeLessThanOrEqual(1000)
    expect(await readFile(path.join(dir, 'galley.log'), 'utf8')).toContain('i=99')
  })

  it('never throws when the folder cannot be written', async () => {
    // A file where the log folder should be: every write fails.
    await writeFile(path.join(dir, 'logs'), 'not a folder')
    const file = new FileLogger({ dir: path.join(dir, 'logs') })
    expect(() => file.logger.error('still fine', new Error('x'))).not.toThrow()
    expect(() => file.logger.info('and again')).not.toThrow()
  })
})
