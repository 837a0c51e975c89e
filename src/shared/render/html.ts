// The body as semantic, escaped HTML: the one place body JSON becomes markup. Print HTML, HTML
// export and the CMS paste format build on it. Nothing from the document reaches the markup
// unescaped, links are limited to http(s)/mailto, and styling is left to classes.
import { dataUrl, type Assets } from '../article/assets'
import { hasFormat, isSmallCaps, type AnyNodeJSON, type BlockJSON, type BodyJSON, type ElementDirection, type ElementFormat, type InlineJSON, type ListJSON, type TextJSON } from '../article/body'

export interface HtmlOptions {
  /** The `src` for an image asset; default: a data: URL from `assets`. Return null to leave the image out. */
  readonly imageSrc?: (key: string) => string | null
  readonly assets?: Assets
  /** Applied to every run of text before escaping (soft hyphens, non-breaking spaces…). */
  readonly transformText?: (text: string) => string
  /** Labels for Q&A speakers left empty in the document. */
  readonly defaultSpeakers?: { readonly question: string; readonly answer: string }
  /** Give subheads ids (`subhead-1`…) for a table of contents or PDF outline. */
  readonly headingIds?: boolean
  /** Markup put at the start of the first paragraph, such as a dateline; the caller escapes it. */
  readonly leadIn?: string
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** A link target safe to print or click: http, https and mailto only; anything else is dropped. */
export function safeUrl(raw: string): string | null {
  const url = raw.trim()
  if (!/^(https?:\/\/|mailto:)/i.test(url)) return null
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') return null
    return parsed.href
  } catch {
    return null
  }
}

function attrs(direction: ElementDirection, format: ElementFormat, extraClass = ''): string {
  const classes = [extraClass, format && format !== 'start' ? `align-${format}` : ''].filter(Boolean).join(' ')
  return `${classes ? ` class="${classes}"` : ''} dir="${direction ?? 'auto'}"`
}

function textRun(node: TextJSON, options: HtmlOptions): string {
  const transformed = options.transformText ? options.transformText(node.text) : node.text
  let html = escapeHtml(transformed)
  const f = node.format
  if (hasFormat(f, 'code')) html = `<code>${html}</code>`
  if (isSmallCaps(node.style)) html = `<span class="small-caps">${html}</span>`
  if (hasFormat(f, 'highlight')) html = `<mark>${html}</mark>`
  if (hasFormat(f, 'subscript')) html = `<sub>${html}</sub>`
  if (hasFormat(f, 'superscript')) html = `<sup>${html}</sup>`
  if (hasFormat(f, 'strikethrough')) html = `<s>${html}</s>`
  if (hasFormat(f, 'underline')) html = `<u>${html}</u>`
  if (hasFormat(f, 'italic')) html = `<em>${html}</em>`
  if (hasFormat(f, 'bold')) html = `<strong>${html}</strong>`
  if (hasFormat(f, 'uppercase')) html = `<span class="uppercase">${html}</span>`
  return html
}

export function inlineHtml(children: readonly (InlineJSON | AnyNodeJSON)[], options: HtmlOptions = {}): string {
  let out = ''
  for (const child of children) {
    switch (child.type) {
      case 'text':
        out += textRun(child, options)
        break
      case 'tab':
        out += '\t'
        break
      case 'linebreak':
        out += '<br>'
        break
      case 'link': {
        const inner = inlineHtml(child.children, options)
        const href = safeUrl(child.url)
        out += href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner
        break
      }
      default:
        break
    }
  }
  return out
}

function listHtml(list: ListJSON, options: HtmlOptions): string {
  const tag = list.listType === 'number' ? 'ol' : 'ul'
  const start = tag === 'ol' && list.start !== 1 ? ` start="${list.start}"` : ''
  const items = list.children
    .map((item) => {
      const inline = item.children.filter((c) => c.type !== 'list')
      const nested = item.children.filter((c): c is ListJSON => c.type === 'list')
      return `<li${attrs(item.direction, item.format)}>${inlineHtml(inline, options)}${nested.map((n) => listHtml(n, options)).join('')}</li>`
    })
    .join('')
  return `<${tag}${start}${attrs(list.direction, list.format)}>${items}</${tag}>`
}

export function blockHtml(block: BlockJSON, options: HtmlOptions = {}, index = 0): string {
  switch (block.type) {
    case 'paragraph':
      return `<p${attrs(block.direction, block.format)}>${inlineHtml(block.children, options)}</p>`
    case 'heading': {
      const id = options.headingIds ? ` id="subhead-${index + 1}"` : ''
      return `<${block.tag}${id}${attrs(block.direction, block.format, 'subhead')}>${inlineHtml(block.children, options)}</${block.tag}>`
    }
    case 'quote':
      return `<blockquote${attrs(block.direction, block.format)}><p>${inlineHtml(block.children, options)}</p></blockquote>`
    case 'list':
      return listHtml(block, options)
    case 'pull-quote': {
      const [text, attribution] = block.children
      const by = inlineHtml(attribution.children, options)
      return (
        `<figure${attrs(block.direction, block.format, 'pull-quote')}>` +
        `<blockquote${attrs(text.direction, text.format)}><p>${inlineHtml(text.children, options)}</p></blockquote>` +
        (by ? `<figcaption${attrs(attribution.direction, attribution.format)}>${by}</figcaption>` : '') +
        `</figure>`
      )
    }
    case 'fact-box': {
      const [title, ...content] = block.children
      const inner = content.map((c, i) => blockHtml(c, options, i)).join('')
      return `<aside${attrs(block.direction, block.format, `fact-box fact-box--${block.variant}`)}><h4${attrs(title.direction, title.format, 'fact-box-title')}>${inlineHtml(title.children, options)}</h4>${inner}</aside>`
    }
    case 'qa-pair': {
      const [q, a] = block.children
      const qSpeaker = q.speaker || options.defaultSpeakers?.question || ''
      const aSpeaker = a.speaker || options.defaultSpeakers?.answer || ''
      const label = (s: string): string => (s ? `<b class="qa-speaker">${escapeHtml(s)}:</b> ` : '')
      return (
        `<div${attrs(block.direction, block.format, 'qa-pair')}>` +
        `<p${attrs(q.direction, q.format, 'qa-question')}>${label(qSpeaker)}${inlineHtml(q.children, options)}</p>` +
        `<p${attrs(a.direction, a.format, 'qa-answer')}>${label(aSpeaker)}${inlineHtml(a.children, options)}</p>` +
        `</div>`
      )
    }
    case 'timeline': {
      const rows = block.children
        .map(
          (entry) =>
            `<li${attrs(entry.direction, entry.format)}><span class="timeline-date">${inlineHtml(entry.children[0].children, options)}</span> <span class="timeline-event">${inlineHtml(entry.children[1].children, options)}</span></li>`,
        )
        .join('')
      return `<ol${attrs(block.direction, block.format, 'timeline')}>${rows}</ol>`
    }
    case 'image': {
      const src = options.imageSrc ? options.imageSrc(block.asset) : options.assets?.[block.asset] ? dataUrl(options.assets[block.asset]!) : null
      if (!src) return ''
      const caption = block.caption ? `<span class="caption">${escapeHtml(options.transformText ? options.transformText(block.caption) : block.caption)}</span>` : ''
      const credit = block.credit ? `<span class="credit">${escapeHtml(block.credit)}</span>` : ''
      const figcaption = caption || credit ? `<figcaption dir="auto">${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : ''
      return `<figure class="image image--${block.width}"><img src="${escapeHtml(src)}" alt="${escapeHtml(block.altText)}">${figcaption}</figure>`
    }
    case 'section-break':
      return `<hr class="section-break">`
    case 'page-break':
      return `<div class="page-break page-break--${block.kind}" aria-hidden="true"></div>`
    default:
      return ''
  }
}

/** The whole body, block after block. */
export function bodyHtml(body: BodyJSON, options: HtmlOptions = {}): string {
  let headings = 0
  let leadIn = options.leadIn
  return body.root.children
    .map((block) => {
      if (block.type === 'heading') return blockHtml(block, options, headings++)
      const html = blockHtml(block, options)
      if (leadIn && block.type === 'paragraph') {
        const at = html.indexOf('>') + 1
        const withLeadIn = `${html.slice(0, at)}${leadIn}${html.slice(at)}`
        leadIn = undefined
        return withLeadIn
      }
      return html
    })
    .join('\n')
}
