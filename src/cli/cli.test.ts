// The real `galley` binary, run as a child process the way an editor runs it.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, pageBreak, paragraph, subhead } from '../shared/article/body'
import { createArticle, parseArticle, serializeArticle, type Article } from '../shared/article/file'
import { BUILT_IN_TEMPLATES } from '../shared/templates/builtins'
import { checkArticle } from '../shared/templates/checklist'
import { serializeTemplate } from '../shared/templates/file'
import { editorial } from '../shared/templates/builtins/editorial'

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
/** Galley's preferences and library for the runs: temporary folders, so the machine's own never count. */
let env: Record<string, string> = {}
async function galley(...args: string[]): Promise<Result> {
  return galleyWith({}, ...args)
}
async function galleyWith(extraEnv: Record<string, string>, ...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0', ...env, ...extraEnv }, timeout: 120_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
const failureLines = (stderr: string): string[] => stderr.split('\n').filter((l) => /^[^:]+: [A-Z_]+: /.test(l))

const MM_PER_PT = 25.4 / 72
interface PdfInfo {
  readonly pages: number
  /** Page (media box) and trim box, in millimetres. */
  readonly pageMm: [number, number]
  readonly trimMm: [number, number]
  readonly bleedMm: [number, number]
}
/** What poppler's pdfinfo reads from a PDF: it fails on a file that is not a valid PDF. */
async function pdfinfo(file: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', ['-box', path.join(dir, file)])
  const box = (name: string): [number, number] => {
    const [x0, y0, x1, y1] = new RegExp(`^${name}:\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)`, 'm').exec(stdout)!.slice(1).map(Number) as [number, number, number, number]
    return [(x1 - x0) * MM_PER_PT, (y1 - y0) * MM_PER_PT]
  }
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]), pageMm: box('MediaBox'), trimMm: box('TrimBox'), bleedMm: box('BleedBox') }
}
const expectMm = (actual: [number, number], width: number, height: number) => {
  expect(Math.abs(actual[0] - width), `width ${actual[0]} mm`).toBeLessThan(0.5)
  expect(Math.abs(actual[1] - height), `height ${actual[1]} mm`).toBeLessThan(0.5)
}

const CUSTOM = { ...editorial, id: 'custom-leader', name: 'Our leader', group: 'custom' as const, description: 'The house leader: one claim, three sections.', target: { unit: 'words' as const, min: 300, max: 500 }, layout: { ...editorial.layout, columns: 3 } }

/** An editorial that passes its checklist: every required field, no placeholder, 600–1,200 words. */
function readyEditorial(): Article {
  const sentence = 'The council kept its word on the bridge, and the city should hold it to the same standard on housing. '
  const para = (n: number) => paragraph(sentence.repeat(n).trim())
  return createArticle({
    id: '0b7c1f0e-2f4a-4c1e-9a55-0f4d7e2b9c11',
    now: new Date('2020-07-08T09:00:00Z'),
    meta: { template: 'editorial', headline: 'A City That Keeps Its Promises', editorInChief: 'Jane Doe', date: '2020-07-08', target: editorial.target },
    layout: editorial.layout,
    body: body([para(6), subhead('Housing is next'), para(6), subhead('What the city owes'), para(6), pageBreak('page'), para(8), pageBreak('page'), para(8)]),
  })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-cli-'))
  env = { GALLEY_USER_DATA_DIR: path.join(dir, '.data'), GALLEY_LIBRARY_DIR: path.join(dir, 'Library') }
  await mkdir(env['GALLEY_USER_DATA_DIR']!, { recursive: true })
  await writeFile(path.join(env['GALLEY_USER_DATA_DIR']!, 'settings.json'), JSON.stringify({ publicationName: 'The Riverside Courier', editorInChief: 'Maryam Haidari', datelinePlace: 'Kabul' }))
  await mkdir(path.join(env['GALLEY_LIBRARY_DIR']!, '.galley/templates'), { recursive: true })
  await writeFile(path.join(env['GALLEY_LIBRARY_DIR']!, '.galley/templates/custom-leader.galley-template'), serializeTemplate(CUSTOM))
  await writeFile(path.join(dir, 'ready.galley'), serializeArticle(readyEditorial()))
  await mkdir(path.join(dir, 'Other'))
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

  it('new: creates an article from the real template with the publication’s defaults and --set fields, and will not overwrite without --force', async () => {
    const r = await galley('new', 'leader.galley', '--template', 'editorial', '--set', 'headline=A City That Keeps Its Promises', '--set', 'editorInChief=Jane Doe', '--set', 'date=2020-07-08', '--set', 'language=ru', '--set', 'fields.mood=calm')
    expect(r).toMatchObject({ code: 0, stdout: 'leader.galley\n' })
    const { article } = parseArticle(await readFile(path.join(dir, 'leader.galley'), 'utf8'))
    expect(article.meta).toMatchObject({ template: 'editorial', headline: 'A City That Keeps Its Promises', editorInChief: 'Jane Doe', date: '2020-07-08', language: 'ru', section: 'Opinion', publication: 'The Riverside Courier', target: editorial.target, fields: { mood: 'calm' } })
    // The template's skeleton (placeholder text to write over) and its print layout.
    expect(article.body).toEqual(editorial.skeleton)
    expect(article.layout).toMatchObject(editorial.layout)
    const again = await galley('new', 'leader.galley', '--template', 'news')
    expect(again.code).toBe(1)
    expect(failureLines(again.stderr)).toEqual([expect.stringMatching(/^leader\.galley: FILE_EXISTS: /)])
    expect((await galley('new', 'leader.galley', '--template', 'news', '--force')).code).toBe(0)
    await galley('new', 'leader.galley', '--template', 'editorial', '--set', 'headline=A City That Keeps Its Promises', '--set', 'editorInChief=Jane Doe', '--set', 'date=2020-07-08', '--force')
  }, 60_000)

  it('new: the dateline follows --set date and the preferences’ city; a template’s own fields and custom templates work', async () => {
    const news = await galley('new', 'story.galley', '-t', 'news', '--set', 'date=2020-09-08', '--set', 'byline=By Ana Smith')
    expect(news.code).toBe(0)
    expect(parseArticle(await readFile(path.join(dir, 'story.galley'), 'utf8')).article.meta).toMatchObject({ dateline: 'KABUL, Sept. 8 —', date: '2020-09-08', byline: 'By Ana Smith', section: 'News' })
    expect((await galley('new', 'review.galley', '-t', 'review', '--set', 'rating=4', '--set', 'workReviewed=The Kite Runner')).code).toBe(0)
    expect(parseArticle(await readFile(path.join(dir, 'review.galley'), 'utf8')).article.meta.fields).toMatchObject({ rating: '4', workReviewed: 'The Kite Runner' })
    expect((await galley('new', 'house.galley', '-t', 'custom-leader')).code).toBe(0)
    const house = parseArticle(await readFile(path.join(dir, 'house.galley'), 'utf8')).article
    expect(house.meta).toMatchObject({ template: 'custom-leader', editorInChief: 'Maryam Haidari', target: CUSTOM.target })
    expect(house.layout.columns).toBe(3)
    // Another library has no such template: wrong usage, with the templates there are.
    const other = await galley('new', 'x.galley', '-t', 'custom-leader', '--library', 'Other')
    expect(other.code).toBe(2)
    expect(other.stderr).toContain('there is no template “custom-leader” (templates: editorial, news, op-ed')
    expect((await galley('new', 'x.galley', '-t', 'news', '--library', 'Nowhere')).code).toBe(2)
    expect((await galley('new', 'x.galley', '-t', 'review', '--set', 'stars=5')).stderr).toMatch(/unknown field “stars” \(fields: .*rating/)
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

  it('import takes its template from the real set: layout, target and the publication’s defaults follow it', async () => {
    const recognised = parseArticle(await readFile(path.join(dir, 'editorial.galley'), 'utf8')).article
    expect(recognised.meta).toMatchObject({ template: 'editorial', publication: 'The Riverside Courier', editorInChief: 'Jane Doe', section: 'Opinion', target: editorial.target })
    expect(recognised.layout).toMatchObject(editorial.layout)
    expect((await galley('import', 'editorial.txt', '-o', 'brief.galley', '--template', 'brief')).code).toBe(0)
    const brief = parseArticle(await readFile(path.join(dir, 'brief.galley'), 'utf8')).article
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'brief')!
    expect(brief.meta).toMatchObject({ template: 'brief', target: template.target })
    expect(brief.layout).toMatchObject(template.layout)
    expect((await galley('import', 'editorial.txt', '-o', 'house-import.galley', '--template', 'custom-leader')).code).toBe(0)
    expect(parseArticle(await readFile(path.join(dir, 'house-import.galley'), 'utf8')).article.layout.columns).toBe(3)
    const wrong = await galley('import', 'editorial.txt', '-o', 'x.galley', '--template', 'sports')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/there is no template “sports” \(templates: editorial, news, op-ed, feature, analysis, interview, brief, obituary, review, letter, custom-leader\)/)
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
      ['leader.txt', (b: Buffer) => expect(b.toString()).toMatch(/^Editor in Chief: Jane Doe {2}Wednesday, July 8th, 2020\n\nA City That Keeps Its Promises\n/)],
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

  it('export to PDF: a valid print-ready PDF at the page size asked for, with the pages expected', async () => {
    const a4 = await galley('export', 'ready.galley', '-o', 'ready.pdf')
    expect(a4).toMatchObject({ code: 0, stdout: 'ready.pdf\n', stderr: '' })
    const info = await pdfinfo('ready.pdf')
    // Two page breaks in the text: three pages, on the editorial template's A4.
    expect(info.pages).toBe(3)
    expectMm(info.pageMm, 210, 297)
    expectMm(info.trimMm, 210, 297)
    const custom = await galley('export', 'ready.galley', '-o', 'custom.pdf', '--page-size', '280x430mm', '--columns', '4')
    expect(custom.code).toBe(0)
    expectMm((await pdfinfo('custom.pdf')).pageMm, 280, 430)
    const text = (await run('pdftotext', [path.join(dir, 'ready.pdf'), '-'])).stdout
    expect(text).toContain('A City That Keeps Its Promises')
    expect(text).toContain('Editor in Chief: Jane Doe')
    expect(text).toContain('Wednesday, July 8th, 2020')
  }, 120_000)

  it('export to PDF in a batch: bleed and crop marks on every file, a bad file reported at the end, the others written', async () => {
    await writeFile(path.join(dir, 'bad.galley'), '{"format":"galley.article"')
    const r = await galley('export', 'ready.galley', 'bad.galley', 'editorial.galley', '--to', 'pdf', '--out-dir', 'print', '--page-size', 'Tabloid', '--bleed', '3', '--crop-marks')
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['print/ready.pdf', 'print/editorial.pdf'])
    expect(failureLines(r.stderr)).toEqual([expect.stringMatching(/^bad\.galley: NOT_JSON: /)])
    // Exported anyway, with a warning, when the checklist still has blockers (the imported editorial is short).
    expect(r.stderr).toMatch(/^editorial\.galley: warning: not ready for print: 1 thing stands in the way/m)
    for (const [file, pages] of [['print/ready.pdf', 3], ['print/editorial.pdf', 1]] as const) {
      const info = await pdfinfo(file)
      expect(info.pages).toBe(pages)
      expectMm(info.trimMm, 279.4, 431.8)
      expectMm(info.bleedMm, 285.4, 437.8)
      // Crop marks stand in a slug outside the bleed.
      expect(info.pageMm[0]).toBeGreaterThan(info.bleedMm[0] + 5)
    }
  }, 120_000)

  it('export to PDF names what to install, or the wrong path, when there is no Chromium', async () => {
    const r = await galleyWith({ GALLEY_CHROMIUM: path.join(dir, 'no-chromium') }, 'export', 'ready.galley', '-o', 'none.pdf')
    expect(r.code).toBe(1)
    expect(failureLines(r.stderr)).toEqual([expect.stringMatching(/: CHROMIUM_NOT_FOUND: There is no Chromium at .*no-chromium \(given with GALLEY_CHROMIUM\)\.$/)])
    expect((await galley('export', 'ready.galley', '-o', 'none.pdf', '--chromium', '/nowhere/chrome')).stderr).toContain('/nowhere/chrome: CHROMIUM_NOT_FOUND')
  }, 60_000)

  it('check: prints the inspector’s checklist; 0 when every file is ready, 1 when anything blocks print or a file is damaged', async () => {
    const ok = await galley('check', 'ready.galley')
    expect(ok).toMatchObject({ code: 0, stderr: '' })
    const words = checkArticle(readyEditorial(), editorial).words
    expect(words).toBeGreaterThan(600)
    expect(ok.stdout).toBe(`ready.galley: ready for print (Editorial, ${words} words (target 600–1,200))\n`)

    const { article } = parseArticle(await readFile(path.join(dir, 'leader.galley'), 'utf8'))
    const expected = checkArticle(article, editorial)
    expect(expected.ready).toBe(false)
    const notReady = await galley('check', 'leader.galley', 'ready.galley')
    expect(notReady.code).toBe(1)
    // The same items, in the same order, as checkArticle gives the inspector.
    const printed = notReady.stdout.split('\n').filter((l) => l.startsWith('  ✗ ') || l.startsWith('  · ')).map((l) => l.slice(4))
    expect(printed).toEqual(expected.items.map((i) => i.message))
    expect(notReady.stdout).toMatch(/^leader\.galley: not ready for print: \d+ things stand in the way \(Editorial, /)
    expect(failureLines(notReady.stderr)).toEqual([expect.stringMatching(/^leader\.galley: NOT_READY: Not ready for print: \d+ things stand between this article and print\.$/)])

    const json = await galley('check', 'leader.galley', 'ready.galley', '--json')
    const list = JSON.parse(json.stdout) as { file: string; valid: boolean; ready: boolean; items: { id: string; severity: string }[] }[]
    expect(list.map((c) => [c.file, c.valid, c.ready])).toEqual([['leader.galley', true, false], ['ready.galley', true, true]])
    expect(list[0]!.items.map((i) => i.id)).toEqual(expected.items.map((i) => i.id))

    const noImage = { ...article, body: { root: { ...article.body.root, children: [...article.body.root.children, { type: 'image', version: 1, asset: 'a'.repeat(64), altText: '', caption: '', credit: '', width: 'column' }] } } }
    await writeFile(path.join(dir, 'noimage.galley'), serializeArticle(noImage as typeof article))
    await writeFile(path.join(dir, 'wrong.galley'), JSON.stringify({ ...article, meta: { ...article.meta, date: 'July 8' } }))
    const bad = await galley('check', 'wrong.galley', 'ready.galley', 'noimage.galley', 'missing.galley')
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('ready.galley: ready for print')
    expect(failureLines(bad.stderr)).toEqual([
      expect.stringMatching(/^wrong\.galley: FILE_INVALID: .*date/),
      expect.stringMatching(/^noimage\.galley: IMAGE_MISSING: /),
      expect.stringMatching(/^missing\.galley: FILE_NOT_FOUND: /),
    ])
  }, 60_000)

  it('templates lists the built-ins and the library’s own, as text and as JSON', async () => {
    const json = await galley('templates', '--json')
    expect(json.code).toBe(0)
    const list = JSON.parse(json.stdout) as { id: string; builtIn: boolean; target: unknown; fields: { id: string; required: boolean }[] }[]
    expect(list.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), 'custom-leader'])
    expect(list.at(-1)).toMatchObject({ builtIn: false, target: CUSTOM.target })
    expect(list[0]!.fields).toContainEqual({ id: 'headline', label: 'Headline', required: true })
    const text = await galley('templates')
    expect(text.stdout).toMatch(/^editorial\s+Editorial — 600–1,200 words; A4 · 2 columns · serif$/m)
    expect(text.stdout).toMatch(/^custom-leader\s+Our leader \(custom\) — 300–500 words/m)
    const other = JSON.parse((await galley('templates', '--json', '--library', 'Other')).stdout) as { id: string }[]
    expect(other.map((t) => t.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id))
  }, 60_000)

})
