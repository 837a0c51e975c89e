import { describe, expect, it } from 'vitest'
import { body, factBox, image, link, list, pageBreak, paragraph, pullQuote, qaPair, quote, sectionBreak, subhead, textNode, timeline, SMALL_CAPS_STYLE, TEXT_FORMAT } from '../article/body'
import { bodyHtml, escapeHtml, inlineHtml, safeUrl } from './html'

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const KEY = 'b'.repeat(64)

describe('bodyHtml', () => {
  it('renders every block type as semantic HTML', () => {
    const html = bodyHtml(
      body([
        paragraph('Lede.'),
        subhead('First'),
        subhead('Detail', 3),
        quote('A quote.'),
        list('number', ['one', 'two']),
        pullQuote('We kept our word.', 'The mayor'),
        factBox('In numbers', [paragraph('4 years')], 'background'),
        qaPair('Why?', 'Because.', { question: 'Q', answer: 'A' }),
        timeline([{ date: '2016', event: 'Approved' }]),
        image(KEY, { caption: 'Opening day', credit: 'Archive', altText: 'Bridge', width: 'full' }),
        sectionBreak(),
        pageBreak('column'),
      ]),
      { assets: { [KEY]: { mime: 'image/png', data: PNG } }, headingIds: true },
    )
    expect(html).toContain('<p dir="auto">Lede.</p>')
    expect(html).toContain('<h2 id="subhead-1" class="subhead" dir="auto">First</h2>')
    expect(html).toContain('<h3 id="subhead-2" class="subhead" dir="auto">Detail</h3>')
    expect(html).toContain('<blockquote dir="auto"><p>A quote.</p></blockquote>')
    expect(html).toContain('<ol dir="auto"><li dir="auto">one</li><li dir="auto">two</li></ol>')
    expect(html).toContain('<figure class="pull-quote" dir="auto"><blockquote dir="auto"><p>We kept our word.</p></blockquote><figcaption dir="auto">The mayor</figcaption></figure>')
    expect(html).toContain('<aside class="fact-box fact-box--background" dir="auto"><h4 class="fact-box-title" dir="auto">In numbers</h4><p dir="auto">4 years</p></aside>')
    expect(html).toContain('<p class="qa-question" dir="auto"><b class="qa-speaker">Q:</b> Why?</p>')
    expect(html).toContain('<span class="timeline-date">2016</span> <span class="timeline-event">Approved</span>')
    expect(html).toContain(`<figure class="image image--full"><img src="data:image/png;base64,${PNG}" alt="Bridge"><figcaption dir="auto"><span class="caption">Opening day</span> <span class="credit">Archive</span></figcaption></figure>`)
    expect(html).toContain('<hr class="section-break">')
    expect(html).toContain('<div class="page-break page-break--column" aria-hidden="true"></div>')
  })

  it('escapes everything from the document', () => {
    const hostile = '<script>alert(1)</script>" onerror="x'
    const html = bodyHtml(body([paragraph(hostile), image(KEY, { caption: hostile, altText: hostile })]), { assets: { [KEY]: { mime: 'image/png', data: PNG } } })
    expect(html).not.toContain('<script>')
    expect(html).not.toMatch(/" onerror="/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;x')
  })

  it('keeps only http, https and mailto links', () => {
    const html = inlineHtml([link('javascript:alert(1)', 'bad'), link('https://example.com/a?b=1&c=2', 'good'), link('mailto:desk@paper.example', 'mail')])
    expect(html).toBe('bad<a href="https://example.com/a?b=1&amp;c=2">good</a><a href="mailto:desk@paper.example">mail</a>')
    expect(safeUrl('  JAVASCRIPT:alert(1)')).toBeNull()
    expect(safeUrl('data:text/html,x')).toBeNull()
    expect(safeUrl('//example.com')).toBeNull()
  })

  it('renders text formats, small caps and direction', () => {
    const html = inlineHtml([
      textNode('b', TEXT_FORMAT.bold | TEXT_FORMAT.italic),
      textNode('sc', 0, SMALL_CAPS_STYLE),
      textNode('x', TEXT_FORMAT.superscript),
    ])
    expect(html).toBe('<strong><em>b</em></strong><span class="small-caps">sc</span><sup>x</sup>')
    expect(bodyHtml(body([paragraph('سلام', 'rtl')]))).toBe('<p dir="rtl">سلام</p>')
  })

  it('applies a text transform to text, not to markup or URLs', () => {
    const html = bodyHtml(body([paragraph([textNode('word '), link('https://a.example/word', 'word')])]), { transformText: (t) => t.replace(/word/g, 'WORD') })
    expect(html).toBe('<p dir="auto">WORD <a href="https://a.example/word">WORD</a></p>')
  })

  it('drops images whose asset is missing', () => {
    expect(bodyHtml(body([image(KEY)]))).toBe('')
  })

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;')
  })
})

describe('bodyHtml leadIn', () => {
  it('puts the lead-in at the start of the first paragraph only, after any image or box', () => {
    const html = bodyHtml(body([subhead('Head'), paragraph('First.'), paragraph('Second.')]), { leadIn: '<span class="dateline">KABUL —</span> ' })
    expect(html).toContain('<p dir="auto"><span class="dateline">KABUL —</span> First.</p>')
    expect(html).toContain('<p dir="auto">Second.</p>')
    expect(html.match(/dateline/g)).toHaveLength(1)
  })
})

