// The formatting toolbar: block type, marks, link, alignment, direction, the insert menu, undo.
// Its state follows the selection; React re-renders only when something it shows changed.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelectionStyleValueForProperty } from '@lexical/selection'
import { $findMatchingParent, mergeRegister } from '@lexical/utils'
import { $isLinkNode } from '@lexical/link'
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical'
import { useEffect, useRef, useState } from 'react'
import { tooltip, type ActionId } from '../../../shortcuts'
import { runEditorAction, type EditorActionId } from '../../actions'
import { $blockState, BLOCK_LABELS, type BlockType } from '../../commands'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { runInsertEntry, type InsertEntry } from '../../insertMenu'
import { InsertMenu } from './InsertMenu'

interface ToolbarState {
  readonly block: BlockType | null
  readonly structured: boolean
  readonly align: string
  readonly direction: string
  readonly marks: string
  readonly link: boolean
}

const INITIAL: ToolbarState = { block: 'paragraph', structured: false, align: '', direction: '', marks: '', link: false }
const MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'superscript', 'subscript'] as const

function readState(editor: LexicalEditor): ToolbarState {
  return editor.getEditorState().read(() => {
    const selection = $getSelection()
    const block = $blockState()
    if (!$isRangeSelection(selection)) return { ...INITIAL, block: block.type }
    const marks = MARKS.filter((m) => selection.hasFormat(m))
    if (/small-caps/.test($getSelectionStyleValueForProperty(selection, 'font-variant-caps', ''))) marks.push('smallCaps' as never)
    return {
      block: block.type,
      structured: block.structured,
      align: block.align,
      direction: block.direction ?? '',
      marks: marks.join(' '),
      link: $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null,
    }
  })
}

const sameState = (a: ToolbarState, b: ToolbarState): boolean =>
  a.block === b.block && a.structured === b.structured && a.align === b.align && a.direction === b.direction && a.marks === b.marks && a.link === b.link

const BLOCK_ACTIONS: Readonly<Record<BlockType, EditorActionId>> = {
  paragraph: 'paragraph',
  h2: 'subhead',
  h3: 'subhead3',
  quote: 'quote',
  bullet: 'bulletList',
  number: 'numberList',
}

export function ToolbarPlugin({ onFind }: { readonly onFind: () => void }) {
  const [editor] = useLexicalComposerContext()
  const { platform, session, template } = useEditorEnvironment()
  const [state, setState] = useState<ToolbarState>(INITIAL)
  const [canUndo, setCanUndo] = useState(false)
  const [canRedo, setCanRedo] = useState(false)
  const [insertOpen, setInsertOpen] = useState(false)
  const insertRef = useRef<HTMLDivElement>(null)
  const readOnly = session.readOnly !== null
  // Insert › Block… opens the same menu from the keyboard.

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => {
          const next = readState(editor)
          setState((prev) => (sameState(prev, next) ? prev : next))
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  )

  useEffect(() => {
    if (!insertOpen) return
    const close = (e: MouseEvent): void => {
      if (!insertRef.current?.contains(e.target as Node)) setInsertOpen(false)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [insertOpen])

  const run = (id: EditorActionId): void => {
    runEditorAction(editor, id)
    if (id !== 'link' && id !== 'insertImage') editor.focus()
  }
  const insert = (entry: InsertEntry): void => {
    setInsertOpen(false)
    if (entry.target.kind === 'action') run(entry.target.action)
    else {
      runInsertEntry(editor, entry)
      editor.focus()
    }
  }
  const closeInsert = (): void => {
    setInsertOpen(false)
    editor.focus()
  }
  const button = (id: EditorActionId & ActionId, label: string, pressed?: boolean, className = '') => (
    <button
      type="button"
      className={`tb-btn ${className}`}
      title={tooltip(id, platform)}
      aria-label={tooltip(id, platform)}
      aria-pressed={pressed}
      disabled={readOnly}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => run(id)}
    >
      {label}
    </button>
  )
  const marks = new Set(state.marks.split(' '))

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" data-testid="toolbar">
      <select
        className="tb-select"
        aria-label="Block type"
        title={state.block ? tooltip(BLOCK_ACTIONS[state.block], platform) : 'Block type'}
        value={state.block ?? ''}
        disabled={readOnly || state.structured}
        onChange={(e) => run(BLOCK_ACTIONS[e.target.value as BlockType])}
      >
        {state.block === null && <option value="">—</option>}
        {(Object.keys(BLOCK_LABELS) as BlockType[]).map((t) => (
          <option key={t} value={t}>
            {BLOCK_LABELS[t]}
          </option>
        ))}
      </select>
      <span className="tb-sep" />
      {button('bold', 'B', marks.has('bold'), 'tb-bold')}
      {button('italic', 'I', marks.has('italic'), 'tb-italic')}
      {button('underline', 'U', marks.has('underline'), 'tb-underline')}
      {button('strikethrough', 'S', marks.has('strikethrough'), 'tb-strike')}
      {button('smallCaps', 'Sc', marks.has('smallCaps'), 'tb-smallcaps')}
      {button('superscript', 'x²', marks.has('superscript'))}
      {button('subscript', 'x₂', marks.has('subscript'))}
      {button('link', 'Link', state.link)}
      <span className="tb-sep" />
      <select
        className="tb-select tb-narrow"
        aria-label="Alignment"
        title="Alignment"
        value={state.align === 'left' ? 'start' : state.align === 'right' ? 'end' : state.align}
        disabled={readOnly}
        onChange={(e) => run(({ '': 'alignStart', start: 'alignStart', center: 'alignCenter', end: 'alignEnd', justify: 'alignJustify' } as const)[e.target.value as '' | 'start'] ?? 'alignStart')}
      >
        <option value="">Align start</option>
        <option value="center">Center</option>
        <option value="end">Align end</option>
        <option value="justify">Justify</option>
      </select>
      <select
        className="tb-select tb-narrow"
        aria-label="Paragraph direction"
        title={`Paragraph direction (${tooltip('directionAuto', platform)}, ${tooltip('directionLtr', platform)}, ${tooltip('directionRtl', platform)})`}
        value={state.direction}
        disabled={readOnly}
        onChange={(e) => run(e.target.value === 'rtl' ? 'directionRtl' : e.target.value === 'ltr' ? 'directionLtr' : 'directionAuto')}
      >
        <option value="">Auto direction</option>
        <option value="ltr">Left to right</option>
        <option value="rtl">Right to left</option>
      </select>
      <span className="tb-sep" />
      <div className="menu-anchor" ref={insertRef}>
        <button type="button" className="tb-btn tb-insert" aria-haspopup="menu" aria-expanded={insertOpen} disabled={readOnly} onClick={() => setInsertOpen((o) => !o)} title={`${tooltip('insertBlock', platform)}, or type / in the text`}>
          Insert ▾
        </button>
        {insertOpen && <InsertMenu suggested={template?.suggestedBlocks ?? []} templateName={template?.name ?? null} platform={platform} onChoose={insert} onClose={closeInsert} />}
      </div>
      <span className="tb-spring" />
      {button('undo', '↶', undefined, canUndo ? '' : 'is-dim')}
      {button('redo', '↷', undefined, canRedo ? '' : 'is-dim')}
      <button type="button" className="tb-btn" title={tooltip('find', platform)} aria-label={tooltip('find', platform)} onClick={onFind}>
        Find
      </button>
    </div>
  )
}
