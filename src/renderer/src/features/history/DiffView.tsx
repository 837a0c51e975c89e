// Two versions of an article compared word by word: removed words struck through, added words
// underlined, paragraph by paragraph. Used by the history's "Compare" and the conflict dialog.
import type { ArticleDiff, DiffPart } from '../../../../shared/article/diff'
import { formatCount } from '../statusbar/format'
import './history.css'

const FIELD_LABELS: Record<string, string> = {
  kicker: 'Kicker',
  headline: 'Headline',
  deck: 'Deck',
  byline: 'Byline',
  dateline: 'Dateline',
  editorInChief: 'Editor in chief',
}

/** Splits the parts at blank lines (the body's paragraph breaks) into paragraphs of parts. */
export function diffParagraphs(parts: readonly DiffPart[]): DiffPart[][] {
  const out: DiffPart[][] = [[]]
  for (const part of parts) {
    const pieces = part.text.split(/\n\n+/)
    pieces.forEach((text, i) => {
      if (i > 0) out.push([])
      if (text !== '') out[out.length - 1]!.push({ kind: part.kind, text })
    })
  }
  return out.filter((p) => p.length > 0)
}

function Parts({ parts }: { readonly parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className="diff-added">
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className="diff-removed">
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  )
}

interface Props {
  readonly diff: ArticleDiff
  /** What each side is called: “this version” and “now”, or “theirs” and “yours”. */
  readonly before: string
  readonly after: string
  /** The article's language tag, for the text's fonts and hyphenation. */
  readonly lang: string
}

export function DiffView({ diff, before, after, lang }: Props) {
  return (
    <div className="diff" data-testid="diff">
      <p className="diff-summary" role="status">
        {diff.identical ? (
          <>The two versions have the same text.</>
        ) : (
          <>
            From {before} to {after}: <ins className="diff-added">{formatCount(diff.wordsAdded, 'en')} words added</ins>,{' '}
            <del className="diff-removed">{formatCount(diff.wordsRemoved, 'en')} removed</del>.
          </>
        )}
      </p>
      {diff.fields.map((f) => (
        <p key={f.field} className="diff-field" dir="auto" lang={lang}>
          <span className="diff-field-label">{FIELD_LABELS[f.field] ?? f.field}</span> <Parts parts={f.parts} />
        </p>
      ))}
      <div className="diff-body" lang={lang}>
        {diffParagraphs(diff.body).map((paragraph, i) => (
          <p key={i} dir="auto" className={paragraph.every((p) => p.kind === 'same') ? 'diff-same' : 'diff-changed'}>
            <Parts parts={paragraph} />
          </p>
        ))}
      </div>
    </div>
  )
}
