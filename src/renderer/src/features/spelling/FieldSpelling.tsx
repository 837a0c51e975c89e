// Spelling for the header fields (kicker, headline, deck…). A textarea's text is not in the DOM, so
// highlights cannot reach it: a transparent mirror laid exactly over the field, with the same box and
// type, carries the text, and its misspelled words are ranges of the `galley-spelling` highlight.
// The field's context menu (clipboard and spelling) is here too.
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, type RefObject } from 'react'
import { useEditorEnvironment } from '../../editor/EditorEnvironment'
import { pointerOn, swapRanges } from './highlight'
import { applySpellingChoice, showEditorMenu } from './menu'
import { useSpelling } from './SpellingContext'
import { requestVerdicts, spellTokens, tokenAt, underlined, type SpellToken } from './spellTokens'

/** What the mirror copies from its field so its words sit exactly where the field's do. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariantCaps',
  'fontFeatureSettings',
  'fontKerning',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'boxSizing',
  'tabSize',
] as const

interface Props {
  readonly target: RefObject<HTMLTextAreaElement | null>
  readonly value: string
  readonly readOnly: boolean
  /** Sets the field's new text (a suggestion put in place of a word). */
  readonly onReplace: (next: string) => void
}

function rangeIn(text: Node | null | undefined, t: SpellToken): Range | null {
  if (!(text instanceof Text) || t.end > text.length) return null
  const range = document.createRange()
  range.setStart(text, t.start)
  range.setEnd(text, t.end)
  return range
}

export function FieldSpelling({ target, value, readOnly, onReplace }: Props) {
  const spelling = useSpelling()
  const env = useEditorEnvironment()
  const controller = spelling?.enabled ? spelling.controller : null
  const mirror = useRef<HTMLDivElement>(null)
  const ranges = useRef<Range[]>([])
  /** The caret offset whose word is being typed (not underlined until the caret moves on). */
  const held = useRef<number | null>(null)
  const [version, redraw] = useReducer((n: number) => n + 1, 0)
  const tokens = useMemo(() => (controller ? spellTokens(value, env.language) : []), [controller, value, env.language])
  const latest = useRef({ value, tokens, env, controller, readOnly, onReplace })
  useEffect(() => {
    latest.current = { value, tokens, env, controller, readOnly, onReplace }
  })

  // The mirror follows the field's box and type.
  useLayoutEffect(() => {
    const field = target.current
    const m = mirror.current
    if (!field || !m) return undefined
    const sync = (): void => {
      const style = getComputedStyle(field)
      for (const p of COPIED) m.style[p] = style[p]
      m.style.top = `${field.offsetTop}px`
      m.style.left = `${field.offsetLeft}px`
      m.style.width = `${field.offsetWidth}px`
      m.style.height = `${field.offsetHeight}px`
    }
    // No sync() here: reading the field's box now would lay the window out once per field while an
    // article is drawn. A new observation reports the field's size before the next frame is painted.
    const observer = new ResizeObserver(sync)
    observer.observe(field)
    return () => observer.disconnect()
  }, [target, controller, value])

  useEffect(() => controller?.subscribe(redraw), [controller])

  useEffect(() => {
    const text = mirror.current?.firstChild
    const next: Range[] = []
    if (controller) {
      // The word being typed is asked about when it is finished, not at every letter.
      requestVerdicts(controller, tokens.filter((t) => t.end !== held.current))
      for (const t of underlined(controller, tokens, held.current)) {
        const r = rangeIn(text, t)
        if (r) next.push(r)
      }
    }
    swapRanges(ranges.current, next)
    ranges.current = next
  }, [controller, tokens, version])
  useEffect(
    () => () => {
      swapRanges(ranges.current, [])
      ranges.current = []
    },
    [],
  )

  useEffect(() => {
    const field = target.current
    if (!field) return undefined
    const caret = (): number | null => (field.selectionStart === field.selectionEnd ? field.selectionEnd : null)
    const onInput = (): void => {
      held.current = caret()
    }
    const release = (): void => {
      if (held.current === null || held.current === caret()) return
      held.current = null
      redraw()
    }
    const onBlur = (): void => {
      held.current = null
      redraw()
    }
    const onContextMenu = (event: MouseEvent): void => {
      event.preventDefault()
      const { value: text, tokens: words, env: { session, notify }, controller: ctl, readOnly: ro, onReplace: replace } = latest.current
      let hit: SpellToken | null = null
      if (ctl) {
        const mirrorText = mirror.current?.firstChild
        const wrong = (t: SpellToken | null): t is SpellToken => !!t && ctl.verdict(t.language, t.word) === 'misspelled'
        hit = event.button >= 0 ? (words.find((t) => wrong(t) && pointerOn(rangeIn(mirrorText, t), event.clientX, event.clientY)) ?? null) : tokenAt(words, field.selectionStart)
        if (!wrong(hit)) hit = null
      }
      const misspelled = hit ? { word: hit.word, language: hit.language } : null
      void showEditorMenu({ editable: !ro, hasSelection: field.selectionStart !== field.selectionEnd, misspelled }, ctl).then((choice) => {
        if (!choice || !hit || !ctl || !misspelled) return
        const at = hit
        applySpellingChoice(choice, {
          controller: ctl,
          session,
          misspelled,
          notify,
          replace: (suggestion) => {
            const now = latest.current.value
            if (now === text || now.slice(at.start, at.end) === at.word) replace(now.slice(0, at.start) + suggestion + now.slice(at.end))
          },
        })
      })
    }
    field.addEventListener('input', onInput)
    field.addEventListener('keyup', release)
    field.addEventListener('pointerup', release)
    field.addEventListener('blur', onBlur)
    field.addEventListener('contextmenu', onContextMenu)
    return () => {
      field.removeEventListener('input', onInput)
      field.removeEventListener('keyup', release)
      field.removeEventListener('pointerup', release)
      field.removeEventListener('blur', onBlur)
      field.removeEventListener('contextmenu', onContextMenu)
    }
  }, [target])

  if (!controller) return null
  return (
    <div ref={mirror} className="spell-mirror" aria-hidden="true">
      {value}
    </div>
  )
}
