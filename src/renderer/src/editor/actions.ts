// Editor actions by id: the toolbar, the slash menu and keyboard shortcuts all run them from here.
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import type { ActionId } from '../shortcuts'
import { clearFormatting, EDIT_LINK_COMMAND, INSERT_BLOCK_COMMAND, setAlignment, setBlockType, setDirection, toggleSmallCaps, type InsertKind } from './commands'
import { INSERT_SECTION_BLOCK_COMMAND } from './sectionBlocks'

/** Inserts that are not section blocks: an image, and the breaks. */
export const INSERT_ACTIONS = {
  insertImage: 'image',
  insertSectionBreak: 'section-break',
  insertPageBreak: 'page-break',
  insertColumnBreak: 'column-break',
} as const satisfies Partial<Record<ActionId, InsertKind>>

/**
 * The menu commands for section blocks, and the block of the template data each inserts (with its
 * placeholders): the Insert menu, its shortcuts and the slash menu insert the same thing.
 */
export const SECTION_BLOCK_ACTIONS = {
  insertPullQuote: 'pull-quote',
  insertFactBox: 'fact-box',
  insertBackground: 'background',
  insertCorrection: 'correction',
  insertEditorsNote: 'editors-note',
  insertQa: 'qa-pair',
  insertTimeline: 'timeline',
} as const satisfies Partial<Record<ActionId, string>>

/** The action (and so the shortcut) of a section block, if it has one. */
export function actionForSectionBlock(id: string): keyof typeof SECTION_BLOCK_ACTIONS | null {
  for (const [action, block] of Object.entries(SECTION_BLOCK_ACTIONS)) if (block === id) return action as keyof typeof SECTION_BLOCK_ACTIONS
  return null
}

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
  ...(Object.keys(SECTION_BLOCK_ACTIONS) as (keyof typeof SECTION_BLOCK_ACTIONS)[]),
] as const satisfies readonly ActionId[]
export type EditorActionId = (typeof EDITOR_ACTIONS)[number]

export function runEditorAction(editor: LexicalEditor, id: EditorActionId): void {
  if (id in INSERT_ACTIONS) {
    editor.dispatchCommand(INSERT_BLOCK_COMMAND, INSERT_ACTIONS[id as keyof typeof INSERT_ACTIONS])
    return
  }
  if (id in SECTION_BLOCK_ACTIONS) {
    editor.dispatchCommand(INSERT_SECTION_BLOCK_COMMAND, SECTION_BLOCK_ACTIONS[id as keyof typeof SECTION_BLOCK_ACTIONS])
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
