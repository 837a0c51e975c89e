// Lists for importers: article/body.ts's list shape with the source's start number, nesting and
// per-item direction.
import type { InlineJSON, ListItemJSON, ListJSON } from '../article/body'
import { inlineText } from '../article/text'
import { textDirection } from './imported'

const EL = { direction: null, format: '', indent: 0, version: 1 } as const

export interface ListEntry {
  readonly inline: readonly InlineJSON[]
  readonly nested: readonly ListJSON[]
}

export function listBlock(listType: 'bullet' | 'number', start: number, entries: readonly ListEntry[]): ListJSON {
  const children: ListItemJSON[] = entries.map((e, i) => ({ type: 'listitem', ...EL, direction: textDirection(inlineText(e.inline)), value: start + i, children: [...e.inline, ...e.nested] }))
  return { type: 'list', ...EL, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children }
}
