// Renders the README's pictures of printed pages: sample articles through the real print pipeline
// (PrintService, system Chromium, pdf-lib), then pdftoppm. `npm run screenshots:print`
import { execFileSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ChromiumPdfPrinter } from '../src/main/services/print/ChromiumPdfPrinter'
import { FontLibrary } from '../src/main/services/print/FontLibrary'
import { standalonePrintService } from '../src/main/services/print/PrintService'
import { dariStory, englishEditorial, newsStory, russianStory } from '../tests/e2e/print/samples'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(path.join(tmpdir(), 'galley-pages-'))
const printer = new ChromiumPdfPrinter({ fonts: new FontLibrary(path.join(root, 'resources/fonts')) })
const service = standalonePrintService({ printer, exportDir: work })

const pages = [
  { name: 'print-editorial-a4.png', article: englishEditorial({ columns: 4, gutterMm: 4.5, bodySizePt: 9, leadingPt: 11.2, headlineSizePt: 40 }) },
  { name: 'print-news-berliner.png', article: newsStory({ pageSize: 'Berliner', headlineSizePt: 54, bodySizePt: 10, leadingPt: 12.5 }) },
  { name: 'print-russian-a4.png', article: russianStory({ masthead: 'section' }) },
  { name: 'print-dari-a4.png', article: dariStory() },
]
try {
  for (const { name, article } of pages) {
    const out = await service.pdf(article)
    const pdf = path.join(work, 'page.pdf')
    writeFileSync(pdf, out.pdf)
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(work, 'page')])
    renameSync(path.join(work, 'page.png'), path.join(root, 'docs/screenshots', name))
    console.log(`wrote docs/screenshots/${name} (${out.pages} page${out.pages === 1 ? '' : 's'})`)
  }
} finally {
  await printer.close()
  rmSync(work, { recursive: true, force: true })
}
