// Find and replace across the body, the article's fields and image captions: every match is
// highlighted (CSS Custom Highlight API, so the document is never touched to show them), replace
// one or all, and "replace all" is one step of undo — fields included.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot, $setSelection, COMMAND_PRIORITY_LOW, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG, UNDO_COMMAND, type EditorState } from 'lexical'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ArticleMeta } from '../../../../../shared/article/meta'
import { TEXT_FIELDS } from '../../../../../shared/article/meta'
import { tooltip } from '../../../shortcuts'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { $isImageNode } from '../../nodes/ImageNode/ImageNode'
import { $selectInBlock, $textBlocks, domRangeInBlock, type TextBlock } from '../../textBlocks'
import { buildMatcher, findAll, replaceAllIn, replacementFor, type FindOptions } from './match'

export interface BodyMatch {
  readonly block: number
  readonly start: number
  readonly end: number
}

export const FIELD_LABELS: Readonly<Record<(typeof TEXT_FIELDS)[number], string>> = {
  kicker: 'Kicker',
  headline: 'Headline',
  deck: 'Deck',
  byline: 'Byline',
  authorBio: 'Author bio',
  dateline: 'Dateline',
  editorInChief: 'Editor in chief',
  section: 'Section',
  publication: 'Publication',
}

const HIGHLIGHT = 'galley-find'
const HIGHLIGHT_CURRENT = 'galley-find-current'

function setHighlights(all: Range[], current: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  CSS.highlights.set(HIGHLIGHT, new Highlight(...all))
  if (current) CSS.highlights.set(HIGHLIGHT_CURRENT, new Highlight(current))
  else CSS.highlights.delete(HIGHLIGHT_CURRENT)
}

function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  CSS.highlights.delete(HIGHLIGHT)
  CSS.highlights.delete(HIGHLIGHT_CURRENT)
}

interface Props {
  readonly open: boolean
  readonly replace: boolean
  /** Changes each time find is asked for again, to refocus the search field. */
  readonly focusToken: number
  readonly onClose: () => void
}

export function FindReplacePlugin({ open, replace, focusToken, onClose }: Props) {
  const [editor] = useLexicalComposerContext()
  const { session, platform, notify } = useEditorEnvironment()
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [options, setOptions] = useState<FindOptions>({ caseSensitive: false, wholeWord: false, regex: false })
  const [state, setState] = useState<EditorState>(() => editor.getEditorState())
  const [meta, setMeta] = useState<ArticleMeta>(() => session.getMeta())
  const [current, setCurrent] = useState(0)
  const findInput = useRef<HTMLInputElement>(null)
  const pendingFieldUndo = useRef<{ state: EditorState; meta: Partial<ArticleMeta>; bodyChanged: boolean } | null>(null)

  const matcher = useMemo(() => buildMatcher(query, options), [query, options])
  const blocks = useMemo(() => (open ? state.read($textBlocks) : []), [open, state])
  const matches = useMemo<BodyMatch[]>(
    () => (matcher?.ok ? blocks.flatMap((b, i) => findAll(b.text, matcher.re).map((m) => ({ block: i, ...m }))) : []),
    [blocks, matcher],
  )
  const fieldHits = useMemo(
    () => (matcher?.ok ? TEXT_FIELDS.map((f) => ({ field: f, count: findAll(meta[f], matcher.re).length })).filter((h) => h.count > 0) : []),
    [matcher, meta],
  )

  // Follow the document while the panel is open (debounced: not on every keystroke's path).
  useEffect(() => {
    if (!open) return
    let timer = 0
    setState(editor.getEditorState())
    setMeta(session.getMeta())
    const offUpdate = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setState(editorState), 120)
    })
    const offMeta = session.subscribe((change) => change === 'meta' && setMeta(session.getMeta()))
    return () => {
      window.clearTimeout(timer)
      offUpdate()
      offMeta()
    }
  }, [open, editor, session])

  useEffect(() => {
    if (open) {
      findInput.current?.focus()
      findInput.current?.select()
    }
  }, [open, focusToken])

  const index = matches.length ? Math.min(current, matches.length - 1) : -1

  useEffect(() => {
    if (!open) {
      clearHighlights()
      return
    }
    const ranges = matches.map((m) => (blocks[m.block] ? domRangeInBlock(editor, blocks[m.block] as TextBlock, m.start, m.end) : null))
    setHighlights(
      ranges.filter((r): r is Range => r !== null),
      index >= 0 ? (ranges[index] ?? null) : null,
    )
    return clearHighlights
  }, [open, matches, blocks, index, editor])

  const reveal = useCallback(
    (i: number) => {
      const m = matches[i]
      const block = m ? blocks[m.block] : undefined
      if (!m || !block) return
      setCurrent(i)
      const range = domRangeInBlock(editor, block, m.start, m.end)
      const el = range?.startContainer.parentElement
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    },
    [matches, blocks, editor],
  )
  const step = useCallback((delta: number) => matches.length && reveal((index + delta + matches.length) % matches.length), [matches.length, index, reveal])

  // Undo right after "replace all" also restores the fields it changed.
  useEffect(
    () =>
      editor.registerCommand(
        UNDO_COMMAND,
        () => {
          const pending = pendingFieldUndo.current
          if (!pending) return false
          pendingFieldUndo.current = null
          if (editor.getEditorState() !== pending.state) return false
          session.updateMeta(pending.meta)
          return !pending.bodyChanged
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, session],
  )

  const replaceOne = (): void => {
    if (!matcher?.ok || index < 0) return
    const m = matches[index]
    const block = m ? blocks[m.block] : undefined
    if (!m || !block) return
    const text = replacementFor(block.text.slice(m.start, m.end), matcher.re, replacement, options)
    editor.update(
      () => {
        $selectInBlock(block, m.start, m.end)?.insertText(text)
      },
      // The replace field keeps the keyboard.
      { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG] },
    )
  }

  const replaceAll = (): void => {
    if (!matcher?.ok) return
    const re = matcher.re
    let count = 0
    editor.update(
      () => {
        const fresh = $textBlocks()
        for (const block of fresh) {
          const found = findAll(block.text, re)
          for (const m of [...found].reverse()) {
            const text = replacementFor(block.text.slice(m.start, m.end), re, replacement, options)
            const selection = $selectInBlock(block, m.start, m.end)
            if (selection) {
              selection.insertText(text)
              count++
            }
          }
        }
        // Captions and credits are text the paper prints too.
        for (const node of $getRoot().getChildren()) {
          if (!$isImageNode(node)) continue
          const f = node.getFields()
          const caption = replaceAllIn(f.caption, re, replacement, options)
          const credit = replaceAllIn(f.credit, re, replacement, options)
          if (caption.count || credit.count) {
            node.setFields({ caption: caption.text, credit: credit.text })
            count += caption.count + credit.count
          }
        }
        $setSelection(null)
      },
      { tag: [HISTORY_PUSH_TAG, 'galley-replace'], discrete: true },
    )
    const before: Partial<Record<string, string>> = {}
    const after: Partial<Record<string, string>> = {}
    const now = session.getMeta()
    for (const field of TEXT_FIELDS) {
      const r = replaceAllIn(now[field], re, replacement, options)
      if (r.count) {
        before[field] = now[field]
        after[field] = r.text
        count += r.count
      }
    }
    const fieldsChanged = Object.keys(after).length > 0
    if (fieldsChanged) session.updateMeta(after as Partial<ArticleMeta>)
    pendingFieldUndo.current = fieldsChanged ? { state: editor.getEditorState(), meta: before as Partial<ArticleMeta>, bodyChanged: count > Object.keys(after).length } : null
    notify(count === 0 ? 'Nothing to replace.' : `Replaced ${count} ${count === 1 ? 'match' : 'matches'}. ${tooltip('undo', platform)} takes it back.`)
  }

  if (!open) return null
  const toggle = (key: keyof FindOptions) => setOptions((o) => ({ ...o, [key]: !o[key] }))
  const total = matches.length + fieldHits.reduce((n, h) => n + h.count, 0)
  return (
    <div className="find-panel" role="search" aria-label="Find and replace" data-testid="find-panel">
      <div className="find-row">
        <input
          ref={findInput}
          className="find-input"
          aria-label="Find"
          placeholder="Find in the article"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setCurrent(0)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              step(e.shiftKey ? -1 : 1)
            } else if (e.key === 'Escape') onClose()
          }}
        />
        <span className="find-count" aria-live="polite" data-testid="find-count">
          {matcher && !matcher.ok ? matcher.error : query ? (matches.length ? `${index + 1} of ${matches.length}` : total ? 'Not in the text' : 'No matches') : ''}
        </span>
        <button type="button" className={`tb-btn${options.caseSensitive ? ' is-on' : ''}`} aria-pressed={options.caseSensitive} title="Match case" aria-label="Match case" onClick={() => toggle('caseSensitive')}>
          Aa
        </button>
        <button type="button" className={`tb-btn${options.wholeWord ? ' is-on' : ''}`} aria-pressed={options.wholeWord} title="Whole words only" aria-label="Whole words only" onClick={() => toggle('wholeWord')}>
          W
        </button>
        <button type="button" className={`tb-btn${options.regex ? ' is-on' : ''}`} aria-pressed={options.regex} title="Regular expression" aria-label="Regular expression" onClick={() => toggle('regex')}>
          .*
        </button>
        <button type="button" className="tb-btn" title={tooltip('findPrevious', platform)} aria-label="Previous match" onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" className="tb-btn" title={tooltip('findNext', platform)} aria-label="Next match" onClick={() => step(1)}>
          ↓
        </button>
        <button type="button" className="tb-btn" title="Close (Escape)" aria-label="Close find" onClick={onClose}>
          ✕
        </button>
      </div>
      {replace && (
        <div className="find-row">
          <input
            className="find-input"
            aria-label="Replace with"
            placeholder={options.regex ? 'Replace with ($1 for groups)' : 'Replace with'}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                replaceOne()
              } else if (e.key === 'Escape') onClose()
            }}
          />
          <button type="button" className="tb-btn" disabled={index < 0 || session.readOnly !== null} onClick={replaceOne}>
            Replace
          </button>
          <button type="button" className="tb-btn" disabled={total === 0 || session.readOnly !== null} onClick={replaceAll}>
            Replace all
          </button>
        </div>
      )}
      {fieldHits.length > 0 && (
        <p className="find-fields" data-testid="find-fields">
          Also in {fieldHits.map((h) => `${FIELD_LABELS[h.field]} (${h.count})`).join(', ')}
        </p>
      )}
    </div>
  )
}
