// `galley export --to pdf` in process, with the printer stood in for: one warm printer for the whole
// batch, closed at the end; the layout flags and the app's preferences reach the print document.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ImportService } from '../main/services/io/ImportService'
import { sampleArticle } from '../main/services/io/testing/sampleArticle'
import { FakePrinter } from '../main/services/print/testing/FakePrinter'
import { serializeArticle } from '../shared/article/file'
import type { CliDeps } from './context'
import { runCli } from './main'

const capture = () => {
  let text = ''
  return { stream: { write: (s: string) => (text += s), isTTY: false }, text: () => text }
}

async function setup() {
  const dir = await mkdtemp(path.join(tmpdir(), 'galley-cli-pdf-'))
  const data = path.join(dir, 'data')
  await mkdir(data)
  await writeFile(path.join(data, 'settings.json'), JSON.stringify({ publicationName: 'Kabul Evening Post', editorInChief: 'Farida Ahmadi', dateFormat: 'iso' }))
  const a = sampleArticle({ publication: '', editorInChief: '' })
  await writeFile(path.join(dir, 'a.galley'), serializeArticle({ ...a, layout: { ...a.layout, masthead: 'editorial' } }))
  await writeFile(path.join(dir, 'b.galley'), serializeArticle(sampleArticle({ headline: 'Second page' })))
  await writeFile(path.join(dir, 'bad.galley'), 'not an article')
  const printers: { chromium: string; printer: FakePrinter }[] = []
  const deps: CliDeps = {
    importer: new ImportService(),
    version: '9.9.9',
    printer: (chromium) => {
      const printer = new FakePrinter()
      printers.push({ chromium, printer })
      return printer
    },
  }
  const env = { GALLEY_USER_DATA_DIR: data, GALLEY_LIBRARY_DIR: path.join(dir, 'Library') }
  const run = async (...argv: string[]) => {
    const out = capture()
    const err = capture()
    const code = await runCli(argv, { stdout: out.stream, stderr: err.stream, env, cwd: dir }, deps)
    return { code, stdout: out.text(), stderr: err.text() }
  }
  return { dir, run, printers }
}

describe('galley export to pdf (printer stood in for)', () => {
  it('prints a batch on one warm printer, closes it once, and goes on past a bad file', async () => {
    const { dir, run, printers } = await setup()
    const r = await run('export', 'a.galley', 'bad.galley', 'b.galley', '--to', 'pdf', '--out-dir', 'out', '--chromium', process.execPath, '--page-size', 'Berliner', '--columns', '5', '--bleed', '3', '--crop-marks')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('out/a.pdf\nout/b.pdf\n')
    expect(r.stderr).toMatch(/^bad\.galley: NOT_JSON: /m)
    expect(printers).toHaveLength(1)
    expect(printers[0]!.chromium).toBe(process.execPath)
    expect(printers[0]!.printer.jobs).toHaveLength(2)
    expect(printers[0]!.printer.closed).toBe(true)
    const html = printers[0]!.printer.jobs[0]!.html
    // Berliner (315 × 470 mm) plus 3 mm of bleed on every side; five columns.
    expect(html).toContain('@page{size:321mm 476mm;')
    expect(html).toContain('column-count:5')
    for (const f of ['a.pdf', 'b.pdf']) expect((await readFile(path.join(dir, 'out', f))).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('fills the masthead from the app’s preferences where the article has none, in its date format', async () => {
    const { run, printers } = await setup()
    expect((await run('export', 'a.galley', '-o', 'a.pdf')).code).toBe(0)
    const html = printers[0]!.printer.jobs[0]!.html
    expect(html).toContain('Kabul Evening Post')
    expect(html).toContain('Editor in Chief: Farida Ahmadi')
    expect(html).toContain('<span class="masthead-date">2020-07-08</span>')
  })

  it('starts no printer for other formats, and none when Chromium is missing', async () => {
    const { run, printers } = await setup()
    expect((await run('export', 'a.galley', '-o', 'a.md')).code).toBe(0)
    const missing = await run('export', 'a.galley', '-o', 'a.pdf', '--chromium', '/nowhere/chromium')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('/nowhere/chromium: CHROMIUM_NOT_FOUND: There is no Chromium at /nowhere/chromium (given with --chromium).\n')
    expect(printers).toHaveLength(0)
    expect((await run('export', 'a.galley', '-o', 'a.md', '--chromium', process.execPath)).code).toBe(2)
  })
})
