// An article as plain text in wire-copy form: masthead line for editorials, headline, deck, byline,
// the dateline opening the first paragraph, then the body with a blank line between paragraphs.
// The plain-text importer reads this form back.
import type { BlockJSON } from '../article/body'
import type { Article } from '../article/file'
import { inlineText } from '../article/text'
import { formatEditorInChief, formatMastheadDate, type DateFormat } from '../templates/dates'

export interface WireTextOptions {
  /** The date after the masthead name, as the masthead prints it: long (the default) or ISO. */
  readonly dateFormat?: DateFormat
  readonly lineEnd?: '\n' | '\r\n'
}

function blockText(block: BlockJSON, out: string[], warnings: string[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      out.push(inlineText(block.children))
      break
    case 'list': {
      const walk = (list: Extract<BlockJSON, { type: 'list' }>, depth: number): void => {
        list.children.forEach((item, i) => {
          const marker = list.listType === 'number' ? `${list.start + i}.` : '-'
          out.push(`${'  '.repeat(depth)}${marker} ${inlineText(item.children.filter((c) => c.type !== 'list'))}`)
          for (const nested of item.children) if (nested.type === 'list') walk(nested, depth + 1)
        })
      }
      const lines: string[] = []
      const saved = out.length
      walk(block, 0)
      lines.push(...out.splice(saved))
      out.push(lines.join('\n'))
      break
    }
    case 'pull-quote':
      // A pull quote repeats the copy; wire text carries the copy once.
      break
    case 'fact-box': {
      const [title, ...content] = block.children
      if (inlineText(title.children)) out.push(inlineText(title.children))
      for (const c of content) blockText(c, out, warnings)
      break
    }
    case 'qa-pair': {
      const [q, a] = block.children
      out.push(`${q.speaker || 'Q'}: ${inlineText(q.children)}`)
      out.push(`${a.speaker || 'A'}: ${inlineText(a.children)}`)
      break
    }
    case 'timeline':
      out.push(block.children.map((e) => `${inlineText(e.children[0].children)} — ${inlineText(e.children[1].children)}`).join('\n'))
      break
    case 'image':
      if (block.caption || block.credit) out.push(`[${[block.caption, block.credit ? `(${block.credit})` : ''].filter(Boolean).join(' ')}]`)
      if (!warnings.includes('Images are left out of plain text; their captions are kept.')) warnings.push('Images are left out of plain text; their captions are kept.')
      break
    case 'section-break':
      out.push('* * *')
      break
    default:
      break
  }
}

export function articleToWireText(article: Pick<Article, 'meta' | 'body'>, options: WireTextOptions = {}): { text: string; warnings: string[] } {
  const { meta } = article
  const warnings: string[] = []
  const head: string[] = []
  if (meta.editorInChief) {
    const date = formatMastheadDate(meta.date, meta.language, options.dateFormat)
    head.push(`${formatEditorInChief(meta.editorInChief, meta.language)}${date ? `  ${date}` : ''}`)
  }
  if (meta.headline) head.push(meta.headline)
  if (meta.deck && meta.byline) head.push(meta.deck)
  if (meta.byline) head.push(`By ${meta.byline}`)
  const body: string[] = []
  for (const block of article.body.root.children) blockText(block, body, warnings)
  const paragraphs = body.filter((t) => t.trim() !== '')
  if (meta.dateline) {
    const firstParagraph = article.body.root.children.findIndex((b) => b.type === 'paragraph')
    if (firstParagraph === 0 && paragraphs.length > 0) paragraphs[0] = `${meta.dateline} ${paragraphs[0]}`
    else paragraphs.unshift(meta.dateline)
  }
  if (meta.authorBio) paragraphs.push(meta.authorBio)
  const eol = options.lineEnd ?? '\n'
  const text = [...head, ...paragraphs].join('\n\n').replace(/\n/g, eol)
  return { text: text + eol, warnings }
}
