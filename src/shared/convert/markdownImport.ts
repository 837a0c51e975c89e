// Markdown (CommonMark, with ~~strikethrough~~) with YAML front matter into an article. Galley's own
// blocks travel as directives: `:::pull-quote`, `:::fact-box{variant=…}`, `:::qa`, `:::timeline`,
// `:::figure{width=… credit=…}` and `::page-break{kind=…}`; hand-written `**Q:** … / **A:** …`
// paragraphs become Q&A too. Raw HTML inside the Markdown goes through the HTML allow-list.
import type { Blockquote, Definition, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { directiveFromMarkdown } from 'mdast-util-directive'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { directive } from 'micromark-extension-directive'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import {
  BOX_VARIANTS,
  factBox,
  timeline,
  image,
  pageBreak,
  paragraph,
  pullQuote,
  qaPair,
  quote,
  sectionBreak,
  subhead,
  SMALL_CAPS_STYLE,
  TEXT_FORMAT,
  type BlockJSON,
  type BoxVariant,
  type InlineJSON,
  type ListJSON,
  type ParagraphJSON,
  type QuoteJSON,
} from '../article/body'
import type { Language } from '../article/languages'
import { inlineText } from '../article/text'
import { listBlock } from './blocks'
import { readFrontMatter, splitFrontMatter } from './frontMatter'
import { parseHtmlArticle } from './htmlImport'
import { textDirection, type ImageSink, type ImportedArticle } from './imported'
import { InlineBuilder, PLAIN, trimInline, type RunStyle } from './inline'
import { guessLanguage } from './language'

export interface MarkdownImportOptions {
  readonly images: ImageSink
  readonly defaultLanguage?: Language
}

// Only the block forms of directives: inline `:name` would swallow text such as "note:this".
const flowDirectives = { flow: directive().flow }

const HTML_FORMATS: Readonly<Record<string, number>> = {
  u: TEXT_FORMAT.underline,
  ins: TEXT_FORMAT.underline,
  sub: TEXT_FORMAT.subscript,
  sup: TEXT_FORMAT.superscript,
  mark: TEXT_FORMAT.highlight,
  s: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  b: TEXT_FORMAT.bold,
  strong: TEXT_FORMAT.bold,
  i: TEXT_FORMAT.italic,
  em: TEXT_FORMAT.italic,
  code: TEXT_FORMAT.code,
}

type BoxContent = ParagraphJSON | ListJSON | QuoteJSON

class MarkdownConverter {
  readonly blocks: BlockJSON[] = []
  readonly warnings: string[] = []
  private readonly definitions = new Map<string, Definition>()
  private droppedImages = 0
  headline: string | null = null

  constructor(private readonly options: MarkdownImportOptions) {}

  run(root: Root): void {
    for (const node of root.children) if (node.type === 'definition') this.definitions.set(node.identifier, node)
    this.blocks.push(...this.flow(root.children, true))
  }

  private flow(nodes: readonly RootContent[], top = false): BlockJSON[] {
    const out: BlockJSON[] = []
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!
      switch (node.type) {
        case 'paragraph': {
          const pair = this.handWrittenQa(node, nodes[i + 1])
          if (pair) {
            out.push(pair)
            i++
            break
          }
          out.push(...this.paragraphBlocks(node))
          break
        }
        case 'heading':
          if (top && node.depth === 1 && this.headline === null && out.length === 0 && this.blocks.length === 0) {
            this.headline = inlineText(this.inline(node.children))
            break
          }
          out.push(this.heading(node))
          break
        case 'blockquote':
          out.push(...this.quotes(node))
          break
        case 'list':
          out.push(this.list(node))
          break
        case 'thematicBreak':
          out.push(sectionBreak())
          break
        case 'code': {
          const b = new InlineBuilder()
          node.value.split('\n').forEach((line, n) => {
            if (n > 0) b.lineBreak()
            b.text(line)
          })
          if (!b.isEmpty) out.push(paragraph(b.close()))
          break
        }
        case 'html':
          out.push(...parseHtmlArticle(node.value, { images: this.options.images }).blocks)
          break
        case 'containerDirective':
          out.push(...this.container(node))
          break
        case 'leafDirective':
          out.push(...this.leaf(node))
          break
        default:
          break
      }
    }
    return out
  }

  private heading(node: Heading): BlockJSON {
    const inline = this.inline(node.children)
    return { ...subhead(inline, node.depth <= 2 ? 2 : 3), direction: textDirection(inlineText(inline)) }
  }

  /** A paragraph; images in it become blocks of their own around the text. */
  private paragraphBlocks(node: Paragraph): BlockJSON[] {
    const out: BlockJSON[] = []
    let run: PhrasingContent[] = []
    const flushText = (): void => {
      const inline = this.inline(run)
      if (inline.length > 0) out.push(paragraph(inline, textDirection(inlineText(inline))))
      run = []
    }
    for (const child of node.children) {
      if (child.type === 'image' || child.type === 'imageReference') {
        flushText()
        const img = this.image(child)
        if (img) out.push(img)
      } else run.push(child)
    }
    flushText()
    return out
  }

  private image(node: PhrasingContent, fields: { caption?: string; credit?: string; width?: 'column' | 'full' } = {}): BlockJSON | null {
    let src = ''
    let alt = ''
    if (node.type === 'image') {
      src = node.url
      alt = node.alt ?? ''
    } else if (node.type === 'imageReference') {
      src = this.definitions.get(node.identifier)?.url ?? ''
      alt = node.alt ?? ''
    }
    const key = src ? this.options.images.fromSource(src) : null
    if (!key) {
      this.droppedImages++
      return null
    }
    return image(key, { altText: alt.slice(0, 2000), caption: (fields.caption ?? '').slice(0, 5000), credit: (fields.credit ?? '').slice(0, 500), width: fields.width ?? 'column' })
  }

  private quotes(node: Blockquote): QuoteJSON[] {
    const out: QuoteJSON[] = []
    for (const child of node.children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const inline = this.inline(child.children)
        if (inline.length > 0) out.push({ ...quote(inline), direction: textDirection(inlineText(inline)) })
      } else if (child.type === 'blockquote') out.push(...this.quotes(child))
      else if (child.type === 'list') {
        for (const item of this.list(child).children) {
          const inline = item.children.filter((c): c is InlineJSON => c.type !== 'list')
          if (inline.length > 0) out.push(quote(inline))
        }
      }
    }
    return out
  }

  private list(node: List): ListJSON {
    const listType = node.ordered ? 'number' : 'bullet'
    const start = node.ordered && typeof node.start === 'number' && node.start >= 0 && node.start <= 100_000 ? node.start : 1
    const entries = node.children.map((item) => {
      const inline: InlineJSON[] = []
      const nested: ListJSON[] = []
      for (const child of item.children) {
        if (child.type === 'list') nested.push(this.list(child))
        else if (child.type === 'paragraph' || child.type === 'heading') {
          if (inline.length > 0) inline.push({ type: 'linebreak', version: 1 })
          inline.push(...this.inline(child.children))
        }
      }
      return { inline, nested }
    })
    return listBlock(listType, start, entries)
  }

  private container(node: ContainerDirective): BlockJSON[] {
    const attrs = node.attributes ?? {}
    const paragraphs = node.children.filter((c): c is Paragraph => c.type === 'paragraph')
    switch (node.name) {
      case 'pull-quote': {
        const last = paragraphs[paragraphs.length - 1]
        const lastInline = last ? this.inline(last.children) : []
        const isAttribution = paragraphs.length > 1 && /^[—–-]\s?/u.test(inlineText(lastInline))
        const textParas = isAttribution ? paragraphs.slice(0, -1) : paragraphs
        const text: InlineJSON[] = []
        for (const p of textParas) {
          if (text.length > 0) text.push({ type: 'linebreak', version: 1 })
          text.push(...this.inline(p.children))
        }
        const attribution = isAttribution ? stripLeading(lastInline, /^[—–-]\s?/u) : []
        return [{ ...pullQuote(text, attribution), direction: textDirection(inlineText(text)) }]
      }
      case 'fact-box': {
        const variant: BoxVariant = (BOX_VARIANTS as readonly string[]).includes(attrs['variant'] ?? '') ? (attrs['variant'] as BoxVariant) : 'facts'
        const children = [...node.children]
        let title: InlineJSON[] = []
        if (children[0]?.type === 'heading') title = this.inline((children.shift() as Heading).children)
        const content = this.flow(children).filter((b): b is BoxContent => b.type === 'paragraph' || b.type === 'list' || b.type === 'quote')
        return [factBox(title, content, variant)]
      }
      case 'qa': {
        const [q, a] = paragraphs.map((p) => this.speakerLine(p.children))
        return [{ ...qaPair(q?.inline ?? [], a?.inline ?? [], { question: q?.speaker ?? '', answer: a?.speaker ?? '' }), direction: textDirection(inlineText(q?.inline ?? [])) }]
      }
      case 'timeline': {
        const list = node.children.find((c): c is List => c.type === 'list')
        if (!list) return []
        const entries = list.children.map((item) => {
          const p = item.children.find((c): c is Paragraph => c.type === 'paragraph')
          const line = this.speakerLine(p?.children ?? [])
          return { date: line.speaker ? this.inline([{ type: 'text', value: line.speaker }]) : [], event: line.inline }
        })
        return [timeline(entries)]
      }
      case 'figure': {
        const children = [...node.children]
        const imagePara = children.findIndex((c) => c.type === 'paragraph' && c.children.some((x) => x.type === 'image' || x.type === 'imageReference'))
        if (imagePara < 0) return this.flow(children)
        const para = children[imagePara] as Paragraph
        const img = para.children.find((x) => x.type === 'image' || x.type === 'imageReference')!
        const captionParas = children.filter((c, i): c is Paragraph => i !== imagePara && c.type === 'paragraph')
        const caption = captionParas.map((p) => inlineText(this.inline(p.children))).join('\n').trim()
        const block = this.image(img, { caption, credit: attrs['credit'] ?? '', width: attrs['width'] === 'full' ? 'full' : 'column' })
        return block ? [block] : []
      }
      default:
        return this.flow(node.children)
    }
  }

  private leaf(node: LeafDirective): BlockJSON[] {
    if (node.name === 'page-break') return [pageBreak(node.attributes?.['kind'] === 'column' ? 'column' : 'page')]
    if (node.name === 'section-break') return [sectionBreak()]
    const inline = this.inline(node.children)
    return inline.length > 0 ? [paragraph(inline)] : []
  }

  /** `**Speaker:** text`: the bold label ending in a colon, and the rest. */
  private speakerLine(children: readonly PhrasingContent[]): { speaker: string; inline: InlineJSON[] } {
    const first = children[0]
    if (first?.type === 'strong') {
      const label = inlineText(this.inline(first.children))
      const m = /^(.*?)[:：]\s*$/su.exec(label)
      if (m) return { speaker: m[1]!.trim(), inline: this.inline(children.slice(1)) }
    }
    return { speaker: '', inline: this.inline(children) }
  }

  /** `**Q:** …` followed by `**A:** …` outside a `:::qa` block. */
  private handWrittenQa(node: Paragraph, next: RootContent | undefined): BlockJSON | null {
    if (next?.type !== 'paragraph') return null
    const q = this.speakerLabel(node)
    const a = this.speakerLabel(next)
    if (!q || !a || !/^(q|question|вопрос|سوال)$/iu.test(q) || !/^(a|answer|ответ|جواب)$/iu.test(a)) return null
    const question = this.speakerLine(node.children).inline
    const answer = this.speakerLine(next.children).inline
    return { ...qaPair(question, answer), direction: textDirection(inlineText(question)) }
  }

  private speakerLabel(p: Paragraph): string | null {
    const first = p.children[0]
    if (first?.type !== 'strong') return null
    const m = /^(.*?)[:：]\s*$/su.exec(inlineText(this.inline(first.children)))
    return m ? m[1]!.trim() : null
  }

  // --- inline ------------------------------------------------------------------------------

  inline(nodes: readonly PhrasingContent[]): InlineJSON[] {
    const b = new InlineBuilder()
    const htmlStack: { tag: string; style: RunStyle }[] = []
    const walk = (list: readonly PhrasingContent[], style: RunStyle): void => {
      for (const node of list) {
        const current = htmlStack.length > 0 ? htmlStack[htmlStack.length - 1]!.style : style
        switch (node.type) {
          case 'text':
            b.text(node.value.replace(/\n/g, ' '), current)
            break
          case 'emphasis':
            walk(node.children, { ...current, format: current.format | TEXT_FORMAT.italic })
            break
          case 'strong':
            walk(node.children, { ...current, format: current.format | TEXT_FORMAT.bold })
            break
          case 'delete':
            walk(node.children, { ...current, format: current.format | TEXT_FORMAT.strikethrough })
            break
          case 'inlineCode':
            b.text(node.value, { ...current, format: current.format | TEXT_FORMAT.code })
            break
          case 'break':
            b.lineBreak()
            break
          case 'link':
            b.openLink(node.url)
            walk(node.children, current)
            b.closeLink()
            break
          case 'linkReference': {
            const def = this.definitions.get(node.identifier)
            if (def) b.openLink(def.url)
            walk(node.children, current)
            if (def) b.closeLink()
            break
          }
          case 'html': {
            const tag = /^<\s*(\/?)\s*([a-z]+)([^>]*)>$/i.exec(node.value.trim())
            if (!tag) break
            const [, closing, nameRaw, rest] = tag
            const name = nameRaw!.toLowerCase()
            if (name === 'br') {
              b.lineBreak()
              break
            }
            if (closing) {
              const at = htmlStack.map((h) => h.tag).lastIndexOf(name)
              if (at >= 0) htmlStack.splice(at)
              break
            }
            const format = HTML_FORMATS[name]
            if (format !== undefined) htmlStack.push({ tag: name, style: { ...current, format: current.format | format } })
            else if (name === 'span' && /small-caps/.test(rest ?? '')) htmlStack.push({ tag: name, style: { ...current, style: SMALL_CAPS_STYLE } })
            else if (name === 'span') htmlStack.push({ tag: name, style: current })
            break
          }
          default:
            break
        }
      }
    }
    walk(nodes, PLAIN)
    return b.close()
  }

  finish(): void {
    if (this.droppedImages > 0) {
      this.warnings.push(`${this.droppedImages === 1 ? 'One image' : `${this.droppedImages} images`} could not be brought in (linked from the web, missing, damaged or not a PNG, JPEG, WebP, GIF or SVG image).`)
    }
  }
}

function stripLeading(inline: readonly InlineJSON[], re: RegExp): InlineJSON[] {
  const [first, ...rest] = inline
  if (first?.type !== 'text') return [...inline]
  const text = first.text.replace(re, '')
  return trimInline(text ? [{ ...first, text }, ...rest] : rest)
}

export function parseMarkdownArticle(text: string, options: MarkdownImportOptions): ImportedArticle {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const { yaml, body } = splitFrontMatter(source)
  const warnings: string[] = []
  const meta = yaml === null ? {} : readFrontMatter(yaml, warnings)
  const tree = fromMarkdown(body, {
    extensions: [flowDirectives, gfmStrikethrough({ singleTilde: false })],
    mdastExtensions: [directiveFromMarkdown(), gfmStrikethroughFromMarkdown()],
  })
  const c = new MarkdownConverter(options)
  c.run(tree)
  c.finish()
  if (c.headline !== null && !meta.headline) meta.headline = c.headline.slice(0, 500)
  if (!meta.language) {
    const all = [meta.headline ?? '', ...c.blocks.map((b) => ('children' in b ? inlineText(b.children as readonly InlineJSON[]) : ''))].join('\n')
    meta.language = guessLanguage(all, options.defaultLanguage)
  }
  return { meta, blocks: c.blocks, warnings: [...warnings, ...c.warnings] }
}
