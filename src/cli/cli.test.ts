// The real `galley` binary, run as a child process the way an editor runs it.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle, serializeArticle } from '../shared/article/file'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
const BIN = path.join(ROOT, (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { galley: string } }).bin.galley)
const FIXTURES = path.join(ROOT, 'tests/fixtures/import')

interface Result {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

let dir = ''
async function galley(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' }, timeout: 120_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
const failureLines = (stderr: string): string[] => stderr.split('\n').filter((l) => /^[^:]+: [A-Z_]+: /.test(l))

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-cli-'))
  await copyFile(path.join(FIXTURES, 'editorial-crlf.txt'), path.join(dir, 'editorial.txt'))
  await copyFile(path.join(FIXTURES, 'feature.md'), path.join(dir, 'feature.md'))
  await copyFile(path.join(FIXTURES, 'editorial-ru.cp1251.txt'), path.join(dir, 'ru.txt'))
})

describe('galley (the binary)', () => {
  it('prints help for the program and every command, and its version', async () => {
    const top = await galley('--help')
    expect(top.code).toBe(0)
    for (const c of ['new', 'import', 'export', 'info', 'check', 'templates']) {
      expect(top.stdout).toContain(`  ${c}`)
      const help = await galley(c, '--help')
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: galley ${c}`))
    }
    expect((await galley('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  }, 120_000)

  it('exits 2 on wrong usage, with the reason on stderr', async () => {
    for (const args of [['frobnicate'], ['new', 'x.galley'], ['new', 'x.galley', '--template', 'nope'], ['import'], ['export', 'a.galley'], ['export', 'a.galley', '-o', 'a.xyz'], ['info', '--bogus', 'a.galley'], ['new', 'x.galley', '-t', 'news', '--set', 'date=July'], ['export', 'a.galley', '--to', 'md', '--columns', '9']]) {
      const r = await galley(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/galley/)
      expect(r.stdout).toBe('')
    }
  }, 120_000)

  it('new: creates an article from a template with fields set, and will not overwrite without --force', async () => {
    const r = await galley('new', 'leader.galley', '--template', 'editorial', '--set', 'headline=A City That Keeps Its Promises', '--set', 'editorInChief=Jane Doe', '--set', 'date=2020-07-08', '--set', 'language=ru', '--set', 'fields.rating=4')
    expect(r).toMatchObject({ code: 0, stdout: 'leader.galley\n' })
    const { article } = parseArticle(await readFile(path.join(dir, 'leader.galley'), 'utf8'))
    expect(article.meta).toMatchObject({ template: 'editorial', headline: 'A City That Keeps Its Promises', editorInChief: 'Jane Doe', date: '2020-07-08', language: 'ru', fields: { rating: '4' } })
    expect(article.layout.masthead).toBe('editorial')
    const again = await galley('new', 'leader.galley', '--template', 'news')
    expect(again.code).toBe(1)
    expect(failureLines(again.stderr)).toEqual([expect.stringMatching(/^leader\.galley: FILE_EXISTS: /)])
    expect((await galley('new', 'leader.galley', '--template', 'news', '--force')).code).toBe(0)
  }, 60_000)

  it('import → info --json: the editorial’s fields, counts and outline', async () => {
    const r = await galley('import', 'editorial.txt')
    expect(r).toMatchObject({ code: 0, stdout: 'editorial.galley\n' })
    const info = await galley('info', 'editorial.galley', '--json')
    expect(info.code).toBe(0)
    const json = JSON.parse(info.stdout) as Record<string, Record<string, unknown>>
    expect(json['meta']).toMatchObject({ headline: 'A City That Keeps Its Promises', editorInChief: 'Jane Doe', date: '2020-07-08', template: 'editorial', language: 'en' })
    expect(json['stats']).toMatchObject({ words: expect.any(Number), characters: expect.any(Number), paragraphs: 7 })
    expect((json['stats'] as { words: number }).words).toBeGreaterThan(100)
    expect(json['outline']).toEqual(['Housing is next', 'What the city owes'])
    const text = await galley('info', 'editorial.galley')
    expect(text.stdout).toMatch(/Headline\s+A City That Keeps Its Promises/)
  }, 60_000)

  it('import honours --encoding and --template', async () => {
    const r = await galley('import', 'ru.txt', '-o', 'ru.galley', '--encoding', 'windows-1251', '--template', 'op-ed')
    expect(r.code).toBe(0)
    const { article } = parseArticle(await readFile(path.join(dir, 'ru.galley'), 'utf8'))
    expect(article.meta).toMatchObject({ headline: 'Город, который держит слово', template: 'op-ed', language: 'ru' })
  }, 60_000)

  it('a batch goes on past a bad file and reports every failure at the end, one line each', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '')
    await writeFile(path.join(dir, 'broken.docx'), 'PK\u0003\u0004garbage')
    const r = await galley('import', 'feature.md', 'empty.txt', 'editorial.txt', 'broken.docx', '--out-dir', 'batch')
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['batch/feature.galley', 'batch/editorial.galley'])
    expect(failureLines(r.stderr)).toEqual([
      expect.stringMatching(/^empty\.txt: EMPTY_FILE: This file is empty/),
      expect.stringMatching(/^broken\.docx: FILE_DAMAGED: This Word document is damaged/),
    ])
    // Piped, not a terminal: no progress bar drawn.
    expect(r.stderr).not.toContain('\r')
  }, 60_000)

  it('export: every format, with -o and with --to/--out-dir, and a bad file in the batch', async () => {
    for (const [out, check] of [
      ['leader.docx', (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK')],
      ['leader.html', (b: Buffer) => expect(b.toString()).toMatch(/^<!DOCTYPE html>[\s\S]*<article>[\s\S]*A City That Keeps Its Promises/)],
      ['leader.md', (b: Buffer) => expect(b.toString()).toMatch(/^---\ntemplate: editorial\n/)],
      ['leader.txt', (b: Buffer) => expect(b.toString()).toMatch(/^Editor in Chief: Jane Doe {2}Wednesday, July 8, 2020\n\nA City That Keeps Its Promises\n/)],
    ] as const) {
      const r = await galley('export', 'editorial.galley', '-o', out)
      expect(r, out).toMatchObject({ code: 0, stdout: `${out}\n` })
      check(await readFile(path.join(dir, out)))
    }
    const body = await galley('export', 'editorial.galley', '--to', 'html', '--body-only', '--out-dir', 'cms')
    expect(body).toMatchObject({ code: 0, stdout: 'cms/editorial.body.html\n' })
    expect(await readFile(path.join(dir, 'cms/editorial.body.html'), 'utf8')).toMatch(/^<p dir="(auto|ltr)">When the river bridge/)
    await writeFile(path.join(dir, 'bad.galley'), '{"format":"galley.article"')
    const batch = await galley('export', 'editorial.galley', 'bad.galley', 'batch/feature.galley', '--to', 'md', '--out-dir', 'web', '--page-size', 'A3', '--columns', '4')
    expect(batch.code).toBe(1)
    expect(batch.stdout.split('\n').filter(Boolean)).toEqual(['web/editorial.md', 'web/feature.md'])
    expect(failureLines(batch.stderr)).toEqual([expect.stringMatching(/^bad\.galley: NOT_JSON: /)])
  }, 120_000)

  it('export to pdf says which formats this build writes', async () => {
    const r = await galley('export', 'editorial.galley', '-o', 'x.pdf')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('formats: docx, html, html-body, md, txt')
  }, 60_000)

  it('check: valid files pass, damaged ones fail with their code, every file is checked', async () => {
    const ok = await galley('check', 'editorial.galley', 'leader.galley')
    expect(ok).toMatchObject({ code: 0 })
    expect(ok.stdout).toContain('editorial.galley: valid')
    const { article } = parseArticle(await readFile(path.join(dir, 'editorial.galley'), 'utf8'))
    const noImage = { ...article, body: { root: { ...article.body.root, children: [...article.body.root.children, { type: 'image', version: 1, asset: 'a'.repeat(64), altText: '', caption: '', credit: '', width: 'column' }] } } }
    await writeFile(path.join(dir, 'noimage.galley'), serializeArticle(noImage as typeof article))
    await writeFile(path.join(dir, 'wrong.galley'), JSON.stringify({ ...article, meta: { ...article.meta, date: 'July 8' } }))
    const bad = await galley('check', 'wrong.galley', 'editorial.galley', 'noimage.galley', 'missing.galley')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('editorial.galley: valid')
    expect(failureLines(bad.stderr)).toEqual([
      expect.stringMatching(/^wrong\.galley: FILE_INVALID: .*date/),
      expect.stringMatching(/^noimage\.galley: IMAGE_MISSING: /),
      expect.stringMatching(/^missing\.galley: FILE_NOT_FOUND: /),
    ])
  }, 60_000)

  it('templates lists the templates, as text and as JSON', async () => {
    const json = await galley('templates', '--json')
    expect(json.code).toBe(0)
    const list = JSON.parse(json.stdout) as { id: string }[]
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['news', 'editorial', 'interview']))
    expect((await galley('templates')).stdout).toMatch(/^editorial\s+Editorial/m)
  }, 60_000)
})
