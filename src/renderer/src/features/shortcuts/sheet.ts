// The keyboard shortcuts sheet as data: every command of the catalog available on a platform, by
// menu, with its label and keys as that platform shows them, and the keys that work in the text
// itself (slash menu, Markdown). Searching matches names, descriptions, menus and keys.
import { acceleratorFor, availableOn, COMMANDS, labelFor, MENU_LABELS, MENUS, shortcutLabel, type CommandDef, type MenuId } from '../../../../shared/commands/catalog'

export interface SheetRow {
  readonly id: string
  readonly label: string
  /** The keys as the platform writes them (`Ctrl+Shift+P`, `⇧⌘P`), or null for a command without. */
  readonly keys: string | null
  readonly description?: string
  readonly where?: string
}

export interface SheetSection {
  readonly id: MenuId | 'text'
  readonly title: string
  readonly rows: readonly SheetRow[]
}

/** Developer tools are for development builds only; the menu leaves them out too. */
const HIDDEN = new Set(['view.devTools'])

const menuTitle = (menu: MenuId): string => MENU_LABELS[menu].replace('&', '')

function rowOf(command: CommandDef, platform: string): SheetRow {
  const label = labelFor(command, platform).replace(/…$/, '')
  const keys = acceleratorFor(command, platform) ? (shortcutLabel(command.id, platform) ?? null) : null
  return {
    id: command.id,
    label,
    keys,
    ...(command.description ? { description: command.description } : {}),
    ...(command.submenu ? { where: command.submenu } : {}),
  }
}

/** Keys of the text itself, which no menu lists. */
function textRows(platform: string): SheetRow[] {
  const mac = platform === 'darwin'
  return [
    { id: 'text.slash', label: 'Insert a block from the slash menu', keys: '/', description: 'At the start of a word; keep typing to narrow the list' },
    { id: 'text.subhead', label: 'Subhead', keys: '## ', description: 'At the start of a paragraph (### for a minor subhead)' },
    { id: 'text.quote', label: 'Block quote', keys: '> ', description: 'At the start of a paragraph' },
    { id: 'text.list', label: 'Bulleted or numbered list', keys: '- or 1. ', description: 'At the start of a paragraph' },
    { id: 'text.break', label: 'Section break', keys: '---', description: 'On a line of its own' },
    { id: 'text.bold', label: 'Bold, italic, struck through', keys: '**bold** *italic* ~~struck~~', description: 'Markdown marks as you type' },
    { id: 'text.lineBreak', label: 'Line break in a paragraph', keys: mac ? '⇧↩' : 'Shift+Enter' },
    { id: 'text.contextMenu', label: 'Spelling suggestions and more', keys: mac ? '⌃-click' : 'Shift+F10', description: 'The context menu of the word at the caret (or right-click it)' },
    { id: 'text.leaveFocus', label: 'Leave focus mode', keys: 'Esc' },
  ]
}

export function shortcutSheet(platform: string): SheetSection[] {
  const sections: SheetSection[] = []
  for (const menu of MENUS) {
    const rows = COMMANDS.filter((c) => c.menu === menu && !HIDDEN.has(c.id) && availableOn(c, platform)).map((c) => rowOf(c, platform))
    if (rows.length) sections.push({ id: menu, title: menu === 'app' ? 'Galley' : menuTitle(menu), rows })
  }
  sections.push({ id: 'text', title: 'In the text', rows: textRows(platform) })
  return sections
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Rows whose words all appear in the label, description, submenu, section or keys. */
export function searchSheet(sections: readonly SheetSection[], query: string): SheetSection[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...sections]
  return sections
    .map((s) => ({
      ...s,
      rows: s.rows.filter((r) => {
        const hay = fold([r.label, r.description ?? '', r.where ?? '', s.title, r.keys ?? '', (r.keys ?? '').replace(/\+/g, ' ')].join(' '))
        return words.every((w) => hay.includes(w))
      }),
    }))
    .filter((s) => s.rows.length > 0)
}
