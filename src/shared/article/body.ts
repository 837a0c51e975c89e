// The article body: a Lexical editor state serialized as JSON. These are the node shapes Galley's
// editor writes; render, export, import and stats all work on them, with no editor needed.
// Every object is "loose": fields this version does not know survive a load/save round trip.
import { z } from 'zod'

// Lexical text format bits (lexical/LexicalConstants). Small caps is a text style, not a bit.
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
  lowercase: 256,
  uppercase: 512,
  capitalize: 1024,
} as const
export type TextFormatName = keyof typeof TEXT_FORMAT
export const SMALL_CAPS_STYLE = 'font-variant-caps: small-caps'

export function hasFormat(format: number, name: TextFormatName): boolean {
  return (format & TEXT_FORMAT[name]) !== 0
}
export function isSmallCaps(style: string): boolean {
  return /font-variant-caps:\s*(all-)?small-caps/.test(style)
}

export type ElementDirection = 'ltr' | 'rtl' | null
export type ElementFormat = '' | 'left' | 'center' | 'right' | 'justify' | 'start' | 'end'

interface ElementBase {
  readonly direction: ElementDirection
  readonly format: ElementFormat
  readonly indent: number
  readonly version: number
  readonly [unknown: string]: unknown
}

export interface TextJSON {
  readonly type: 'text'
  readonly text: string
  readonly format: number
  readonly style: string
  readonly mode: 'normal' | 'token' | 'segmented'
  readonly detail: number
  readonly version: number
  readonly [unknown: string]: unknown
}
export interface LineBreakJSON {
  readonly type: 'linebreak'
  readonly version: number
  readonly [unknown: string]: unknown
}
export interface TabJSON extends Omit<TextJSON, 'type'> {
  readonly type: 'tab'
}
export interface LinkJSON extends ElementBase {
  readonly type: 'link'
  readonly url: string
  readonly rel: string | null
  readonly target: string | null
  readonly title: string | null
  readonly children: readonly (TextJSON | LineBreakJSON | TabJSON)[]
}
export type InlineJSON = TextJSON | LineBreakJSON | TabJSON | LinkJSON

export interface ParagraphJSON extends ElementBase {
  readonly type: 'paragraph'
  readonly children: readonly InlineJSON[]
  readonly textFormat?: number
  readonly textStyle?: string
}
/** A subhead: level 2 (`h2`) or 3 (`h3`). The headline is a field, never a body node. */
export interface HeadingJSON extends ElementBase {
  readonly type: 'heading'
  readonly tag: 'h2' | 'h3'
  readonly children: readonly InlineJSON[]
}
export interface QuoteJSON extends ElementBase {
  readonly type: 'quote'
  readonly children: readonly InlineJSON[]
}
export interface ListItemJSON extends ElementBase {
  readonly type: 'listitem'
  readonly value: number
  readonly checked?: boolean
  readonly children: readonly (InlineJSON | ListJSON)[]
}
export interface ListJSON extends ElementBase {
  readonly type: 'list'
  readonly listType: 'bullet' | 'number'
  readonly start: number
  readonly tag: 'ul' | 'ol'
  readonly children: readonly ListItemJSON[]
}
export interface PullQuoteTextJSON extends ElementBase {
  readonly type: 'pull-quote-text'
  readonly children: readonly InlineJSON[]
}
export interface PullQuoteAttributionJSON extends ElementBase {
  readonly type: 'pull-quote-attribution'
  readonly children: readonly InlineJSON[]
}
/** A pull quote: its text, then who said it (may be empty). Never split across columns. */
export interface PullQuoteJSON extends ElementBase {
  readonly type: 'pull-quote'
  readonly children: readonly [PullQuoteTextJSON, PullQuoteAttributionJSON]
}
export const BOX_VARIANTS = ['facts', 'background', 'correction', 'editors-note'] as const
export type BoxVariant = (typeof BOX_VARIANTS)[number]
export interface FactBoxTitleJSON extends ElementBase {
  readonly type: 'fact-box-title'
  readonly children: readonly InlineJSON[]
}
/** A boxed aside: a title, then paragraphs and lists. Variants: fact box, background, correction, editor's note. */
export interface FactBoxJSON extends ElementBase {
  readonly type: 'fact-box'
  readonly variant: BoxVariant
  readonly children: readonly [FactBoxTitleJSON, ...(ParagraphJSON | ListJSON | QuoteJSON)[]]
}
export interface QaQuestionJSON extends ElementBase {
  readonly type: 'qa-question'
  /** Who asks (the interviewer or the paper); empty prints as the publication's default "Q". */
  readonly speaker: string
  readonly children: readonly InlineJSON[]
}
export interface QaAnswerJSON extends ElementBase {
  readonly type: 'qa-answer'
  readonly speaker: string
  readonly children: readonly InlineJSON[]
}
/** One question and its answer in an interview. */
export interface QaPairJSON extends ElementBase {
  readonly type: 'qa-pair'
  readonly children: readonly [QaQuestionJSON, QaAnswerJSON]
}
export interface TimelineDateJSON extends ElementBase {
  readonly type: 'timeline-date'
  readonly children: readonly InlineJSON[]
}
export interface TimelineEventJSON extends ElementBase {
  readonly type: 'timeline-event'
  readonly children: readonly InlineJSON[]
}
export interface TimelineEntryJSON extends ElementBase {
  readonly type: 'timeline-entry'
  readonly children: readonly [TimelineDateJSON, TimelineEventJSON]
}
export interface TimelineJSON extends ElementBase {
  readonly type: 'timeline'
  readonly children: readonly TimelineEntryJSON[]
}
export const IMAGE_WIDTHS = ['column', 'full'] as const
export type ImageWidth = (typeof IMAGE_WIDTHS)[number]
/** An embedded image: `asset` is the SHA-256 (hex) key of its bytes in the file's `assets`. */
export interface ImageJSON {
  readonly type: 'image'
  readonly version: number
  readonly asset: string
  readonly altText: string
  readonly caption: string
  readonly credit: string
  readonly width: ImageWidth
  readonly [unknown: string]: unknown
}
/** `* * *` between sections of the text. */
export interface SectionBreakJSON {
  readonly type: 'section-break'
  readonly version: number
  readonly [unknown: string]: unknown
}
/** Forces the following text to start a new column (`column`) or page (`page`) in print. */
export interface PageBreakJSON {
  readonly type: 'page-break'
  readonly version: number
  readonly kind: 'column' | 'page'
  readonly [unknown: string]: unknown
}

export type BlockJSON =
  | ParagraphJSON
  | HeadingJSON
  | QuoteJSON
  | ListJSON
  | PullQuoteJSON
  | FactBoxJSON
  | QaPairJSON
  | TimelineJSON
  | ImageJSON
  | SectionBreakJSON
  | PageBreakJSON

export interface RootJSON extends ElementBase {
  readonly type: 'root'
  readonly children: readonly BlockJSON[]
}
export interface BodyJSON {
  readonly root: RootJSON
  readonly [unknown: string]: unknown
}

export type AnyNodeJSON =
  | BlockJSON
  | InlineJSON
  | ListItemJSON
  | PullQuoteTextJSON
  | PullQuoteAttributionJSON
  | FactBoxTitleJSON
  | QaQuestionJSON
  | QaAnswerJSON
  | TimelineEntryJSON
  | TimelineDateJSON
  | TimelineEventJSON
  | RootJSON

// ---------------------------------------------------------------------------------------------
// zod schemas (validation of every load). Types above are the contract; schemas check it.

const version = z.number().int().min(1).max(1000)
const elementFields = {
  direction: z.enum(['ltr', 'rtl']).nullable(),
  format: z.enum(['', 'left', 'center', 'right', 'justify', 'start', 'end']),
  indent: z.number().int().min(0).max(20),
  version,
}
const textFields = {
  text: z.string().max(10_000_000),
  format: z.number().int().min(0).max(0xffff),
  style: z.string().max(500),
  mode: z.enum(['normal', 'token', 'segmented']),
  detail: z.number().int().min(0).max(0xffff),
  version,
}

const TextSchema = z.looseObject({ type: z.literal('text'), ...textFields })
const TabSchema = z.looseObject({ type: z.literal('tab'), ...textFields })
const LineBreakSchema = z.looseObject({ type: z.literal('linebreak'), version })
const LinkSchema = z.looseObject({
  type: z.literal('link'),
  ...elementFields,
  url: z.string().max(4096),
  rel: z.string().max(200).nullable(),
  target: z.string().max(50).nullable(),
  title: z.string().max(1000).nullable(),
  children: z.array(z.discriminatedUnion('type', [TextSchema, TabSchema, LineBreakSchema])),
})
const InlineSchema = z.discriminatedUnion('type', [TextSchema, TabSchema, LineBreakSchema, LinkSchema])
const inlineChildren = z.array(InlineSchema)

const textBlock = <T extends string>(type: T) => z.looseObject({ type: z.literal(type), ...elementFields, children: inlineChildren })

const ParagraphSchema = z.looseObject({
  type: z.literal('paragraph'),
  ...elementFields,
  children: inlineChildren,
  textFormat: z.number().int().min(0).optional(),
  textStyle: z.string().max(500).optional(),
})
const HeadingSchema = z.looseObject({ type: z.literal('heading'), ...elementFields, tag: z.enum(['h2', 'h3']), children: inlineChildren })
const QuoteSchema = textBlock('quote')

// Lists nest through their items; the item refers back to the list lazily.
const ListItemSchema = z.looseObject({
  type: z.literal('listitem'),
  ...elementFields,
  value: z.number().int().min(0).max(100_000),
  checked: z.boolean().optional(),
  children: z.array(z.union([InlineSchema, z.lazy((): z.ZodType => ListSchema)])),
})
const ListSchema = z.looseObject({
  type: z.literal('list'),
  ...elementFields,
  listType: z.enum(['bullet', 'number']),
  start: z.number().int().min(0).max(100_000),
  tag: z.enum(['ul', 'ol']),
  children: z.array(ListItemSchema),
})
const PullQuoteSchema = z.looseObject({
  type: z.literal('pull-quote'),
  ...elementFields,
  children: z.tuple([textBlock('pull-quote-text'), textBlock('pull-quote-attribution')]),
})
const FactBoxSchema = z.looseObject({
  type: z.literal('fact-box'),
  ...elementFields,
  variant: z.enum(BOX_VARIANTS),
  children: z.tuple([textBlock('fact-box-title')], z.union([ParagraphSchema, ListSchema, QuoteSchema])),
})
const speakerBlock = <T extends string>(type: T) =>
  z.looseObject({ type: z.literal(type), ...elementFields, speaker: z.string().max(200), children: inlineChildren })
const QaPairSchema = z.looseObject({
  type: z.literal('qa-pair'),
  ...elementFields,
  children: z.tuple([speakerBlock('qa-question'), speakerBlock('qa-answer')]),
})
const TimelineSchema = z.looseObject({
  type: z.literal('timeline'),
  ...elementFields,
  children: z.array(
    z.looseObject({
      type: z.literal('timeline-entry'),
      ...elementFields,
      children: z.tuple([textBlock('timeline-date'), textBlock('timeline-event')]),
    }),
  ),
})
export const ASSET_KEY = /^[0-9a-f]{64}$/
const ImageSchema = z.looseObject({
  type: z.literal('image'),
  version,
  asset: z.string().regex(ASSET_KEY, 'must be the SHA-256 of an embedded image'),
  altText: z.string().max(2000),
  caption: z.string().max(5000),
  credit: z.string().max(500),
  width: z.enum(IMAGE_WIDTHS),
})
const SectionBreakSchema = z.looseObject({ type: z.literal('section-break'), version })
const PageBreakSchema = z.looseObject({ type: z.literal('page-break'), version, kind: z.enum(['column', 'page']) })

const BlockSchema = z.discriminatedUnion('type', [
  ParagraphSchema,
  HeadingSchema,
  QuoteSchema,
  ListSchema,
  PullQuoteSchema,
  FactBoxSchema,
  QaPairSchema,
  TimelineSchema,
  ImageSchema,
  SectionBreakSchema,
  PageBreakSchema,
])

export const BodySchema = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), ...elementFields, children: z.array(BlockSchema) }),
})

/** Block types a body may hold at its top level. */
export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'quote',
  'list',
  'pull-quote',
  'fact-box',
  'qa-pair',
  'timeline',
  'image',
  'section-break',
  'page-break',
] as const satisfies readonly BlockJSON['type'][]

// ---------------------------------------------------------------------------------------------
// Builders: the exact JSON Lexical writes, for templates, importers and tests.

const el = { direction: null, format: '', indent: 0, version: 1 } as const

export function textNode(text: string, format = 0, style = ''): TextJSON {
  return { type: 'text', text, format, style, mode: 'normal', detail: 0, version: 1 }
}
function inline(content: string | readonly InlineJSON[]): readonly InlineJSON[] {
  if (typeof content !== 'string') return content
  return content === '' ? [] : [textNode(content)]
}
export function paragraph(content: string | readonly InlineJSON[] = '', direction: ElementDirection = null): ParagraphJSON {
  return { type: 'paragraph', ...el, direction, children: inline(content), textFormat: 0, textStyle: '' }
}
export function subhead(content: string | readonly InlineJSON[], level: 2 | 3 = 2): HeadingJSON {
  return { type: 'heading', ...el, tag: level === 2 ? 'h2' : 'h3', children: inline(content) }
}
export function quote(content: string | readonly InlineJSON[]): QuoteJSON {
  return { type: 'quote', ...el, children: inline(content) }
}
export function link(url: string, content: string | readonly (TextJSON | LineBreakJSON | TabJSON)[]): LinkJSON {
  const children = typeof content === 'string' ? [textNode(content)] : content
  return { type: 'link', ...el, url, rel: 'noreferrer', target: null, title: null, children }
}
export function list(listType: 'bullet' | 'number', items: readonly (string | readonly InlineJSON[])[]): ListJSON {
  return {
    type: 'list',
    ...el,
    listType,
    start: 1,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    children: items.map((item, i) => ({ type: 'listitem', ...el, value: i + 1, children: inline(item) })),
  }
}
export function pullQuote(text: string | readonly InlineJSON[], attribution: string | readonly InlineJSON[] = ''): PullQuoteJSON {
  return {
    type: 'pull-quote',
    ...el,
    children: [
      { type: 'pull-quote-text', ...el, children: inline(text) },
      { type: 'pull-quote-attribution', ...el, children: inline(attribution) },
    ],
  }
}
export function factBox(title: string | readonly InlineJSON[], content: readonly (ParagraphJSON | ListJSON | QuoteJSON)[], variant: BoxVariant = 'facts'): FactBoxJSON {
  return { type: 'fact-box', ...el, variant, children: [{ type: 'fact-box-title', ...el, children: inline(title) }, ...content] }
}
export function qaPair(question: string | readonly InlineJSON[], answer: string | readonly InlineJSON[], speakers: { question?: string; answer?: string } = {}): QaPairJSON {
  return {
    type: 'qa-pair',
    ...el,
    children: [
      { type: 'qa-question', ...el, speaker: speakers.question ?? '', children: inline(question) },
      { type: 'qa-answer', ...el, speaker: speakers.answer ?? '', children: inline(answer) },
    ],
  }
}
export function timeline(entries: readonly { date: string | readonly InlineJSON[]; event: string | readonly InlineJSON[] }[]): TimelineJSON {
  return {
    type: 'timeline',
    ...el,
    children: entries.map((e) => ({
      type: 'timeline-entry',
      ...el,
      children: [
        { type: 'timeline-date', ...el, children: inline(e.date) },
        { type: 'timeline-event', ...el, children: inline(e.event) },
      ],
    })),
  }
}
export function image(asset: string, fields: Partial<Pick<ImageJSON, 'altText' | 'caption' | 'credit' | 'width'>> = {}): ImageJSON {
  return { type: 'image', version: 1, asset, altText: fields.altText ?? '', caption: fields.caption ?? '', credit: fields.credit ?? '', width: fields.width ?? 'column' }
}
export function sectionBreak(): SectionBreakJSON {
  return { type: 'section-break', version: 1 }
}
export function pageBreak(kind: 'column' | 'page' = 'page'): PageBreakJSON {
  return { type: 'page-break', version: 1, kind }
}
export function body(blocks: readonly BlockJSON[]): BodyJSON {
  return { root: { type: 'root', ...el, children: blocks } }
}
