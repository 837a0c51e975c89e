import { createDeflateRaw } from 'node:zlib'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeArticle, parseArticle, type Article } from '../../../shared/article/file'
import { outline, plainText } from '../../../shared/article/text'
import { GalleyError } from '../../../shared/ipc/errors'
import { articleToDocx } from './docxExport'
import { DEFAULT_IMPORT_LIMITS, ImportService } from './ImportService'
import { sampleArticle } from './testing/sampleArticle'
import { buildZip, noisePng } from './testing/zipBuilder'
import { createArticle } from '../../../shared/article/file'
import { body, image, paragraph, subhead, type BlockJSON } from '../../../shared/article/body'
import { createHash } from 'node:crypto'

const FIXTURES = path.resolve(import.meta.dirname, '../../../../tests/fixtures/import')
const service = new ImportService({ now: () => new Date('2024-01-02T03:04:05Z') })

async function failure(p: Promise<unknown>): Promise<GalleyError> {
  try {
    await p
  } catch (error) {
    expect(error).toBeInstanceOf(GalleyError)
    return error as GalleyError
  }
  throw new Error('expected the import to fail')
}

/** Nothing executable survives: no script, no handler, no javascript:/vbscript:/data: link, in the whole file. */
function expectNoActiveContent(article: Article): void {
  const json = serializeArticle(article)
  const links: string[] = []
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk)
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>
      if (o['type'] === 'link') links.push(String(o['url']))
      Object.values(o).forEach(walk)
    }
  }
  walk(article.body)
  for (const url of links) expect(url).toMatch(/^(https?:|mailto:)/)
  expect(json).not.toMatch(/javascript:|vbscript:|<script|\bon(load|error|click|mouseover|focus)\s*=/i)
  for (const asset of Object.values(article.assets)) {
    if (asset.mime === 'image/svg+xml') expect(Buffer.from(asset.data, 'base64').toString('utf8')).not.toMatch(/<script|\bon[a-z]+\s*=/i)
  }
  expect(() => parseArticle(json)).not.toThrow()
}

describe('ImportService: plain text in every encoding and line end', () => {
  const editorial = ['editorial-crlf.txt', 'editorial-cr.txt', 'editorial-utf8-bom.txt', 'editorial-utf16le.txt', 'editorial-utf16be.txt']
  it.each(editorial)('%s gives the same editorial', async (name) => {
    const { article, format } = await service.importFile(path.join(FIXTURES, name))
    expect(format).toBe('txt')
    expect(article.meta).toMatchObject({ editorInChief: 'Jane Doe', date: '2020-07-08', headline: 'A City That Keeps Its Promises', template: 'editorial', language: 'en', direction: 'ltr' })
    expect(outline(article.body).map((o) => o.text)).toEqual(['Housing is next', 'What the city owes'])
    expect(article.body.root.children.filter((b) => b.type === 'paragraph')).toHaveLength(5)
  })

  it('detects Windows-1251 (Russian) and Windows-1256 (Dari) and reads them like UTF-8', async () => {
    const ru = await service.importFile(path.join(FIXTURES, 'editorial-ru.cp1251.txt'))
    const ruUtf8 = await service.importFile(path.join(FIXTURES, 'editorial-ru.utf8.txt'))
    expect(ru.encoding).toBe('windows-1251')
    expect(ru.article.meta).toMatchObject({ editorInChief: 'Иван Петров', headline: 'Город, который держит слово', date: '2020-07-08', language: 'ru' })
    expect(plainText(ru.article.body)).toBe(plainText(ruUtf8.article.body))
    const fa = await service.importFile(path.join(FIXTURES, 'editorial-fa.cp1256.txt'))
    expect(fa.encoding).toBe('windows-1256')
    expect(fa.article.meta).toMatchObject({ editorInChief: 'احمد کریمی', date: '2020-07-08', language: 'fa-AF', direction: 'rtl' })
    const faUtf8 = await service.importFile(path.join(FIXTURES, 'editorial-fa.utf8.txt'))
    expect(plainText(fa.article.body)).toBe(plainText(faUtf8.article.body))
  })

  it('takes --encoding over detection and refuses an unknown one', async () => {
    const r = await service.importFile(path.join(FIXTURES, 'editorial-ru.cp1251.txt'), { encoding: 'cp1251' })
    expect(r.article.meta.headline).toBe('Город, который держит слово')
    expect((await failure(service.importFile(path.join(FIXTURES, 'editorial-ru.cp1251.txt'), { encoding: 'klingon-8' }))).code).toBe('ENCODING_UNKNOWN')
  })

  it('uses --template over the template it recognised', async () => {
    const r = await service.importFile(path.join(FIXTURES, 'editorial-crlf.txt'), { template: 'op-ed' })
    expect(r.article.meta.template).toBe('op-ed')
  })

  it('reads a text cut off in the middle of a character as UTF-8', async () => {
    const bytes = Buffer.from('Headline\n\nA paragraph ending in a Cyrillic letter: ж', 'utf8')
    const r = await service.importBytes(bytes.subarray(0, bytes.length - 1), 'cut.txt')
    expect(r.encoding).toBe('utf-8')
    expect(plainText(r.article.body)).toBe('A paragraph ending in a Cyrillic letter:')
  })
})

describe('ImportService: bad input gets a typed error, never a crash', () => {
  it('empty, blank, binary, unknown and folder', async () => {
    expect((await failure(service.importBytes(new Uint8Array(), 'empty.txt'))).code).toBe('EMPTY_FILE')
    expect((await failure(service.importBytes(Buffer.from(' \n\t\n'), 'blank.md'))).code).toBe('EMPTY_FILE')
    expect((await failure(service.importBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), 'a.txt'))).code).toBe('NOT_TEXT')
    expect((await failure(service.importBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'old.doc'))).code).toBe('UNSUPPORTED_FORMAT')
    expect((await failure(service.importBytes(Buffer.from('%PDF-1.7'), 'x.pdf'))).code).toBe('UNSUPPORTED_FORMAT')
    expect((await failure(service.importFile(FIXTURES))).code).toBe('NOT_A_FILE')
    expect((await failure(service.importFile(path.join(FIXTURES, 'missing.txt')))).code).toBe('FILE_NOT_FOUND')
    expect((await failure(service.importBytes(Buffer.from('<html><body><script>x()</script></body></html>'), 'x.html'))).code).toBe('EMPTY_DOCUMENT')
  })

  it('refuses a file over the size limit', async () => {
    const small = new ImportService({ limits: { ...DEFAULT_IMPORT_LIMITS, maxTextBytes: 1000 } })
    expect((await failure(small.importBytes(Buffer.alloc(2000, 'a'), 'big.txt'))).code).toBe('FILE_TOO_LARGE')
  })

  it('refuses damaged and truncated DOCX files and ZIPs that are not Word documents', async () => {
    const { bytes } = await articleToDocx(sampleArticle())
    expect((await failure(service.importBytes(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.docx'))).code).toBe('FILE_DAMAGED')
    expect((await failure(service.importBytes(Buffer.from('PK\u0003\u0004 not really a zip'), 'x.docx'))).code).toBe('FILE_DAMAGED')
    expect((await failure(service.importBytes(buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]), 'x.docx'))).code).toBe('NOT_DOCX')
    expect((await failure(service.importBytes(Buffer.from('plain words'), 'x.docx'))).code).toBe('NOT_DOCX')
  })

  it('refuses DOCX bombs: declared, lying about their size, and too many entries', async () => {
    // 300 MB of zeros, honestly declared: refused by its compression ratio before it is inflated.
    const deflater = createDeflateRaw({ level: 9 })
    const chunks: Buffer[] = []
    deflater.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise((resolve) => deflater.on('end', resolve))
    const mb = Buffer.alloc(1024 * 1024)
    for (let i = 0; i < 300; i++) deflater.write(mb)
    deflater.end()
    await done
    const zeros = Buffer.concat(chunks)
    const honest = buildZip([{ name: 'word/document.xml', data: zeros, deflated: true, declaredSize: 300 * 1024 * 1024 }])
    expect(honest.length).toBeLessThan(1024 * 1024)
    expect((await failure(service.importBytes(honest, 'bomb.docx'))).code).toBe('FILE_TOO_LARGE')
    // The same data claiming to be 1 KB: refused while inflating.
    const lying = buildZip([{ name: 'word/document.xml', data: zeros, deflated: true, declaredSize: 1024 }])
    expect((await failure(service.importBytes(lying, 'lying.docx'))).code).toBe('FILE_TOO_LARGE')
    const many = buildZip(Array.from({ length: 6000 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') })))
    expect((await failure(service.importBytes(many, 'many.docx'))).code).toBe('FILE_TOO_LARGE')
  }, 60_000)

  it('stops a conversion that takes longer than its time limit', async () => {
    const { bytes } = await articleToDocx(sampleArticle())
    const impatient = new ImportService({ limits: { ...DEFAULT_IMPORT_LIMITS, docx: { ...DEFAULT_IMPORT_LIMITS.docx, timeoutMs: 1 } } })
    expect((await failure(impatient.importBytes(bytes, 'slow.docx'))).code).toBe('IMPORT_TIMEOUT')
  })
})

describe('ImportService: hostile markup', () => {
  it('hostile HTML becomes a clean article with its text and structure', async () => {
    const { article, warnings } = await service.importFile(path.join(FIXTURES, 'hostile.html'))
    expectNoActiveContent(article)
    expect(article.meta.headline).toBe('Council approves budget')
    expect(article.meta.deck).toBe('A smaller plan, passed at midnight.')
    expect(outline(article.body).map((o) => o.text)).toEqual(['What changes'])
    const text = plainText(article.body)
    expect(text).toContain('The council voted late on Tuesday to approve the plan.')
    expect(text).toContain('<b>Tags</b> typed in the text are shown as text.')
    expect(text).not.toMatch(/Enable scripts|hidden|Copyright|Home/)
    expect(Object.keys(article.assets)).toHaveLength(0)
    expect(warnings.join(' ')).toMatch(/image/)
  })

  it('hostile Markdown (raw HTML, javascript: links) is cleaned the same way', async () => {
    const { article } = await service.importFile(path.join(FIXTURES, 'feature.md'))
    expectNoActiveContent(article)
    expect(plainText(article.body)).toContain('Raw HTML kept as text.')
    expect(plainText(article.body)).toContain('Link with bad target')
  })

  it('a DOCX with javascript: links and an SVG with a script keeps neither', async () => {
    const evilSvg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')
    const key = createHash('sha256').update(evilSvg).digest('hex')
    const a = createArticle({
      id: '00000000-0000-4000-8000-000000000000',
      now: new Date(),
      meta: { headline: 'Hostile' },
      body: body([paragraph([{ type: 'link', direction: null, format: '', indent: 0, version: 1, url: 'javascript:alert(1)', rel: null, target: null, title: null, children: [{ type: 'text', text: 'click', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }]), image(key)]),
      assets: { [key]: { mime: 'image/svg+xml', data: evilSvg.toString('base64') } },
    })
    const { bytes } = await articleToDocx(a)
    const { article } = await service.importBytes(bytes, 'hostile.docx')
    expectNoActiveContent(article)
    expect(plainText(article.body)).toBe('click')
  })
})

describe('ImportService: large documents', () => {
  it('imports a 10 MB DOCX within its limits', async () => {
    const pngA = noisePng(1500, 1300)
    const pngB = noisePng(1500, 1300)
    const keyA = createHash('sha256').update(pngA).digest('hex')
    const keyB = createHash('sha256').update(pngB).digest('hex')
    const blocks: BlockJSON[] = []
    for (let i = 0; i < 600; i++) {
      if (i % 50 === 0) blocks.push(subhead(`Part ${i / 50 + 1}`))
      blocks.push(paragraph(`Paragraph ${i}: ${'The council met again to discuss the budget, the bridge and the flats. '.repeat(4)}`))
    }
    blocks.splice(10, 0, image(keyA, { caption: 'First' }))
    blocks.splice(300, 0, image(keyB, { caption: 'Second' }))
    const a = createArticle({ id: '00000000-0000-4000-8000-000000000001', now: new Date(), meta: { headline: 'Big' }, body: body(blocks), assets: { [keyA]: { mime: 'image/png', data: pngA.toString('base64') }, [keyB]: { mime: 'image/png', data: pngB.toString('base64') } } })
    const { bytes } = await articleToDocx(a)
    expect(bytes.length).toBeGreaterThan(10 * 1024 * 1024)
    const dir = await mkdtemp(path.join(tmpdir(), 'galley-big-'))
    await writeFile(path.join(dir, 'big.docx'), bytes)
    const { article } = await service.importFile(path.join(dir, 'big.docx'))
    expect(Object.keys(article.assets).sort()).toEqual([keyA, keyB].sort())
    expect(outline(article.body)).toHaveLength(12)
    expect(article.body.root.children.filter((b) => b.type === 'paragraph')).toHaveLength(600)
    expect((await readFile(path.join(dir, 'big.docx'))).length).toBe(bytes.length)
  }, 120_000)
})
