// Editor actions by id: the toolbar, the slash menu and keyboard shortcuts all run them from here.
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import type { ActionId } from '../shortcuts'
import { clearFormatting, EDIT_LINK_COMMAND, INSERT_BLOCK_COMMAND, setAlignment, setBlockType, setDirection, toggleSmallCaps, type InsertKind } from './commands'

export const INSERT_ACTIONS = {
  insertImage: 'image',
  insertPullQuote: 'pull-quote',
  insertFactBox: 'fact-box',
  insertBackground: 'background',
  insertCorrection: 'correction',
  insertEditorsNote: 'editors-note',
  insertQa: 'qa',
  insertTimeline: 'timeline',
  insertSectionBreak: 'section-break',
  insertPageBreak: 'page-break',
  insertColumnBreak: 'column-break',
} as const satisfies Partial<Record<ActionId, InsertKind>>

export const EDITOR_ACTIONS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'superscript',
  'subscript',
  'clearFormatting',
  'link',
  'paragraph',
  'subhead',
  'subhead3',
  'quote',
  'bulletList',
  'numberList',
  'alignStart',
  'alignCenter',
  'alignEnd',
  'alignJustify',
  'directionAuto',
  'directionLtr',
  'directionRtl',
  'undo',
  'redo',
  ...(Object.keys(INSERT_ACTIONS) as (keyof typeof INSERT_ACTIONS)[]),
] as const satisfies readonly ActionId[]
export type EditorActionId = (typeof EDITOR_ACTIONS)[number]

export function runEditorAction(editor: LexicalEditor, id: EditorActionId): void {
  if (id in INSERT_ACTIONS) {
    editor.dispatchCommand(INSERT_BLOCK_COMMAND, INSERT_ACTIONS[id as keyof typeof INSERT_ACTIONS])
    return
  }
  switch (id) {
    case 'bold':
    case 'italic':
    case 'underline':
    case 'strikethrough':
    case 'superscript':
    case 'subscript':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, id)
      return
    case 'smallCaps':
      toggleSmallCaps(editor)
      return
    case 'clearFormatting':
      clearFormatting(editor)
      return
    case 'link':
      editor.dispatchCommand(EDIT_LINK_COMMAND, undefined)
      return
    case 'paragraph':
      setBlockType(editor, 'paragraph')
      return
    case 'subhead':
      setBlockType(editor, 'h2')
      return
    case 'subhead3':
      setBlockType(editor, 'h3')
      return
    case 'quote':
      setBlockType(editor, 'quote')
      return
    case 'bulletList':
      setBlockType(editor, 'bullet')
      return
    case 'numberList':
      setBlockType(editor, 'number')
      return
    case 'alignStart':
      setAlignment(editor, 'start')
      return
    case 'alignCenter':
      setAlignment(editor, 'center')
      return
    case 'alignEnd':
      setAlignment(editor, 'end')
      return
    case 'alignJustify':
      setAlignment(editor, 'justify')
      return
    case 'directionAuto':
      setDirection(editor, null)
      return
    case 'directionLtr':
      setDirection(editor, 'ltr')
      return
    case 'directionRtl':
      setDirection(editor, 'rtl')
      return
    case 'undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined)
      return
    case 'redo':
      editor.dispatchCommand(REDO_COMMAND, undefined)
      return
    default:
      return
  }
}
