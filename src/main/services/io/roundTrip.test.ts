import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/file'
import { outline, textBlocks } from '../../../shared/article/text'
import { ExportService } from './ExportService'
import { ImportService } from './ImportService'
import { PNG_2X2, sampleArticle } from './testing/sampleArticle'

const run = promisify(execFile)
const PNG_KEY = createHash('sha256').update(Buffer.from(PNG_2X2, 'base64')).digest('hex')
const exporter = new ExportService()
const importer = new ImportService()

/** Text and structure as a reader sees them: each block's role and text, in order. */
const structure = (a: Article): string[] => [...textBlocks(a.body)].map((b) => `${b.role}: ${b.text}`)
const blockTypes = (a: Article): string[] => a.body.root.children.map((b) => (b.type === 'heading' ? `heading:${b.tag}` : b.type === 'fact-box' ? `fact-box:${b.variant}` : b.type))
const FIELDS = ['template', 'publication', 'section', 'kicker', 'headline', 'deck', 'byline', 'dateline', 'date', 'editorInChief', 'language', 'direction', 'status', 'tags', 'fields', 'authorBio'] as const
const fields = (a: Article): Record<string, unknown> => Object.fromEntries(FIELDS.map((k) => [k, a.meta[k]]))

async function through(format: 'docx' | 'md', article: Article): Promise<Article> {
  const { bytes } = await exporter.export(article, format)
  return (await importer.importBytes(bytes, `article.${format}`)).article
}

describe('round trips', () => {
  const original = sampleArticle({ authorBio: 'The board writes for the paper.' }, PNG_KEY)

  it('.galley → DOCX → .galley keeps text, structure, formatting, images and fields', async () => {
    const back = await through('docx', original)
    expect(structure(back)).toEqual(structure(original))
    expect(blockTypes(back)).toEqual(blockTypes(original))
    expect(fields(back)).toEqual(fields(original))
    expect(back.assets[PNG_KEY]).toMatchObject({ mime: 'image/png', data: PNG_2X2 })
    expect(Object.keys(back.assets)).toEqual([PNG_KEY])
    expect(JSON.stringify(back.body.root.children[0])).toContain('"format":1')
  })

  it('.galley → Markdown → .galley keeps text, structure, formatting, images and fields', async () => {
    const back = await through('md', original)
    expect(structure(back)).toEqual(structure(original))
    expect(blockTypes(back)).toEqual(blockTypes(original))
    expect(fields(back)).toEqual(fields(original))
    expect(Object.keys(back.assets)).toEqual([PNG_KEY])
    const [first, second] = back.body.root.children
    expect(first).toMatchObject({ children: [{ text: expect.any(String) }, { text: 'rare', format: 1 }, { format: 0 }, { text: 'word', format: 2 }, { text: '.' }] })
    expect(second).toMatchObject({ children: [{ text: 'Read the ' }, { type: 'link', url: 'https://example.org/plan' }, { text: ' and the ' }, { text: 'council', style: 'font-variant-caps: small-caps' }, { text: ' minutes.' }] })
  })

  it('Markdown export is stable: export, import, export gives the same bytes', async () => {
    const first = Buffer.from((await exporter.export(original, 'md')).bytes).toString('utf8')
    const second = Buffer.from((await exporter.export(await through('md', original), 'md')).bytes).toString('utf8')
    expect(second).toBe(first)
    expect(first.startsWith('---\ntemplate: editorial\n')).toBe(true)
    expect(first).toContain(':::pull-quote\nA promise kept is worth more than a plan announced.\n\n— The editors\n:::')
  })

  it('Markdown export is stable for text full of Markdown syntax and right-to-left text', async () => {
    const tricky = sampleArticle({ headline: '# Not a heading: *stars* & [brackets]', language: 'fa-AF', direction: 'rtl' })
    const body = {
      root: {
        ...tricky.body.root,
        children: [
          { type: 'paragraph', direction: 'rtl', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text: 'شهری که به وعده‌اش وفا می‌کند', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
          { type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text: '1. Not a list - * _ ` <b> \\ ~~x~~ :::pull-quote', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
          { type: 'paragraph', direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '', children: [{ type: 'text', text: 'bold ', format: 1, style: '', mode: 'normal', detail: 0, version: 1 }, { type: 'text', text: 'bold italic', format: 3, style: '', mode: 'normal', detail: 0, version: 1 }, { type: 'text', text: ' plain', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
        ],
      },
    } as unknown as Article['body']
    const article = { ...tricky, body }
    const first = Buffer.from((await exporter.export(article, 'md')).bytes).toString('utf8')
    const again = await through('md', article)
    expect(again.meta.headline).toBe('# Not a heading: *stars* & [brackets]')
    expect(structure(again)).toEqual(structure(article))
    expect(Buffer.from((await exporter.export(again, 'md')).bytes).toString('utf8')).toBe(first)
  })

  it('plain text wire copy reads back with its fields and structure', async () => {
    const { bytes } = await exporter.export(original, 'txt')
    const text = Buffer.from(bytes).toString('utf8')
    expect(text.split('\n').slice(0, 5)).toEqual(['Editor in Chief: Jane Doe  Wednesday, July 8th, 2020', '', 'A City That Keeps Its Promises', '', original.meta.deck])
    expect(text).toContain('RIVERTON, July 8 — When the river bridge opened')
    const back = (await importer.importBytes(bytes, 'wire.txt')).article
    expect(back.meta).toMatchObject({ editorInChief: 'Jane Doe', date: '2020-07-08', headline: original.meta.headline, deck: original.meta.deck, byline: original.meta.byline, dateline: original.meta.dateline, template: 'editorial' })
    // Wire copy is flat: box titles come back as subheads, the subheads themselves stay subheads.
    expect(outline(back.body).map((o) => o.text)).toEqual(expect.arrayContaining(['Housing is next', 'What the mayor said']))
  })

  it('standalone HTML is one semantic file with images inline and print CSS; body-only HTML has only the body', async () => {
    const html = Buffer.from((await exporter.export(original, 'html', { layout: { pageSize: 'A3', columns: 4 } })).bytes).toString('utf8')
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-US" dir="ltr">/)
    expect(html).toContain('<article>')
    expect(html).toContain(`src="data:image/png;base64,${PNG_2X2}"`)
    expect(html).toContain('@page { size: 297mm 420mm;')
    expect(html).toContain('column-count: 4;')
    expect(html).toContain('<b class="qa-speaker">Q:</b> When?')
    expect(html).not.toMatch(/<script|https?:\/\/(?!example\.org)/)
    const back = (await importer.importBytes(Buffer.from(html), 'page.html')).article
    expect(structure(back).filter((s) => !s.startsWith('pull-quote'))).toEqual(structure(original).filter((s) => !s.startsWith('pull-quote')))
    expect(back.meta).toMatchObject({ headline: original.meta.headline, deck: original.meta.deck, byline: original.meta.byline, kicker: original.meta.kicker, date: '2020-07-08', editorInChief: 'Jane Doe' })
    const bodyOnly = Buffer.from((await exporter.export(original, 'html-body')).bytes).toString('utf8')
    expect(bodyOnly.startsWith('<p dir="auto">When the river bridge')).toBe(true)
    expect(bodyOnly).not.toMatch(/<html|<head|<style|<h1/)
  })

  it('DOCX marks right-to-left paragraphs as RTL', async () => {
    const fa = sampleArticle({ language: 'fa-AF', direction: 'rtl', headline: 'شهری که به وعده‌اش وفا می‌کند' })
    const { bytes } = await exporter.export(fa, 'docx')
    const dir = await mkdtemp(path.join(tmpdir(), 'galley-rtl-'))
    await writeFile(path.join(dir, 'fa.docx'), bytes)
    const { stdout } = await run('unzip', ['-p', path.join(dir, 'fa.docx'), 'word/document.xml'])
    expect(stdout).toMatch(/<w:bidi\/>[\s\S]*شهری که/)
    expect(stdout).toContain('<w:rtl/>')
  })
})

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p))
const noOffice = SOFFICE ? false : 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui); the DOCX checks against LibreOffice are skipped'

describe.skipIf(!SOFFICE)(`DOCX and LibreOffice${SOFFICE ? '' : ` — skipped: ${noOffice}`}`, () => {
  const office = async (dir: string, ...args: string[]): Promise<void> => {
    await run(SOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', ...args, '--outdir', dir], { timeout: 120_000 })
  }

  it('a Galley DOCX opens cleanly in LibreOffice (converted to PDF, text intact)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'galley-lo-'))
    const { bytes } = await exporter.export(sampleArticle({}, PNG_KEY), 'docx')
    await writeFile(path.join(dir, 'article.docx'), bytes)
    await office(dir, '--convert-to', 'pdf', path.join(dir, 'article.docx'))
    const pdf = path.join(dir, 'article.pdf')
    expect(existsSync(pdf)).toBe(true)
    const { stdout: info } = await run('pdfinfo', [pdf])
    expect(info).toMatch(/Pages:\s+[1-9]/)
    expect(info).toMatch(/Title:\s+A City That Keeps Its Promises/)
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-'])
    for (const s of ['A City That Keeps Its Promises', 'Housing is next', 'In numbers', 'Plan approved', 'The bridge on opening day.']) expect(text).toContain(s)
  }, 180_000)

  it('a DOCX written by LibreOffice imports with its headline, subheads, lists and formatting', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'galley-lo-'))
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge</title></head><body>
<h1>Bridge opens on time</h1><p>The bridge opened on <b>Wednesday</b>, as <i>promised</i>.</p>
<h2>What comes next</h2><p>Housing, the council says.</p><ul><li>Flats</li><li>Schools</li></ul>
<blockquote><p>We kept our word.</p></blockquote></body></html>`
    await writeFile(path.join(dir, 'lo.html'), html)
    await office(dir, '--convert-to', 'docx:MS Word 2007 XML', path.join(dir, 'lo.html'))
    const bytes = await readFile(path.join(dir, 'lo.docx'))
    const { article } = await importer.importBytes(bytes, 'lo.docx')
    expect(article.meta.headline).toBe('Bridge opens on time')
    expect(structure(article)).toEqual(expect.arrayContaining(['subhead: What comes next', 'list-item: Flats', 'list-item: Schools', 'paragraph: Housing, the council says.']))
    const first = article.body.root.children[0]
    expect(JSON.stringify(first)).toMatch(/"text":"Wednesday","format":1/)
  }, 180_000)
})
