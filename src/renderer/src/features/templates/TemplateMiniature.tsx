// A template's page in miniature, drawn from `templatePreview()`: masthead, the fields above the
// body, then the skeleton's blocks flowing in the layout's columns. Nothing here knows a template.
import type { PreviewBlock, TemplatePreview } from '../../../../shared/templates/preview'

const LINES: Readonly<Record<PreviewBlock['kind'], number>> = {
  paragraph: 4,
  subhead: 0,
  quote: 3,
  list: 3,
  'pull-quote': 0,
  box: 3,
  qa: 0,
  timeline: 3,
  image: 0,
  break: 0,
}

function Lines({ count, className = '' }: { readonly count: number; readonly className?: string }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className={`mini-line ${className}${i === count - 1 ? ' is-last' : ''}`} />
      ))}
    </>
  )
}

function MiniBlock({ block }: { readonly block: PreviewBlock }) {
  switch (block.kind) {
    case 'subhead':
      return <span className="mini-subhead">{block.text.replace(/^Subhead:\s*/, '') || 'Subhead'}</span>
    case 'pull-quote':
      return <span className="mini-pull">“{block.text}”</span>
    case 'box':
      return (
        <span className="mini-box">
          <span className="mini-box-title">{block.label}</span>
          <Lines count={LINES.box} />
        </span>
      )
    case 'qa':
      return (
        <span className="mini-qa">
          <span className="mini-q">Q</span>
          <Lines count={1} />
          <span className="mini-q">A</span>
          <Lines count={2} />
        </span>
      )
    case 'timeline':
      return (
        <span className="mini-timeline">
          <Lines count={LINES.timeline} className="is-dotted" />
        </span>
      )
    case 'image':
      return <span className="mini-image" />
    case 'break':
      return <span className="mini-break">* * *</span>
    case 'list':
      return (
        <span className="mini-list">
          <Lines count={LINES.list} className="is-bullet" />
        </span>
      )
    case 'quote':
      return (
        <span className="mini-quote">
          <Lines count={LINES.quote} />
        </span>
      )
    case 'paragraph':
      return (
        <span className="mini-paragraph">
          <Lines count={LINES.paragraph} />
        </span>
      )
  }
}

interface Props {
  readonly preview: TemplatePreview
  /** Width / height of the page. */
  readonly aspect: number
  readonly publication: string
  /** The masthead line as the newsroom's articles will print it: `Editor in Chief: …` and the long date. */
  readonly mastheadLine: readonly [string, string]
}

export function TemplateMiniature({ preview, aspect, publication, mastheadLine }: Props) {
  return (
    <div className="mini-page" style={{ aspectRatio: String(aspect) }} aria-hidden="true">
      {preview.masthead && (
        <span className="mini-masthead">
          <span className="mini-nameplate">{publication || 'Your Paper'}</span>
          <span className="mini-masthead-line">
            <span>{mastheadLine[0]}</span>
            <span>{mastheadLine[1]}</span>
          </span>
        </span>
      )}
      {preview.head.map((field) => (
        <span key={field.id} className={`mini-head mini-${field.id}${field.required ? ' is-required' : ''}`}>
          {field.label}
        </span>
      ))}
      <span className="mini-body" style={{ columnCount: preview.columns }}>
        {preview.blocks.map((block, i) => (
          <MiniBlock key={i} block={block} />
        ))}
        {/* The rest of the page is copy to come; the page clips what does not fit. */}
        <Lines count={preview.columns * 60} />
      </span>
    </div>
  )
}
