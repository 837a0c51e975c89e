// Every action of the window and its keyboard shortcut, in one table: tooltips, menus and the
// key handlers read it, so a shortcut shown is always the shortcut that works. "Mod" is Cmd on
// macOS and Ctrl elsewhere. Keys are matched by physical key (`KeyboardEvent.code`), so the
// shortcuts work the same with a Russian, Kazakh, Dari or Pashto keyboard layout.

export const ACTIONS = {
  bold: { label: 'Bold', keys: 'Mod+B' },
  italic: { label: 'Italic', keys: 'Mod+I' },
  underline: { label: 'Underline', keys: 'Mod+U' },
  strikethrough: { label: 'Strikethrough', keys: 'Mod+Shift+X' },
  smallCaps: { label: 'Small caps', keys: 'Mod+Shift+K' },
  superscript: { label: 'Superscript', keys: 'Mod+Shift+.' },
  subscript: { label: 'Subscript', keys: 'Mod+Shift+,' },
  clearFormatting: { label: 'Clear formatting', keys: 'Mod+\\' },
  link: { label: 'Link', keys: 'Mod+K' },
  paragraph: { label: 'Paragraph', keys: 'Mod+Alt+0' },
  subhead: { label: 'Subhead', keys: 'Mod+Alt+2' },
  subhead3: { label: 'Minor subhead', keys: 'Mod+Alt+3' },
  quote: { label: 'Block quote', keys: 'Mod+Alt+9' },
  bulletList: { label: 'Bulleted list', keys: 'Mod+Shift+8' },
  numberList: { label: 'Numbered list', keys: 'Mod+Shift+7' },
  alignStart: { label: 'Align to the start', keys: 'Mod+Shift+L' },
  alignCenter: { label: 'Center', keys: 'Mod+Shift+E' },
  alignEnd: { label: 'Align to the end', keys: 'Mod+Shift+R' },
  alignJustify: { label: 'Justify', keys: 'Mod+Shift+J' },
  directionAuto: { label: 'Direction from the text', keys: 'Mod+Alt+A' },
  directionLtr: { label: 'Left to right', keys: 'Mod+Alt+L' },
  directionRtl: { label: 'Right to left', keys: 'Mod+Alt+R' },
  insertImage: { label: 'Image…', keys: 'Mod+Alt+I' },
  insertPullQuote: { label: 'Pull quote', keys: 'Mod+Alt+P' },
  insertFactBox: { label: 'Fact box', keys: 'Mod+Alt+B' },
  insertBackground: { label: 'Background box', keys: 'Mod+Alt+G' },
  insertCorrection: { label: 'Correction', keys: 'Mod+Alt+C' },
  insertEditorsNote: { label: 'Editor’s note', keys: 'Mod+Alt+N' },
  insertQa: { label: 'Q&A pair', keys: 'Mod+Alt+Q' },
  insertTimeline: { label: 'Timeline', keys: 'Mod+Alt+T' },
  insertSectionBreak: { label: 'Section break', keys: 'Mod+Alt+8' },
  insertPageBreak: { label: 'Page break', keys: 'Mod+Enter' },
  insertColumnBreak: { label: 'Column break', keys: 'Mod+Shift+Enter' },
  undo: { label: 'Undo', keys: 'Mod+Z' },
  redo: { label: 'Redo', keys: 'Mod+Shift+Z' },
  pastePlain: { label: 'Paste as plain text', keys: 'Mod+Shift+V' },
  find: { label: 'Find', keys: 'Mod+F' },
  replace: { label: 'Find and replace', keys: 'Mod+H' },
  findNext: { label: 'Next match', keys: 'F3' },
  findPrevious: { label: 'Previous match', keys: 'Shift+F3' },
  toggleSidebar: { label: 'Show or hide the sidebar', keys: 'Mod+Shift+1' },
  toggleInspector: { label: 'Show or hide the inspector', keys: 'Mod+Shift+2' },
  focusMode: { label: 'Focus mode', keys: 'Mod+Shift+F' },
  openFile: { label: 'Open article file…', keys: 'Mod+O' },
  preferences: { label: 'Preferences', keys: 'Mod+,' },
} as const satisfies Record<string, { label: string; keys: string }>

export type ActionId = keyof typeof ACTIONS
export type Platform = 'darwin' | 'win32' | 'linux' | (string & {})

// macOS conventions that differ from the Mod+ mapping.
const MAC_KEYS: Partial<Record<ActionId, string>> = { replace: 'Mod+Alt+F' }

export function keysFor(id: ActionId, platform: Platform): string {
  return (platform === 'darwin' ? MAC_KEYS[id] : undefined) ?? ACTIONS[id].keys
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Enter: '↩' }

/** "Ctrl+Shift+X" on Linux and Windows, "⌘⇧X" on macOS. */
export function shortcutLabel(id: ActionId, platform: Platform): string {
  const parts = keysFor(id, platform).split('+')
  if (platform === 'darwin') return parts.map((p) => MAC_SYMBOLS[p] ?? p).join('')
  return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+')
}

/** "Bold (Ctrl+B)": what every tooltip says. */
export function tooltip(id: ActionId, platform: Platform): string {
  return `${ACTIONS[id].label.replace(/…$/, '')} (${shortcutLabel(id, platform)})`
}

const CODE_OF: Record<string, string> = {
  '.': 'Period',
  ',': 'Comma',
  '\\': 'Backslash',
  Enter: 'Enter',
  F3: 'F3',
}

function codeOf(key: string): string {
  if (CODE_OF[key]) return CODE_OF[key]
  if (/^[A-Z]$/.test(key)) return `Key${key}`
  if (/^[0-9]$/.test(key)) return `Digit${key}`
  return key
}

interface KeyLike {
  readonly code: string
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

export function matchesShortcut(event: KeyLike, id: ActionId, platform: Platform): boolean {
  const parts = keysFor(id, platform).split('+')
  const key = parts[parts.length - 1] ?? ''
  const mod = parts.includes('Mod')
  const wantMeta = platform === 'darwin' ? mod : false
  const wantCtrl = platform === 'darwin' ? false : mod
  if (event.metaKey !== wantMeta || event.ctrlKey !== wantCtrl) return false
  if (event.shiftKey !== parts.includes('Shift') || event.altKey !== parts.includes('Alt')) return false
  const code = codeOf(key)
  return event.code === code || (code === 'Enter' && event.code === 'NumpadEnter')
}

/** The first action whose shortcut `event` is, among `ids`. */
export function actionForEvent<T extends ActionId>(event: KeyLike, ids: readonly T[], platform: Platform): T | null {
  for (const id of ids) if (matchesShortcut(event, id, platform)) return id
  return null
}
