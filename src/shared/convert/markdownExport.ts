// An article as Markdown with YAML front matter. Stable: exporting, importing and exporting again
// gives the same bytes. Galley's own blocks are written as directives (see markdownImport.ts); images
// as reference definitions with data: URLs at the end, so the file travels alone.
import { dataUrl, type Assets } from '../article/assets'
import { hasFormat, isSmallCaps, type BlockJSON, type InlineJSON, type ListJSON, type TextJSON } from '../article/body'
import type { Article } from '../article/file'
import { inlineText } from '../article/text'
import { safeUrl } from '../render/html'
import { writeFrontMatter } from './frontMatter'
import { trimInline } from './inline'

interface Mark {
  readonly open: string
  readonly close: string
  readonly has: (t: TextJSON) => boolean
}
// Outermost first: a run's marks are always opened in this order, so runs nest cleanly.
const MARKS: readonly Mark[] = [
  { open: '**', close: '**', has: (t) => hasFormat(t.format, 'bold') },
  { open: '*', close: '*', has: (t) => hasFormat(t.format, 'italic') },
  { open: '~~', close: '~~', has: (t) => hasFormat(t.format, 'strikethrough') },
  { open: '<u>', close: '</u>', has: (t) => hasFormat(t.format, 'underline') },
  { open: '<sub>', close: '</sub>', has: (t) => hasFormat(t.format, 'subscript') },
  { open: '<sup>', close: '</sup>', has: (t) => hasFormat(t.format, 'superscript') },
  { open: '<mark>', close: '</mark>', has: (t) => hasFormat(t.format, 'highlight') },
  { open: '<span class="small-caps">', close: '</span>', has: (t) => isSmallCaps(t.style) },
]

/** Backslash-escapes what Markdown would read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~&|]/g, (c) => `\\${c}`)
}

/** Escapes what only matters at the start of a line (headings, lists, quotes, directives). */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+=:-])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2')
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((s) => s.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

function inlineMarkdown(all: readonly InlineJSON[], lineIndent: string): string {
  const children = trimInline(all)
  let out = ''
  const open: Mark[] = []
  const closeTo = (keep: number): void => {
    while (open.length > keep) out += open.pop()!.close
  }
  const textOf = (t: TextJSON): string => (hasFormat(t.format, 'code') ? codeSpan(t.text) : escapeMarkdown(t.text))
  const emitText = (t: TextJSON): void => {
    const text = t.text.replace(/\n/g, ' ')
    const wanted = MARKS.filter((m) => m.has(t))
    if (wanted.length === 0) {
      closeTo(0)
      out += textOf({ ...t, text })
      return
    }
    // Whitespace must sit outside emphasis markers or CommonMark does not see them.
    const lead = /^\s*/u.exec(text)?.[0] ?? ''
    const core = text.slice(lead.length).replace(/\s+$/u, '')
    const trail = text.slice(lead.length + core.length)
    if (lead) closeTo(0)
    out += lead
    if (core !== '') {
      let keep = 0
      while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++
      closeTo(keep)
      for (const m of wanted.slice(open.length)) {
        out += m.open
        open.push(m)
      }
      out += textOf({ ...t, text: core })
    }
    if (trail) {
      closeTo(0)
      out += trail
    }
  }
  for (const child of children) {
    switch (child.type) {
      case 'text':
        emitText(child)
        break
      case 'tab':
        closeTo(0)
        out += '\t'
        break
      case 'linebreak':
        closeTo(0)
        out += `\\\n${lineIndent}`
        break
      case 'link': {
        closeTo(0)
        const href = safeUrl(child.url)
        const inner = inlineMarkdown(child.children, lineIndent)
        out += href ? `[${inner}](<${href.replace(/[<>]/g, encodeURIComponent)}>)` : inner
        break
      }
      default:
        break
    }
  }
  closeTo(0)
  return out
    .split('\n')
    .map((line, i) => (i === 0 ? escapeLineStart(line) : lineIndent + escapeLineStart(line.slice(lineIndent.length))))
    .join('\n')
}

function listMarkdown(list: ListJSON, indent: string): string {
  return list.children
    .map((item, i) => {
      const marker = list.listType === 'number' ? `${list.start + i}. ` : '- '
      const inner = indent + ' '.repeat(marker.length)
      const inline = item.children.filter((c): c is InlineJSON => c.type !== 'list')
      const nested = item.children.filter((c): c is ListJSON => c.type === 'list')
      const text = inlineMarkdown(inline, inner)
      return `${indent}${marker}${text}${nested.map((n) => `\n${listMarkdown(n, inner)}`).join('')}`
    })
    .join('\n')
}

const attrValue = (v: string): string => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`
const paragraphs = (text: string): string => text.split('\n').map(escapeMarkdown).map(escapeLineStart).join('\\\n')

function blockMarkdown(block: BlockJSON, refs: Map<string, string>): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.children, '')
    case 'heading':
      return `${block.tag === 'h2' ? '##' : '###'} ${inlineMarkdown(block.children, '')}`
    case 'quote':
      return `> ${inlineMarkdown(block.children, '> ')}`
    case 'list':
      return listMarkdown(block, '')
    case 'pull-quote': {
      const [text, by] = block.children
      const attribution = by.children.length > 0 ? `\n\n— ${inlineMarkdown(by.children, '')}` : ''
      return `:::pull-quote\n${inlineMarkdown(text.children, '')}${attribution}\n:::`
    }
    case 'fact-box': {
      const [title, ...content] = block.children
      const head = block.variant === 'facts' ? ':::fact-box' : `:::fact-box{variant=${attrValue(block.variant)}}`
      const parts = [...(title.children.length > 0 ? [`#### ${inlineMarkdown(title.children, '')}`] : []), ...content.map((c) => blockMarkdown(c, refs))]
      return `${head}\n${parts.join('\n\n')}\n:::`
    }
    case 'qa-pair': {
      const [q, a] = block.children
      const line = (speaker: string, children: readonly InlineJSON[]): string => `${speaker ? `**${escapeMarkdown(speaker)}:** ` : ''}${inlineMarkdown(children, '')}`
      return `:::qa\n${line(q.speaker, q.children)}\n\n${line(a.speaker, a.children)}\n:::`
    }
    case 'timeline': {
      const rows = block.children.map((entry) => {
        const date = inlineText(entry.children[0].children)
        return `- ${date ? `**${escapeMarkdown(date)}:** ` : ''}${inlineMarkdown(entry.children[1].children, '  ')}`
      })
      return `:::timeline\n${rows.join('\n')}\n:::`
    }
    case 'image': {
      const ref = `image-${block.asset.slice(0, 12)}`
      refs.set(ref, block.asset)
      const img = `![${escapeMarkdown(block.altText.replace(/\n/g, ' '))}][${ref}]`
      const attrs = [block.width === 'full' ? `width=${attrValue('full')}` : '', block.credit ? `credit=${attrValue(block.credit)}` : ''].filter(Boolean)
      if (!block.caption && attrs.length === 0) return img
      return `:::figure${attrs.length > 0 ? `{${attrs.join(' ')}}` : ''}\n${img}${block.caption ? `\n\n${paragraphs(block.caption)}` : ''}\n:::`
    }
    case 'section-break':
      return '* * *'
    case 'page-break':
      return block.kind === 'column' ? '::page-break{kind="column"}' : '::page-break'
    default:
      return ''
  }
}

/** The article as Markdown: front matter, the body, then the image definitions. */
export function articleToMarkdown(article: Pick<Article, 'meta' | 'body' | 'assets'>): string {
  const refs = new Map<string, string>()
  const blocks = article.body.root.children.map((b) => blockMarkdown(b, refs)).filter((s) => s !== '')
  const definitions = [...refs].flatMap(([ref, key]) => {
    const asset = (article.assets as Assets)[key]
    return asset ? [`[${ref}]: <${dataUrl(asset)}>`] : []
  })
  const parts = [writeFrontMatter(article.meta), ...blocks.map((b) => `${b}\n`), ...(definitions.length > 0 ? [`${definitions.join('\n')}\n`] : [])]
  return parts.join('\n')
}
