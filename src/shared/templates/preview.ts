// What the template picker shows of each template: the shape of the page it makes, in words the
// picker can draw as a miniature, with no knowledge of templates in the component.
import type { BlockJSON } from '../article/body'
import { defaultLayout, trimSizeMm, type Layout } from '../article/layout'
import type { Target } from '../article/meta'
import { textNodesOf } from './placeholders'
import type { Template, TemplateField } from './schema'

export type PreviewBlockKind = 'paragraph' | 'subhead' | 'quote' | 'list' | 'pull-quote' | 'box' | 'qa' | 'timeline' | 'image' | 'break'

export interface PreviewBlock {
  readonly kind: PreviewBlockKind
  /** `Subhead`, `Fact box: Key facts`, `Q&A`, `Timeline (3 rows)`. */
  readonly label: string
  /** The block's first text (its placeholder instruction). */
  readonly text: string
}

export interface TemplatePreview {
  /** The editorial masthead line (`Editor in Chief: … · date`) heads the page. */
  readonly masthead: boolean
  /** The fields printed above the body, in print order. */
  readonly head: readonly { readonly id: string; readonly label: string; readonly required: boolean }[]
  readonly blocks: readonly PreviewBlock[]
  /** `600–1,200 words`. */
  readonly target: string
  /** `A4 · 2 columns · serif`. */
  readonly layout: string
  readonly columns: number
}

/** Fields that print above the body, in the order a page shows them. */
export const HEAD_ORDER = ['kicker', 'headline', 'deck', 'byline', 'authorBio', 'dateline'] as const
export type HeadFieldId = (typeof HEAD_ORDER)[number]

/** The fields among `fields` that print above the body, in print order. */
export function headFieldsOf(fields: readonly TemplateField[]): (TemplateField & { readonly id: HeadFieldId })[] {
  return HEAD_ORDER.flatMap((id) => {
    const field = fields.find((f) => f.id === id)
    return field ? [{ ...field, id }] : []
  })
}

const fmt = (n: number): string => n.toLocaleString('en-US')

export function describeTarget(target: Target | null): string {
  if (!target) return 'No target length'
  switch (target.unit) {
    case 'words':
      return target.min > 0 ? `${fmt(target.min)}–${fmt(target.max)} words` : `At most ${fmt(target.max)} words`
    case 'lines':
      return `${fmt(target.lines)} lines`
    case 'pages':
      return `${target.pages} ${target.pages === 1 ? 'page' : 'pages'}`
  }
}

export function describeLayout(partial: Partial<Layout>): string {
  const layout = { ...defaultLayout, ...partial }
  const size = layout.pageSize === 'custom' ? `${layout.customWidthMm} × ${layout.customHeightMm} mm` : layout.pageSize
  const columns = layout.columns === 1 ? '1 column' : `${layout.columns} columns`
  return `${size} · ${columns} · ${layout.bodyFont}`
}

const BOX_LABELS = { facts: 'Fact box', background: 'Background box', correction: 'Correction', 'editors-note': 'Editor’s note' } as const

function previewBlock(block: BlockJSON): PreviewBlock {
  const text = block.type === 'image' ? block.caption : ([...textNodesOf(block)][0]?.text ?? '')
  switch (block.type) {
    case 'paragraph':
      return { kind: 'paragraph', label: 'Paragraph', text }
    case 'heading':
      return { kind: 'subhead', label: 'Subhead', text }
    case 'quote':
      return { kind: 'quote', label: 'Quotation', text }
    case 'list':
      return { kind: 'list', label: `List (${block.children.length} items)`, text }
    case 'pull-quote':
      return { kind: 'pull-quote', label: 'Pull quote', text }
    case 'fact-box': {
      const title = [...textNodesOf(block.children[0])][0]?.text ?? ''
      const rest = block.children.slice(1).flatMap((c) => [...textNodesOf(c)])[0]?.text ?? ''
      return { kind: 'box', label: `${BOX_LABELS[block.variant]}${title ? `: ${title}` : ''}`, text: rest }
    }
    case 'qa-pair':
      return { kind: 'qa', label: 'Question and answer', text }
    case 'timeline':
      return { kind: 'timeline', label: `Timeline (${block.children.length} rows)`, text }
    case 'image':
      return { kind: 'image', label: 'Image', text }
    case 'section-break':
      return { kind: 'break', label: 'Section break', text: '' }
    case 'page-break':
      return { kind: 'break', label: block.kind === 'column' ? 'Column break' : 'Page break', text: '' }
  }
}

export function templatePreview(template: Template): TemplatePreview {
  const layout = { ...defaultLayout, ...template.layout }
  const head = headFieldsOf(template.fields).map(({ id, label, required }) => ({ id, label, required }))
  return {
    masthead: layout.masthead === 'editorial',
    head,
    blocks: template.skeleton.root.children.map(previewBlock),
    target: describeTarget(template.target),
    layout: describeLayout(template.layout),
    columns: layout.columns,
  }
}

/** Page proportions (width / height) for drawing the miniature. */
export function pageAspect(partial: Partial<Layout>): number {
  const { widthMm, heightMm } = trimSizeMm({ ...defaultLayout, ...partial })
  return widthMm / heightMm
}
