import { writeFileSync } from 'node:fs'
import { printDocument } from './src/shared/render/printDocument'
import { COPYFIT_MEASURE_SCRIPT } from './src/shared/render/copyfit'
import { ChromiumPdfPrinter } from './src/main/services/print/ChromiumPdfPrinter'
import { FontLibrary } from './src/main/services/print/FontLibrary'
import { finishPdf } from './src/main/services/print/finishPdf'
import { englishEditorial, newsStory, russianStory, dariStory } from './tests/e2e/print/samples'
const fonts = new FontLibrary('resources/fonts'); await fonts.load()
const printer = new ChromiumPdfPrinter()
const which = process.argv[2] ?? 'ed'
const a = which === 'ed' ? englishEditorial() : which === 'news' ? newsStory() : which === 'ru' ? russianStory() : dariStory()
const doc = printDocument(a, { fontUrl: (f) => fonts.url(f) })
writeFileSync(`/tmp/pp/${which}.html`, doc.html)
let t = Date.now()
const out = await printer.print({ html: doc.html, measure: COPYFIT_MEASURE_SCRIPT })
console.log('print ms', Date.now() - t, out.measurement)
t = Date.now()
const fin = await finishPdf(out.pdf, { title: doc.title, author: a.meta.byline, subject: a.meta.deck, keywords: a.meta.tags, language: 'en', rtl: doc.rtl, trimMm: doc.geometry.trim, bleedMm: a.layout.bleedMm, cropMarks: a.layout.cropMarks, producer: 'Galley' })
console.log('finish ms', Date.now() - t, fin.pages)
writeFileSync(`/tmp/pp/${which}.pdf`, fin.pdf)
await printer.close()
