// The article's display fields above the body, set as they will read: kicker, headline, deck,
// byline and dateline, in the article's fonts and direction.
import { useLayoutEffect, useRef, type KeyboardEvent, type TextareaHTMLAttributes } from 'react'
import type { ArticleMeta } from '../../../../shared/article/meta'
import { LANGUAGES } from '../../../../shared/article/languages'
import { FieldSpelling } from '../spelling/FieldSpelling'
import { typographyOnInput } from './typographyInput'

type HeaderField = 'kicker' | 'headline' | 'deck' | 'byline' | 'dateline'

const HEADER_FIELDS: readonly { key: HeaderField; placeholder: string; max: number }[] = [
  { key: 'kicker', placeholder: 'Kicker', max: 200 },
  { key: 'headline', placeholder: 'Headline', max: 500 },
  { key: 'deck', placeholder: 'Deck: a sentence or two that sells the story', max: 1000 },
  { key: 'byline', placeholder: 'Byline', max: 300 },
  { key: 'dateline', placeholder: 'Dateline (KABUL, July 8 —)', max: 200 },
]

type AutoGrowProps = { value: string; onReplaceText: (next: string) => void } & TextareaHTMLAttributes<HTMLTextAreaElement>

function AutoGrow({ value, onReplaceText, ...props }: AutoGrowProps) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight}px`
  }, [value])
  return (
    <>
      <textarea ref={ref} rows={1} value={value} {...props} />
      <FieldSpelling target={ref} value={value} readOnly={props.readOnly === true} onReplace={onReplaceText} />
    </>
  )
}

interface Props {
  readonly meta: ArticleMeta
  readonly readOnly: boolean
  readonly onChange: (patch: Partial<ArticleMeta>) => void
  /** Enter in the last field moves into the body. */
  readonly onDone: () => void
}

export function ArticleHeader({ meta, readOnly, onChange, onDone }: Props) {
  const info = LANGUAGES[meta.language]
  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey) return
    e.preventDefault()
    const next = e.currentTarget.closest('header')?.querySelectorAll('textarea')[i + 1]
    if (next) next.focus()
    else onDone()
  }
  const onInput = typographyOnInput(meta.language)
  return (
    <header className={`article-header script-${info.script}`} dir={meta.direction} lang={info.tag} data-testid="article-header">
      {HEADER_FIELDS.map((f, i) => (
        <AutoGrow
          key={f.key}
          className={`article-field article-${f.key}`}
          aria-label={f.placeholder.split(':')[0]?.split(' (')[0]}
          placeholder={f.placeholder}
          maxLength={f.max}
          value={meta[f.key]}
          readOnly={readOnly}
          spellCheck={false}
          onChange={(e) => onChange({ [f.key]: e.target.value.replace(/\n/g, ' ') })}
          onReplaceText={(next) => onChange({ [f.key]: next })}
          onInput={onInput}
          onKeyDown={onKeyDown(i)}
          data-field={f.key}
        />
      ))}
    </header>
  )
}
