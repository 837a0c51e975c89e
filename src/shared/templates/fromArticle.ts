// “Save as template”: an article's fields, structure and layout become a template. The copy turns back
// into placeholders (so the next article starts from the shape, not from last week's words) unless
// the editor asks to keep the text (a standing introduction, a fixed box).
import type { BlockJSON, BodyJSON, InlineJSON, ListJSON, ParagraphJSON, QuoteJSON } from '../article/body'
import { TEXT_FIELDS, type ArticleMeta } from '../article/meta'
import type { Layout } from '../article/layout'
import { inlineText } from '../article/text'
import { FIELDS, customField, fieldValue } from './fields'
import { isPlaceholderBlock, placeholderText, ph, textNodesOf } from './placeholders'
import type { Template, TemplateField } from './schema'

export type SkeletonMode = 'placeholders' | 'keep'

export interface FromArticleOptions {
  readonly id: string
  readonly name: string
  readonly description?: string
  /** `placeholders` (default): copy becomes placeholder text; `keep`: the text stays as it is. */
  readonly body?: SkeletonMode
  /** The template the article was made from, whose fields and suggestions carry over. */
  readonly base?: Template | null
}

export interface ArticleShape {
  readonly meta: ArticleMeta
  readonly layout: Layout
  readonly body: BodyJSON
}

/** Fields whose value stays the same from one piece to the next in a series or column. */
const STANDING_FIELDS: ReadonlySet<string> = new Set(['kicker', 'byline', 'authorBio', 'section'])

const FIELD_PRESETS: Readonly<Record<string, () => TemplateField>> = FIELDS

function fieldsFrom(meta: ArticleMeta, base: Template | null): TemplateField[] {
  const fields: TemplateField[] = base ? base.fields.map((f) => ({ ...f })) : [FIELDS.headline()]
  const ids = new Set(fields.map((f) => f.id))
  // Fields the article filled that its template did not show (or that it got from elsewhere).
  for (const id of [...TEXT_FIELDS, ...Object.keys(meta.fields)]) {
    if (ids.has(id) || id === 'publication' || id === 'editorInChief' || fieldValue(meta, id).trim() === '') continue
    const preset = FIELD_PRESETS[id]
    fields.push(preset ? { ...preset(), required: false } : customField(id, labelFor(id)))
    ids.add(id)
  }
  return fields.map((field) => {
    if (!STANDING_FIELDS.has(field.id)) return field
    const value = fieldValue(meta, field.id).trim()
    return value && value.length <= 1000 ? { ...field, default: value.replace(/[{}]/g, '') } : field
  })
}

/** `workReviewed` → `Work reviewed`. */
function labelFor(id: string): string {
  const words = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return (words.charAt(0).toUpperCase() + words.slice(1)).slice(0, 60)
}

const GENERIC = {
  paragraph: 'Text: write this part here.',
  subhead: 'Subhead',
  quote: 'Quotation, word for word.',
  listItem: 'List item',
  pullQuote: 'Pull quote: the strongest line of the piece',
  attribution: 'Who said it',
  boxText: 'The box’s text.',
  question: 'Question',
  answer: 'Answer',
  date: 'Date',
  event: 'What happened',
} as const

const marked = (text: string): InlineJSON[] => [placeholderText(text)]
const hasText = (children: readonly InlineJSON[]): boolean => inlineText(children).trim() !== ''

function placeholderList(list: ListJSON): ListJSON {
  const count = Math.min(Math.max(list.children.length, 1), 5)
  return { ...ph.list(list.listType, Array.from({ length: count }, () => GENERIC.listItem)), start: list.start }
}

function placeholderBoxContent(content: readonly (ParagraphJSON | ListJSON | QuoteJSON)[]): (ParagraphJSON | ListJSON | QuoteJSON)[] {
  const out: (ParagraphJSON | ListJSON | QuoteJSON)[] = []
  for (const inner of content) {
    if (isPlaceholderBlock(inner)) out.push(inner)
    else if (inner.type === 'list') out.push(placeholderList(inner))
    else if (out.at(-1)?.type !== 'paragraph') out.push(ph.paragraph(GENERIC.boxText))
  }
  return out.length > 0 ? out : [ph.paragraph(GENERIC.boxText)]
}

/** One block as a placeholder of the same shape, or null when it has no place in a template. */
function placeholderBlock(block: BlockJSON): BlockJSON | null {
  if (isPlaceholderBlock(block)) return block
  switch (block.type) {
    case 'paragraph':
      return { ...block, children: marked(GENERIC.paragraph) }
    case 'heading':
      return { ...block, children: marked(GENERIC.subhead) }
    case 'quote':
      return { ...block, children: marked(GENERIC.quote) }
    case 'list':
      return placeholderList(block)
    case 'pull-quote': {
      const [text, attribution] = block.children
      return {
        ...block,
        children: [
          { ...text, children: marked(GENERIC.pullQuote) },
          { ...attribution, children: hasText(attribution.children) ? marked(GENERIC.attribution) : [] },
        ],
      }
    }
    case 'fact-box': {
      // The box's title is a label (“Key facts”, “Background”): it stays.
      const [title, ...content] = block.children
      return { ...block, children: [title, ...placeholderBoxContent(content)] }
    }
    case 'qa-pair': {
      const [question, answer] = block.children
      return { ...block, children: [{ ...question, children: marked(GENERIC.question) }, { ...answer, children: marked(GENERIC.answer) }] }
    }
    case 'timeline':
      return {
        ...block,
        children: block.children.map((entry) => {
          const [date, event] = entry.children
          return { ...entry, children: [{ ...date, children: marked(GENERIC.date) }, { ...event, children: marked(GENERIC.event) }] as const }
        }),
      }
    case 'image':
      // Images live in the article's assets, which a template does not carry.
      return null
    case 'section-break':
    case 'page-break':
      return block
  }
}

function isGenericParagraph(block: BlockJSON | undefined): boolean {
  return block?.type === 'paragraph' && block.children.length > 0 && [...textNodesOf(block)].every((n) => n.text === GENERIC.paragraph)
}

/** The body as a skeleton: runs of copy collapse to one placeholder paragraph; structure stays. */
export function skeletonFromBody(body: BodyJSON, mode: SkeletonMode = 'placeholders'): BodyJSON {
  const blocks: BlockJSON[] = []
  for (const block of body.root.children) {
    if (mode === 'keep') {
      if (block.type !== 'image') blocks.push(block)
      continue
    }
    // An empty paragraph (a spacer) is not copy; it has no place in a skeleton.
    if (block.type === 'paragraph' && !hasText(block.children)) continue
    const converted = placeholderBlock(block)
    if (!converted) continue
    if (isGenericParagraph(converted) && isGenericParagraph(blocks.at(-1))) continue
    blocks.push(converted)
  }
  if (blocks.length === 0) blocks.push(ph.paragraph(GENERIC.paragraph))
  return { ...body, root: { ...body.root, children: blocks } }
}

/** The template an article would make: its fields (with standing values as defaults), skeleton, target and layout. */
export function templateFromArticle(article: ArticleShape, options: FromArticleOptions): Template {
  const base = options.base ?? null
  return {
    id: options.id,
    name: options.name.trim(),
    description: options.description?.trim() || (base ? `Based on “${base.name}”.` : 'Made from an article.'),
    group: 'custom',
    fields: fieldsFrom(article.meta, base),
    skeleton: skeletonFromBody(article.body, options.body ?? 'placeholders'),
    target: article.meta.target,
    layout: { ...article.layout },
    language: article.meta.language,
    suggestedBlocks: base ? [...base.suggestedBlocks] : [],
  }
}
