import { describe, expect, it } from 'vitest'
import { cleanPastedHtml, neutralizeInlineAttributes } from './sanitize'

const clean = (html: string): string => cleanPastedHtml(html).doc.body.innerHTML

describe('cleanPastedHtml', () => {
  it('drops scripts, styles, frames, handlers and foreign styling', () => {
    const out = clean('<style>p{}</style><script>x()</script><p class="MsoNormal" style="color:red; font-weight: 700" onclick="x()">Hi <iframe src="https://e.example"></iframe><font face="Arial">there</font></p>')
    expect(out).toBe('<p style="font-weight: 700;">Hi there</p>')
  })

  it('keeps only http(s) and mailto links', () => {
    const out = clean('<p><a href="javascript:alert(1)">a</a> <a href="data:text/html,x">b</a> <a href="https://example.com">c</a> <a href="mailto:desk@example.com">d</a></p>')
    expect(out).toBe('<p>a b <a href="https://example.com/">c</a> <a href="mailto:desk@example.com">d</a></p>')
  })

  it('keeps embedded images for the asset store and drops remote images and tracking pixels', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const { doc, images } = cleanPastedHtml(`<p><img src="https://tracker.example/p.gif" width="1" height="1"><img src="http://x.example/a.jpg"><img src="${png}" alt="A bridge"><img src="${png}" width="1"></p>`)
    expect(images.map((i) => i.dataUrl)).toEqual([png])
    expect(doc.querySelectorAll('img')).toHaveLength(1)
    expect(doc.querySelector('img')?.alt).toBe('A bridge')
  })

  it('turns Word list paragraphs into real lists', () => {
    const word =
      '<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;</span></span>Apples</p>' +
      '<p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span>Pears</p>' +
      '<p class="MsoListParagraphCxSpFirst" style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">1.</span>First</p>'
    expect(clean(word)).toBe('<ul><li>Apples</li><li>Pears</li></ul><ol><li>First</li></ol>')
  })

  it('keeps Google Docs formatting spans and flattens tables', () => {
    const gdocs = '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700;font-family:Arial">Bold</span> <span style="font-style:italic;color:#333">it</span></p><table><tr><td>A</td><td>B</td></tr></table></b>'
    expect(clean(gdocs)).toBe('<b style="font-weight: normal;"><p><span style="font-weight: 700;">Bold</span> <span style="font-style: italic;">it</span></p><p>A</p><p>B</p></b>')
  })

  it('renames inline styles and handlers before parsing, so the window policy sees none', () => {
    expect(neutralizeInlineAttributes('<p style="x" onClick="y" title="style=1">a</p><style>p{}</style>')).toBe('<p data-pasted-style="x" data-pasted-on="y" title="style=1">a</p>')
  })
})
