// Pasted HTML (Word, Google Docs, LibreOffice, web pages) is cleaned before Lexical reads it: the
// structure stays (paragraphs, subheads, lists, quotes, bold/italic, links, images) and nothing
// else survives — no scripts, event handlers, javascript:/data: links, remote or tracking images,
// foreign styles, fonts or classes. The document is parsed inert (DOMParser): nothing in it runs
// or loads, even before it is cleaned.
import { safeUrl } from '../../../../../shared/render/html'
import { MARKER } from '../../nodes/base/BlockPartNode'

const DROP = new Set([
  'SCRIPT', 'STYLE', 'LINK', 'META', 'TITLE', 'BASE', 'HEAD', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'NOSCRIPT',
  'TEMPLATE', 'SVG', 'MATH', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK',
  'PICTURE', 'MAP', 'AREA', 'DIALOG', 'PORTAL',
])
// Elements kept as they are; anything else is replaced by its children.
const KEEP = new Set([
  'P', 'DIV', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE',
  'DEL', 'SUB', 'SUP', 'SPAN', 'IMG', 'FIGURE', 'FIGCAPTION', 'HR', 'ASIDE', 'CODE', 'MARK', 'BODY', 'HTML',
])
// The only inline style properties whose meaning is kept (Lexical turns them into formats).
const STYLE_KEPT = ['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'vertical-align', 'font-variant-caps']
const PASTED_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/i
// Galley's own markers: a copy from Galley pastes back as the same structure.
const GALLEY_ATTRIBUTES = new Set([MARKER, 'data-variant', 'data-speaker', 'data-kind', 'data-width', 'data-part'])

export interface PastedImage {
  readonly element: HTMLImageElement
  readonly dataUrl: string
}

export interface CleanedHtml {
  readonly doc: Document
  /** Embedded (data:) images, to be stored as assets before the document is imported. */
  readonly images: readonly PastedImage[]
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes)
}

// Even an inert parse reports every inline style and event handler attribute to the window's
// Content-Security-Policy (Chromium checks them while parsing). They are renamed in the markup
// first, so parsing reports nothing; the style's meaning is then read from the renamed attribute.
const STYLE_HOLDER = 'data-pasted-style'
const HANDLER_HOLDER = 'data-pasted-on'

export function neutralizeInlineAttributes(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/(\s)(style|on[a-z]+)(\s*=)/gi, (_m, space: string, name: string, eq: string) => `${space}${name.toLowerCase() === 'style' ? STYLE_HOLDER : HANDLER_HOLDER}${eq}`),
  )
}

function cleanStyle(el: HTMLElement): void {
  const declared = new Map<string, string>()
  for (const declaration of (el.getAttribute(STYLE_HOLDER) ?? '').split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    declared.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim())
  }
  el.removeAttribute(STYLE_HOLDER)
  el.removeAttribute('style')
  for (const property of STYLE_KEPT) {
    const value = declared.get(property)
    // Set through CSSOM, which the policy does not concern; only values that carry meaning.
    if (value && /^[a-z0-9 -]+$/i.test(value)) el.style.setProperty(property, value.replace(/\s*!important$/i, ''))
  }
}

function isTinyImage(img: HTMLImageElement): boolean {
  const w = Number.parseInt(img.getAttribute('width') ?? '', 10)
  const h = Number.parseInt(img.getAttribute('height') ?? '', 10)
  return (Number.isFinite(w) && w <= 3) || (Number.isFinite(h) && h <= 3)
}

/** Word marks list paragraphs with classes and a hidden bullet span; make real lists of them. */
function wordLists(doc: Document): void {
  const paragraphs = [...doc.querySelectorAll('p')].filter((p) => /MsoListParagraph/i.test(p.className) || /mso-list:\s*l\d/i.test(p.getAttribute(STYLE_HOLDER) ?? ''))
  let list: HTMLElement | null = null
  for (const p of paragraphs) {
    const marker = [...p.querySelectorAll('span')].find((s) => /mso-list:\s*ignore/i.test(s.getAttribute(STYLE_HOLDER) ?? ''))
    const ordered = marker ? /^\s*[0-9a-zA-Z]{1,3}[.)]/.test(marker.textContent ?? '') : false
    marker?.remove()
    const previous = p.previousElementSibling
    if (!list || previous !== list || (list.tagName === 'OL') !== ordered) {
      list = doc.createElement(ordered ? 'ol' : 'ul')
      p.before(list)
    }
    const item = doc.createElement('li')
    item.append(...p.childNodes)
    list.append(item)
    p.remove()
  }
}

/** Tables become one paragraph per cell: the text survives, the grid does not (the body has none). */
function flattenTables(doc: Document): void {
  for (const cell of [...doc.querySelectorAll('td, th, caption')]) {
    const p = doc.createElement('p')
    p.append(...cell.childNodes)
    cell.replaceWith(p)
  }
  for (const el of [...doc.querySelectorAll('table, thead, tbody, tfoot, tr, colgroup, col')]) unwrap(el)
}

export function cleanPastedHtml(html: string): CleanedHtml {
  const doc = new DOMParser().parseFromString(neutralizeInlineAttributes(html), 'text/html')
  // Comments carry Word's conditional markup and Google's fragment markers.
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  for (const c of comments) c.parentNode?.removeChild(c)

  for (const el of [...doc.querySelectorAll('*')]) if (DROP.has(el.tagName.toUpperCase())) el.remove()
  wordLists(doc)
  flattenTables(doc)

  const images: PastedImage[] = []
  for (const el of [...doc.body.querySelectorAll('*')]) {
    const tag = el.tagName.toUpperCase()
    if (!el.isConnected) continue
    if (!KEEP.has(tag)) {
      // Namespaced Word tags (o:p), fonts, custom elements: keep the text, lose the element.
      unwrap(el)
      continue
    }
    const galley = el.hasAttribute(MARKER)
    const href = tag === 'A' ? el.getAttribute('href') : null
    const src = tag === 'IMG' ? (el.getAttribute('src') ?? '') : null
    const smallCaps = el.classList.contains('small-caps')
    const tiny = tag === 'IMG' && isTinyImage(el as HTMLImageElement)
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase()
      if (name === STYLE_HOLDER || name === 'dir' || (galley && GALLEY_ATTRIBUTES.has(name))) continue
      if (name === 'alt' && tag === 'IMG') continue
      el.removeAttribute(attr.name)
    }
    if (el instanceof HTMLElement) cleanStyle(el)
    if (smallCaps) el.classList.add('small-caps')
    const dir = el.getAttribute('dir')
    if (dir && dir !== 'ltr' && dir !== 'rtl') el.removeAttribute('dir')
    if (tag === 'A') {
      const safe = href ? safeUrl(href) : null
      if (safe) el.setAttribute('href', safe)
      else unwrap(el)
    } else if (tag === 'IMG') {
      const img = el as HTMLImageElement
      if (src && PASTED_IMAGE.test(src) && !tiny) images.push({ element: img, dataUrl: src.replace(/\s+/g, '') })
      else img.remove()
    }
  }
  return { doc, images }
}

/** The bytes and type of a data: URL from `cleanPastedHtml` (already checked to be base64 PNG/JPEG/GIF/WebP). */
export function decodeDataUrl(dataUrl: string): { mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp'; base64: string } | null {
  const match = /^data:(image\/(?:png|jpeg|gif|webp));base64,(.*)$/i.exec(dataUrl)
  if (!match?.[1] || match[2] === undefined) return null
  return { mime: match[1].toLowerCase() as 'image/png', base64: match[2] }
}
