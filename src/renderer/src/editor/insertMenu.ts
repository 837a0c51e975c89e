// What the Insert menu and the slash menu list: the section blocks of the template data (the
// article's template's suggestions first, from `insertMenu`), the paragraph styles (slash menu
// only), and the image and the breaks, all filtered by what was typed.
import type { LexicalEditor } from 'lexical'
import { insertMenu } from '../../../shared/templates/blocks'
import { ACTIONS, type ActionId } from '../shortcuts'
import { actionForSectionBlock, runEditorAction, type EditorActionId } from './actions'
import { INSERT_SECTION_BLOCK_COMMAND } from './sectionBlocks'

export type InsertGroup = 'suggested' | 'styles' | 'sections' | 'media'

export const INSERT_GROUP_LABELS: Readonly<Record<InsertGroup, string>> = {
  suggested: 'Suggested for this template',
  styles: 'Text',
  sections: 'Section blocks',
  media: 'Images and breaks',
}

export type InsertTarget = { readonly kind: 'section'; readonly id: string } | { readonly kind: 'action'; readonly action: EditorActionId }

export interface InsertEntry {
  readonly key: string
  readonly group: InsertGroup
  readonly label: string
  readonly hint: string
  /** The action whose shortcut the entry shows, if it has one. */
  readonly shortcut: (EditorActionId & ActionId) | null
  readonly target: InsertTarget
}

interface ActionItem {
  readonly action: EditorActionId & ActionId
  readonly hint: string
  readonly keywords: readonly string[]
}

const STYLES: readonly ActionItem[] = [
  { action: 'subhead', hint: 'Breaks the text into parts', keywords: ['heading', 'h2', 'subhead', 'title', 'crosshead'] },
  { action: 'subhead3', hint: 'A smaller heading inside a part', keywords: ['heading', 'h3', 'minor'] },
  { action: 'paragraph', hint: 'Body text', keywords: ['text', 'paragraph', 'body'] },
  { action: 'quote', hint: 'A passage quoted at length', keywords: ['quote', 'blockquote', 'citation'] },
  { action: 'bulletList', hint: 'Points in no particular order', keywords: ['list', 'bullet', 'ul'] },
  { action: 'numberList', hint: 'Steps or a ranking', keywords: ['list', 'number', 'ordered', 'ol'] },
]

const MEDIA: readonly ActionItem[] = [
  { action: 'insertImage', hint: 'From a file; you can also paste or drop one', keywords: ['image', 'photo', 'picture', 'figure'] },
  { action: 'insertSectionBreak', hint: '* * * between sections', keywords: ['section', 'break', 'separator', '***'] },
  { action: 'insertPageBreak', hint: 'Start a new page in print', keywords: ['page', 'break'] },
  { action: 'insertColumnBreak', hint: 'Start a new column in print', keywords: ['column', 'break'] },
]

const actionEntry = (group: InsertGroup, item: ActionItem): InsertEntry => ({
  key: `action:${item.action}`,
  group,
  label: ACTIONS[item.action].label,
  hint: item.hint,
  shortcut: item.action,
  target: { kind: 'action', action: item.action },
})

function matches(item: ActionItem, needle: string): boolean {
  return needle === '' || ACTIONS[item.action].label.toLocaleLowerCase().includes(needle) || item.keywords.some((k) => k.startsWith(needle))
}

/**
 * The entries in the order they show, grouped: the template's suggested blocks, the text styles
 * (with `styles`), the other section blocks, then images and breaks. `query` filters them all.
 */
export function insertEntries(options: { readonly suggested?: readonly string[]; readonly query?: string; readonly styles?: boolean }): InsertEntry[] {
  const suggested = options.suggested ?? []
  const query = options.query ?? ''
  const needle = query.trim().toLocaleLowerCase()
  const blocks = insertMenu(suggested, query).map((block): InsertEntry => ({
    key: `section:${block.id}`,
    group: suggested.includes(block.id) ? 'suggested' : 'sections',
    label: block.label,
    hint: block.description,
    shortcut: actionForSectionBlock(block.id),
    target: { kind: 'section', id: block.id },
  }))
  return [
    ...blocks.filter((e) => e.group === 'suggested'),
    ...(options.styles ? STYLES.filter((s) => matches(s, needle)).map((s) => actionEntry('styles', s)) : []),
    ...blocks.filter((e) => e.group === 'sections'),
    ...MEDIA.filter((m) => matches(m, needle)).map((m) => actionEntry('media', m)),
  ]
}

/** Inserts what an entry stands for (call inside or outside an update). */
export function runInsertEntry(editor: LexicalEditor, entry: InsertEntry): void {
  if (entry.target.kind === 'section') editor.dispatchCommand(INSERT_SECTION_BLOCK_COMMAND, entry.target.id)
  else runEditorAction(editor, entry.target.action)
}
