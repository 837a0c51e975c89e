import { describe, expect, it } from 'vitest'
import { body, image, pageBreak, paragraph, sectionBreak, subhead, type BlockJSON } from '../article/body'
import { createArticle } from '../article/file'
import { defaultLayout, type Layout } from '../article/layout'
import type { ArticleMeta } from '../article/meta'
import { LanguageSchema } from '../article/languages'
import { formatEditorInChief, formatMastheadDate } from '../templates/dates'
import { FONT_FACES } from './fonts'
import { BALANCE_MAX_PAGES, estimatedPages, printableBlocks, printDocument } from './printDocument'

const KEY = 'a'.repeat(64)
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

function make(meta: Partial<ArticleMeta> = {}, layout: Partial<Layout> = {}, blocks: BlockJSON[] = [paragraph('Extraordinary government announcements arrived.'), subhead('Housing next'), paragraph('More.')]) {
  return createArticle({ id: '6f1c2a52-8a7e-4f43-9b8e-2f0c6d1e9a10', now: new Date('2020-07-08T10:00:00Z'), meta: { date: '2020-07-08', headline: 'A City That Keeps Its Promises', ...meta }, layout, body: body(blocks), assets: { [KEY]: { mime: 'image/png', data: PNG } } })
}
const fontUrl = (file: string): string => `fonts/${file}`

describe('printDocument', () => {
  it('is one self-contained document: no script, the page size and margins in @page', () => {
    const doc = printDocument(make({}, { pageSize: 'Berliner', marginsMm: { top: 20, right: 12, bottom: 18, left: 14 } }), { fontUrl })
    expect(doc.html.startsWith('<!doctype html><html lang="en-US" dir="ltr"')).toBe(true)
    expect(doc.html).not.toMatch(/<script/i)
    expect(doc.html).toContain('@page{size:315mm 470mm;margin:20mm 12mm 18mm 14mm;')
    expect(doc.title).toBe('A City That Keeps Its Promises')
    expect(doc.html).toContain('<title>A City That Keeps Its Promises</title>')
  })

  it('adds the bleed to the sheet and the margins, and swaps sides in landscape', () => {
    const doc = printDocument(make({}, { pageSize: 'A4', orientation: 'landscape', bleedMm: 3 }), { fontUrl })
    expect(doc.geometry.sheet).toEqual({ widthMm: 303, heightMm: 216 })
    expect(doc.html).toContain('@page{size:303mm 216mm;margin:21mm 18mm 21mm 18mm;')
  })

  it('prints the editorial masthead with the editor in chief and the long date', () => {
    const doc = printDocument(make({ publication: 'The Riverside Courier', editorInChief: 'Maryam Haidari' }, { masthead: 'editorial' }), { fontUrl })
    expect(doc.html).toContain('<div class="nameplate">The Riverside Courier</div>')
    expect(doc.html).toContain('<span class="masthead-editor">Editor in Chief: Maryam Haidari</span><span class="masthead-date">Wednesday, July 8th, 2020</span>')
    // The masthead replaces the running head on page 1.
    expect(doc.html).toContain('@page :first{@top-left{content:none}')
  })

  it('prints the masthead date and editor line exactly as the templates format them, in every language and date format', () => {
    for (const language of LanguageSchema.options) {
      for (const dateFormat of ['long', 'iso'] as const) {
        const doc = printDocument(make({ language, editorInChief: 'Maryam Haidari' }, { masthead: 'editorial' }), { fontUrl, defaults: { dateFormat } })
        const date = formatMastheadDate('2020-07-08', language, dateFormat)
        expect(doc.html).toContain(`<span class="masthead-editor">${formatEditorInChief('Maryam Haidari', language)}</span><span class="masthead-date">${date}</span>`)
      }
    }
    const russian = printDocument(make({ language: 'ru', editorInChief: 'Иван Петров' }, { masthead: 'editorial' }), { fontUrl })
    expect(russian.html).toContain('Главный редактор: Иван Петров</span><span class="masthead-date">Среда, 8 июля 2020 года</span>')
  })

  it('takes publication and editor in chief from the preferences when the article has none', () => {
    const doc = printDocument(make({ publication: '', editorInChief: '' }, { masthead: 'editorial' }), { fontUrl, defaults: { publication: 'Kabul Daily', editorInChief: 'A. Rahimi' } })
    expect(doc.html).toContain('Kabul Daily')
    expect(doc.html).toContain('Editor in Chief: A. Rahimi')
  })

  it('puts running head, section and folio in the margin boxes', () => {
    const doc = printDocument(make({ publication: 'Courier "Daily"', section: 'Opinion' }), { fontUrl })
    expect(doc.html).toContain('@top-left{content:"Courier \\"Daily\\""')
    expect(doc.html).toContain('@top-center{content:"Opinion"')
    expect(doc.html).toContain('@top-right{content:"Wednesday, July 8th, 2020"')
    expect(doc.html).toContain('@bottom-center{content:"Page " counter(page) " of " counter(pages)')
    const bare = printDocument(make({}, { runningHeader: false, pageNumbers: false }), { fontUrl })
    expect(bare.html).not.toContain('@top-left')
    expect(bare.html).not.toContain('@bottom-center')
  })

  it('hyphenates the body but never the headline, and not at all when hyphenation is off', () => {
    const on = printDocument(make(), { fontUrl })
    expect(on.html).toContain('Ex\u00adtra\u00ador\u00addi\u00adnary')
    expect(on.html).toContain('<h1 class="headline">A City That Keeps Its Promises</h1>')
    const off = printDocument(make({}, { hyphenate: false }), { fontUrl })
    expect(off.html).not.toContain('\u00ad')
  })

  it('sets the columns, gutter, rule, alignment and drop cap from the layout', () => {
    const doc = printDocument(make({}, { columns: 5, gutterMm: 4, columnRule: true, justify: false, dropCap: true }), { fontUrl })
    expect(doc.html).toContain('.story-body{column-count:5;column-gap:var(--gutter);column-fill:balance;column-rule:0.5pt solid #8a8a8a;text-align:start;')
    expect(doc.html).toContain('--gutter:4mm')
    expect(doc.html).toContain('::first-letter{initial-letter:3')
    expect(doc.html).toContain('.subhead{')
    expect(doc.html).toMatch(/\.subhead\{[^}]*break-after:avoid/)
    expect(doc.html).toMatch(/\.image\{break-inside:avoid/)
    expect(doc.html).toMatch(/\.pull-quote\{break-inside:avoid/)
    expect(doc.html).toMatch(/\.fact-box\{break-inside:avoid/)
    expect(doc.html).toMatch(/widows:2/)
  })

  it('moves an opening image under the deck as the lead image, and puts the dateline in the lede', () => {
    const doc = printDocument(make({ deck: 'Deck.', byline: 'By Ana', dateline: 'KABUL, July 8 —' }, {}, [image(KEY, { caption: 'Lead', width: 'column' }), paragraph('The lede.')]), { fontUrl })
    const head = doc.html.slice(doc.html.indexOf('<header class="story-head">'), doc.html.indexOf('<div class="story-body">'))
    expect(head).toContain('<p class="deck">Deck.</p><figure class="image image--full">')
    expect(head).toContain('<p class="byline">By Ana</p>')
    expect(doc.html).toContain('<p dir="auto"><span class="dateline">KABUL, July 8 —</span> The lede.</p>')
  })

  it('prints grayscale images when asked', () => {
    expect(printDocument(make({}, { grayscaleImages: true }), { fontUrl }).html).toContain('filter:grayscale(1)')
    expect(printDocument(make(), { fontUrl }).html).not.toContain('grayscale')
  })

  it('embeds only the font subsets the text needs', () => {
    const en = printDocument(make(), { fontUrl }).html
    expect(en).toContain('fonts/source-serif-4-latin-400-normal.woff2')
    expect(en).not.toContain('cyrillic')
    expect(en).not.toContain('vazirmatn')
    const ru = printDocument(make({ language: 'ru', headline: 'Новый мост' }), { fontUrl }).html
    expect(ru).toContain('source-serif-4-cyrillic-400-normal.woff2')
    expect(FONT_FACES.every((f) => f.file.endsWith('.woff2'))).toBe(true)
  })

  it('prints right-to-left articles right to left in an Arabic-script face, never hyphenated', () => {
    const doc = printDocument(
      make({ language: 'fa-AF', direction: 'rtl', headline: 'پل جدید', publication: 'روزنامهٔ شهر', section: 'شهر' }, { masthead: 'none', dropCap: true }, [paragraph('باشندگان ولسوالی‌های شمالی')]),
      { fontUrl },
    )
    expect(doc.rtl).toBe(true)
    expect(doc.html.startsWith('<!doctype html><html lang="fa-AF" dir="rtl"')).toBe(true)
    expect(doc.html).toContain("font-family:'Vazirmatn','Source Serif 4','Noto Naskh Arabic',serif")
    expect(doc.html).toContain('vazirmatn-arabic-400-normal.woff2')
    expect(doc.html).not.toContain('\u00ad')
    expect(doc.html).not.toContain('initial-letter')
    // Publication at the right, date at the left; Persian page numbers.
    expect(doc.html).toContain('@top-right{content:"روزنامهٔ شهر"')
    expect(doc.html).toContain('@top-left{content:"چهارشنبه ۱۸ سرطان ۱۳۹۹ (۸ جولای ۲۰۲۰)"')
    expect(doc.html).toContain('counter(page, persian)')
  })

  it('escapes every field', () => {
    const doc = printDocument(make({ headline: '<img src=x onerror=alert(1)>', kicker: '"&"' }), { fontUrl })
    expect(doc.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(doc.html).toContain('<p class="kicker">&quot;&amp;&quot;</p>')
  })

  it('balances the last page of ordinary articles but fills long reads column by column', () => {
    expect(printDocument(make(), { fontUrl }).html).toContain('column-fill:balance')
    const long = Array.from({ length: 400 }, () => paragraph('Extraordinary government announcements arrived in the city on Monday, and the council met. '.repeat(3)))
    const doc = printDocument(make({}, {}, long), { fontUrl })
    expect(doc.html).toContain('column-fill:auto')
    expect(estimatedPages(200_000, 400, defaultLayout, doc.geometry)).toBeGreaterThan(BALANCE_MAX_PAGES)
  })

  it('never prints a blank page for breaks with nothing after them', () => {
    const blocks = printableBlocks([pageBreak(), paragraph('One.'), pageBreak(), pageBreak('page'), paragraph('Two.'), sectionBreak(), pageBreak(), paragraph(''), paragraph('  ')])
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'page-break', 'paragraph'])
    expect(printDocument(make({}, {}, [paragraph('Only.'), pageBreak()]), { fontUrl }).html).not.toContain('<div class="page-break')
  })

  it('sets no drop cap on a lede that opens with a dateline', () => {
    expect(printDocument(make({ dateline: 'KABUL —' }, { dropCap: true }), { fontUrl }).html).not.toContain('initial-letter')
  })
})
