// The editor's and the library's context menus as pure data built from what the renderer reports
// (the word under the pointer and its suggestions, a link, the article and the desk folders).
// The Electron shell shows them natively; the headless desktop lets tests pick an item.
import type { ContextMenuChoice, EditorContext, LibraryContext } from '../../shared/ipc/desktop'

export type ContextItem =
  | { readonly type: 'separator' }
  | {
      readonly type: 'item'
      /** Stable id for tests and lookups (`spelling.replace:again`). */
      readonly id: string
      readonly label: string
      readonly enabled: boolean
      readonly accelerator?: string
      /** Carried out by the renderer: the menu's answer. */
      readonly choice?: ContextMenuChoice
      /** Carried out natively by Electron (cut, copy, paste…). */
      readonly role?: 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'selectAll'
      /** Carried out by main. */
      readonly main?:
        | { readonly kind: 'openLink' | 'copyLink'; readonly url: string }
        | { readonly kind: 'reveal'; readonly path: string }
    }
  | { readonly type: 'submenu'; readonly id: string; readonly label: string; readonly enabled: boolean; readonly items: readonly ContextItem[] }

const SEP: ContextItem = { type: 'separator' }

export function editorContextMenu(context: EditorContext, platform: string): ContextItem[] {
  const groups: ContextItem[][] = []
  const { misspelled } = context
  if (misspelled && context.editable) {
    const spelling: ContextItem[] = misspelled.suggestions.length
      ? misspelled.suggestions.slice(0, 8).map((s) => ({
          type: 'item' as const,
          id: `spelling.replace:${s}`,
          label: s,
          enabled: true,
          choice: { action: 'spelling.replace' as const, word: s },
        }))
      : [{ type: 'item', id: 'spelling.none', label: 'No Spelling Suggestions', enabled: false }]
    groups.push(spelling)
    groups.push([
      { type: 'item', id: 'spelling.addWord', label: `Add “${misspelled.word}” to Dictionary`, enabled: true, choice: { action: 'spelling.addWord', word: misspelled.word } },
      { type: 'item', id: 'spelling.ignore', label: 'Ignore in This Article', enabled: true, choice: { action: 'spelling.ignore', word: misspelled.word } },
    ])
  }
  if (context.link) {
    const url = context.link.url
    groups.push([
      { type: 'item', id: 'link.open', label: 'Open Link', enabled: /^(https?:|mailto:)/i.test(url), main: { kind: 'openLink', url } },
      { type: 'item', id: 'link.copy', label: 'Copy Link Address', enabled: true, main: { kind: 'copyLink', url } },
      { type: 'item', id: 'link.edit', label: 'Edit Link…', enabled: context.editable, choice: { action: 'link.edit' } },
      { type: 'item', id: 'link.remove', label: 'Remove Link', enabled: context.editable, choice: { action: 'link.remove' } },
    ])
  }
  const mac = platform === 'darwin'
  groups.push([
    { type: 'item', id: 'edit.cut', label: 'Cut', enabled: context.editable && context.hasSelection, role: 'cut', accelerator: 'CmdOrCtrl+X' },
    { type: 'item', id: 'edit.copy', label: 'Copy', enabled: context.hasSelection, role: 'copy', accelerator: 'CmdOrCtrl+C' },
    { type: 'item', id: 'edit.paste', label: 'Paste', enabled: context.editable, role: 'paste', accelerator: 'CmdOrCtrl+V' },
    {
      type: 'item',
      id: 'edit.pastePlain',
      label: 'Paste as Plain Text',
      enabled: context.editable,
      role: 'pasteAndMatchStyle',
      accelerator: mac ? 'Cmd+Alt+Shift+V' : 'CmdOrCtrl+Shift+V',
    },
  ])
  groups.push([{ type: 'item', id: 'edit.selectAll', label: 'Select All', enabled: true, role: 'selectAll', accelerator: 'CmdOrCtrl+A' }])
  return joinGroups(groups)
}

export function libraryContextMenu(context: LibraryContext, platform: string): ContextItem[] {
  const targets = context.folders.filter((f) => f !== context.folder)
  const moveItems: ContextItem[] = [
    ...(context.folder !== '' ? [{ type: 'item' as const, id: 'library.move:', label: 'Library (Top Level)', enabled: true, choice: { action: 'library.move' as const, folder: '' } }] : []),
    ...targets
      .filter((f) => f !== '')
      .map((f) => ({ type: 'item' as const, id: `library.move:${f}`, label: f.replace(/&/g, '&&'), enabled: true, choice: { action: 'library.move' as const, folder: f } })),
  ]
  return joinGroups([
    [
      { type: 'item', id: 'library.open', label: 'Open', enabled: true, choice: { action: 'library.open' } },
      { type: 'item', id: 'library.openInNewWindow', label: 'Open in New Window', enabled: true, choice: { action: 'library.openInNewWindow' } },
    ],
    [
      { type: 'item', id: 'library.rename', label: 'Rename…', enabled: true, choice: { action: 'library.rename' } },
      { type: 'item', id: 'library.duplicate', label: 'Duplicate', enabled: true, choice: { action: 'library.duplicate' } },
      { type: 'submenu', id: 'library.move', label: 'Move To', enabled: context.inLibrary && moveItems.length > 0, items: moveItems },
    ],
    [{ type: 'item', id: 'library.reveal', label: revealLabel(platform), enabled: true, main: { kind: 'reveal', path: context.path } }],
    [{ type: 'item', id: 'library.trash', label: platform === 'win32' ? 'Delete (to Recycle Bin)' : 'Move to Trash', enabled: true, choice: { action: 'library.trash' } }],
  ])
}

export function revealLabel(platform: string): string {
  if (platform === 'darwin') return 'Show in Finder'
  if (platform === 'win32') return 'Show in Explorer'
  return 'Show in File Manager'
}

function joinGroups(groups: readonly ContextItem[][]): ContextItem[] {
  return groups.filter((g) => g.length > 0).flatMap((g, i) => (i === 0 ? g : [SEP, ...g]))
}

/** Every item, submenus included (for tests and lookups). */
export function flattenContextMenu(items: readonly ContextItem[]): ContextItem[] {
  return items.flatMap((i) => (i.type === 'submenu' ? [i, ...flattenContextMenu(i.items)] : [i]))
}
