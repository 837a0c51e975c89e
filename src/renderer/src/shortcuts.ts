// The window's actions and their keyboard shortcuts. The keys come from the one command catalog in
// src/shared/commands (the same table the application menu is built from), so a shortcut shown in a
// tooltip is always the shortcut the menu and the key handlers use. Keys are matched by physical key
// (`KeyboardEvent.code`), so the shortcuts work the same with a Russian, Kazakh, Dari or Pashto layout.
import { acceleratorFor, availableOn, commandById, shortcutLabel as catalogShortcutLabel, type CommandId } from '../../shared/commands/catalog'

/** Each action: the label its tooltip uses, and the catalog command(s) it is (the first one available on the platform). */
export const ACTIONS = {
  bold: { label: 'Bold', command: ['format.bold'] },
  italic: { label: 'Italic', command: ['format.italic'] },
  underline: { label: 'Underline', command: ['format.underline'] },
  strikethrough: { label: 'Strikethrough', command: ['format.strikethrough'] },
  smallCaps: { label: 'Small caps', command: ['format.smallCaps'] },
  superscript: { label: 'Superscript', command: ['format.superscript'] },
  subscript: { label: 'Subscript', command: ['format.subscript'] },
  clearFormatting: { label: 'Clear formatting', command: ['format.clear'] },
  link: { label: 'Link', command: ['insert.link'] },
  paragraph: { label: 'Paragraph', command: ['format.paragraph'] },
  subhead: { label: 'Subhead', command: ['format.subhead'] },
  subhead3: { label: 'Minor subhead', command: ['format.minorSubhead'] },
  quote: { label: 'Block quote', command: ['format.quote'] },
  bulletList: { label: 'Bulleted list', command: ['insert.bulletList'] },
  numberList: { label: 'Numbered list', command: ['insert.numberedList'] },
  alignStart: { label: 'Align to the start', command: ['format.alignStart'] },
  alignCenter: { label: 'Center', command: ['format.alignCenter'] },
  alignEnd: { label: 'Align to the end', command: ['format.alignEnd'] },
  alignJustify: { label: 'Justify', command: ['format.justify'] },
  directionAuto: { label: 'Direction from the text', command: ['format.directionAuto'] },
  directionLtr: { label: 'Left to right', command: ['format.directionLtr'] },
  directionRtl: { label: 'Right to left', command: ['format.directionRtl'] },
  insertBlock: { label: 'Insert a block', command: ['insert.block'] },
  insertImage: { label: 'Image…', command: ['insert.image'] },
  insertPullQuote: { label: 'Pull quote', command: ['insert.pullQuote'] },
  insertFactBox: { label: 'Fact box', command: ['insert.factBox'] },
  insertBackground: { label: 'Background box', command: ['insert.background'] },
  insertCorrection: { label: 'Correction', command: ['insert.correction'] },
  insertEditorsNote: { label: 'Editor’s note', command: ['insert.editorsNote'] },
  insertQa: { label: 'Q&A pair', command: ['insert.qaPair'] },
  insertTimeline: { label: 'Timeline', command: ['insert.timeline'] },
  insertSectionBreak: { label: 'Section break', command: ['insert.sectionBreak'] },
  insertPageBreak: { label: 'Page break', command: ['insert.pageBreak'] },
  insertColumnBreak: { label: 'Column break', command: ['insert.columnBreak'] },
  undo: { label: 'Undo', command: ['edit.undo'] },
  redo: { label: 'Redo', command: ['edit.redo'] },
  pastePlain: { label: 'Paste as plain text', command: ['edit.pastePlain'] },
  find: { label: 'Find', command: ['edit.find'] },
  replace: { label: 'Find and replace', command: ['edit.replace'] },
  findNext: { label: 'Next match', command: ['edit.findNext'] },
  findPrevious: { label: 'Previous match', command: ['edit.findPrevious'] },
  toggleSidebar: { label: 'Show or hide the sidebar', command: ['view.sidebar'] },
  toggleInspector: { label: 'Show or hide the inspector', command: ['view.inspector'] },
  focusMode: { label: 'Focus mode', command: ['view.focusMode'] },
  newFromTemplate: { label: 'New article from a template…', command: ['file.newFromTemplate'] },
  openFile: { label: 'Open article file…', command: ['file.open'] },
  preferences: { label: 'Preferences', command: ['app.preferences', 'file.preferences'] },
} as const satisfies Record<string, { label: string; command: readonly CommandId[] }>

export type ActionId = keyof typeof ACTIONS
export type Platform = 'darwin' | 'win32' | 'linux' | (string & {})

/** The catalog command an action is on this platform. */
export function commandFor(id: ActionId, platform: Platform): CommandId {
  const candidates: readonly CommandId[] = ACTIONS[id].command
  return candidates.find((c) => availableOn(commandById(c)!, platform)) ?? candidates[0]!
}

/** The action a menu command stands for, if the window has one (for `onMenuCommand`). */
export function actionForCommand(command: string, platform: Platform): ActionId | null {
  for (const id of Object.keys(ACTIONS) as ActionId[]) if (commandFor(id, platform) === command) return id
  return null
}

/** "Ctrl+Shift+X" on Linux and Windows, "⇧⌘X" on macOS — exactly as the menu shows it. */
export function shortcutLabel(id: ActionId, platform: Platform): string {
  return catalogShortcutLabel(commandFor(id, platform), platform) ?? ''
}

/** "Bold (Ctrl+B)": what every tooltip says. */
export function tooltip(id: ActionId, platform: Platform): string {
  const keys = shortcutLabel(id, platform)
  const label = ACTIONS[id].label.replace(/…$/, '')
  return keys ? `${label} (${keys})` : label
}

interface KeyLike {
  readonly code: string
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

const CODE_OF: Record<string, string> = {
  '.': 'Period',
  ',': 'Comma',
  '\\': 'Backslash',
  '/': 'Slash',
  '=': 'Equal',
  '-': 'Minus',
  Enter: 'Enter',
  Return: 'Enter',
}

function codeOf(key: string): string {
  if (CODE_OF[key]) return CODE_OF[key]
  if (/^[A-Za-z]$/.test(key)) return `Key${key.toUpperCase()}`
  if (/^[0-9]$/.test(key)) return `Digit${key}`
  return key
}

interface Chord {
  readonly meta: boolean
  readonly ctrl: boolean
  readonly alt: boolean
  readonly shift: boolean
  readonly code: string
}

/** The keys an Electron accelerator presses on a platform (CmdOrCtrl is ⌘ on macOS, Ctrl elsewhere). */
function chordOf(accelerator: string, platform: Platform): Chord {
  const mac = platform === 'darwin'
  const parts = accelerator.split('+').map((p, i, all) => (p === '' && i === all.length - 1 ? '+' : p)).filter((p) => p !== '')
  let meta = false
  let ctrl = false
  let alt = false
  let shift = false
  let key = ''
  for (const part of parts) {
    const p = part.toLowerCase()
    if (p === 'cmdorctrl' || p === 'commandorcontrol') {
      if (mac) meta = true
      else ctrl = true
    } else if (p === 'cmd' || p === 'command' || p === 'super' || p === 'meta') meta = true
    else if (p === 'ctrl' || p === 'control') ctrl = true
    else if (p === 'alt' || p === 'option') alt = true
    else if (p === 'shift') shift = true
    else key = part
  }
  return { meta, ctrl, alt, shift, code: codeOf(key) }
}

export function matchesShortcut(event: KeyLike, id: ActionId, platform: Platform): boolean {
  return matchesCommandKeys(event, commandFor(id, platform), platform)
}

/** Whether `event` presses the accelerator the catalog gives `command` on this platform. */
export function matchesCommandKeys(event: KeyLike, command: string, platform: Platform): boolean {
  const def = commandById(command)
  const accelerator = def && availableOn(def, platform) ? acceleratorFor(def, platform) : undefined
  if (!accelerator) return false
  const chord = chordOf(accelerator, platform)
  if (event.metaKey !== chord.meta || event.ctrlKey !== chord.ctrl) return false
  if (event.shiftKey !== chord.shift || event.altKey !== chord.alt) return false
  return event.code === chord.code || (chord.code === 'Enter' && event.code === 'NumpadEnter')
}

/** The first action whose shortcut `event` is, among `ids`. */
export function actionForEvent<T extends ActionId>(event: KeyLike, ids: readonly T[], platform: Platform): T | null {
  for (const id of ids) if (matchesShortcut(event, id, platform)) return id
  return null
}
