// Every command Galley offers in its menus, with a stable id, its label, its shortcut and where it
// runs. The application menu, the context menus and the renderer's tooltips all read this one table.

/** The menus of the menu bar, in order (`app` exists on macOS only). */
export const MENUS = ['app', 'file', 'edit', 'insert', 'format', 'view', 'window', 'help'] as const
export type MenuId = (typeof MENUS)[number]

export const MENU_LABELS: Readonly<Record<MenuId, string>> = {
  app: 'Galley',
  file: '&File',
  edit: '&Edit',
  insert: '&Insert',
  format: 'F&ormat',
  view: '&View',
  window: '&Window',
  help: '&Help',
}

/**
 * Where a command is carried out:
 * - `renderer`: sent to the focused window as the host event `onMenuCommand` (the editor acts on it);
 * - `main`: run by the main process (dialogs, windows, files, settings);
 * - `role`: one of Electron's built-in roles (cut, copy, undo…), which also work in text fields.
 */
export type RunsIn = 'renderer' | 'main' | 'role'

/** What the menus need to know about the app to enable, check and fill themselves. */
export interface AppState {
  readonly platform: 'darwin' | 'win32' | 'linux' | (string & {})
  /** The focused window shows an article (not only the library). */
  readonly hasArticle: boolean
  /** The article opened read-only (from a newer Galley, or locked). */
  readonly readOnly: boolean
  readonly previewShown: boolean
  readonly focusMode: boolean
  readonly inspectorShown: boolean
  readonly sidebarShown: boolean
  readonly fullScreen: boolean
  readonly spellCheck: boolean
  /** Editor zoom factor, 0.5–3. */
  readonly zoom: number
  readonly recent: readonly RecentItem[]
  /** Developer tools are offered only in development builds. */
  readonly isDevelopment: boolean
}

export interface RecentItem {
  readonly path: string
  /** The headline, or the file name when the article has none. */
  readonly title: string
}

export const defaultAppState: AppState = {
  platform: 'linux',
  hasArticle: false,
  readOnly: false,
  previewShown: false,
  focusMode: false,
  inspectorShown: true,
  sidebarShown: true,
  fullScreen: false,
  spellCheck: true,
  zoom: 1,
  recent: [],
  isDevelopment: false,
}

export interface CommandDef {
  readonly id: string
  readonly label: string
  /** The label where a platform names the thing differently (Finder, Explorer, Exit…). */
  readonly platformLabel?: { readonly darwin?: string; readonly win32?: string; readonly linux?: string }
  readonly menu: MenuId
  /** Items of one group sit together; groups are divided by separators, in catalog order. */
  readonly group: string
  /** Shown under this submenu of `menu` (Export ▸, Paragraph ▸…). */
  readonly submenu?: string
  readonly runsIn: RunsIn
  /** Electron role for `runsIn: 'role'`. */
  readonly role?: string
  /** Electron accelerator per platform; `default` applies where a platform has none of its own. */
  readonly accelerator?: { readonly default?: string; readonly darwin?: string; readonly win32?: string; readonly linux?: string }
  /** Only on these platforms (the macOS app menu items, Quit in File elsewhere…). */
  readonly platforms?: readonly string[]
  readonly enabled?: (state: AppState) => boolean
  /** Makes the item a checkbox. */
  readonly checked?: (state: AppState) => boolean
  /** Also listed in the editor's toolbar tooltips and the shortcuts sheet. */
  readonly description?: string
}

const editable = (s: AppState): boolean => s.hasArticle && !s.readOnly
const article = (s: AppState): boolean => s.hasArticle
const NOT_MAC = ['win32', 'linux']
const MAC = ['darwin']

function def<const Id extends string, const Runs extends RunsIn>(
  id: Id,
  rest: Omit<CommandDef, 'id' | 'runsIn'> & { readonly runsIn: Runs },
): CommandDef & { readonly id: Id; readonly runsIn: Runs } {
  return { id, ...rest }
}

export const COMMANDS = [
  // ── macOS application menu ────────────────────────────────────────────────────────────────────
  def('app.about', { label: 'About Galley', menu: 'app', group: 'about', runsIn: 'role', role: 'about', platforms: MAC }),
  def('app.preferences', { label: 'Settings…', menu: 'app', group: 'prefs', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+,' }, platforms: MAC }),
  def('app.services', { label: 'Services', menu: 'app', group: 'services', runsIn: 'role', role: 'services', platforms: MAC }),
  def('app.hide', { label: 'Hide Galley', menu: 'app', group: 'hide', runsIn: 'role', role: 'hide', accelerator: { default: 'Cmd+H' }, platforms: MAC }),
  def('app.hideOthers', { label: 'Hide Others', menu: 'app', group: 'hide', runsIn: 'role', role: 'hideOthers', accelerator: { default: 'Cmd+Alt+H' }, platforms: MAC }),
  def('app.unhide', { label: 'Show All', menu: 'app', group: 'hide', runsIn: 'role', role: 'unhide', platforms: MAC }),
  def('app.quit', { label: 'Quit Galley', menu: 'app', group: 'quit', runsIn: 'main', accelerator: { default: 'Cmd+Q' }, platforms: MAC }),

  // ── File ──────────────────────────────────────────────────────────────────────────────────────
  def('file.newFromTemplate', { label: 'New from Template…', menu: 'file', group: 'new', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+N' }, description: 'Start a new article from a section template' }),
  def('file.newWindow', { label: 'New Window', menu: 'file', group: 'new', runsIn: 'main', accelerator: { default: 'CmdOrCtrl+Shift+N' } }),
  def('file.open', { label: 'Open…', menu: 'file', group: 'open', runsIn: 'main', accelerator: { default: 'CmdOrCtrl+O' }, description: 'Open a .galley article' }),
  def('file.openRecent', { label: 'Open Recent', menu: 'file', group: 'open', runsIn: 'main', enabled: (s) => s.recent.length > 0 }),
  def('file.clearRecent', { label: 'Clear Menu', menu: 'file', group: 'open', submenu: 'Open Recent', runsIn: 'main', enabled: (s) => s.recent.length > 0 }),
  def('file.import', { label: 'Import…', menu: 'file', group: 'open', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+O' }, description: 'Import a Word, HTML, Markdown or text file as a new article' }),
  def('file.saveVersion', { label: 'Save Version', menu: 'file', group: 'save', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+S' }, enabled: editable, description: 'Keep this state of the article in its history' }),
  def('file.saveAsTemplate', { label: 'Save as Template…', menu: 'file', group: 'templates', runsIn: 'renderer', enabled: article, description: 'Make a section template from this article’s fields, structure and layout' }),
  def('file.manageTemplates', { label: 'Manage Templates…', menu: 'file', group: 'templates', runsIn: 'renderer', description: 'Rename, edit, delete, export and import your templates' }),
  def('file.exportPdf', { label: 'PDF…', menu: 'file', group: 'export', submenu: 'Export', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+E' }, enabled: article, description: 'Export a print-ready PDF' }),
  def('file.exportDocx', { label: 'Word Document (.docx)…', menu: 'file', group: 'export', submenu: 'Export', runsIn: 'renderer', enabled: article }),
  def('file.exportHtml', { label: 'Web Page (.html)…', menu: 'file', group: 'export', submenu: 'Export', runsIn: 'renderer', enabled: article }),
  def('file.exportMarkdown', { label: 'Markdown (.md)…', menu: 'file', group: 'export', submenu: 'Export', runsIn: 'renderer', enabled: article }),
  def('file.exportText', { label: 'Plain Text (.txt)…', menu: 'file', group: 'export', submenu: 'Export', runsIn: 'renderer', enabled: article }),
  def('file.print', { label: 'Print…', menu: 'file', group: 'export', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+P' }, enabled: article, description: 'Print on a printer through the system dialog' }),
  def('file.reveal', {
    label: 'Show in File Manager',
    platformLabel: { darwin: 'Show in Finder', win32: 'Show in Explorer' },
    menu: 'file',
    group: 'reveal',
    runsIn: 'main',
    accelerator: { default: 'CmdOrCtrl+Alt+Shift+R' },
    enabled: article,
  }),
  def('file.preferences', { label: 'Settings…', menu: 'file', group: 'prefs', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+,' }, platforms: NOT_MAC }),
  def('file.close', { label: 'Close Window', menu: 'file', group: 'close', runsIn: 'main', accelerator: { default: 'CmdOrCtrl+W' } }),
  def('file.quit', { label: 'Quit', platformLabel: { win32: 'Exit' }, menu: 'file', group: 'quit', runsIn: 'main', accelerator: { linux: 'Ctrl+Q' }, platforms: NOT_MAC }),

  // ── Edit ──────────────────────────────────────────────────────────────────────────────────────
  def('edit.undo', { label: 'Undo', menu: 'edit', group: 'undo', runsIn: 'role', role: 'undo', accelerator: { default: 'CmdOrCtrl+Z' } }),
  def('edit.redo', { label: 'Redo', menu: 'edit', group: 'undo', runsIn: 'role', role: 'redo', accelerator: { default: 'CmdOrCtrl+Shift+Z', win32: 'Ctrl+Y' } }),
  def('edit.cut', { label: 'Cut', menu: 'edit', group: 'clipboard', runsIn: 'role', role: 'cut', accelerator: { default: 'CmdOrCtrl+X' } }),
  def('edit.copy', { label: 'Copy', menu: 'edit', group: 'clipboard', runsIn: 'role', role: 'copy', accelerator: { default: 'CmdOrCtrl+C' } }),
  def('edit.paste', { label: 'Paste', menu: 'edit', group: 'clipboard', runsIn: 'role', role: 'paste', accelerator: { default: 'CmdOrCtrl+V' } }),
  def('edit.pastePlain', { label: 'Paste as Plain Text', menu: 'edit', group: 'clipboard', runsIn: 'role', role: 'pasteAndMatchStyle', accelerator: { default: 'CmdOrCtrl+Shift+V' } }),
  def('edit.delete', { label: 'Delete', menu: 'edit', group: 'clipboard', runsIn: 'role', role: 'delete' }),
  def('edit.selectAll', { label: 'Select All', menu: 'edit', group: 'clipboard', runsIn: 'role', role: 'selectAll', accelerator: { default: 'CmdOrCtrl+A' } }),
  def('edit.find', { label: 'Find…', menu: 'edit', group: 'find', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+F' }, enabled: article, description: 'Find in the article' }),
  def('edit.findNext', { label: 'Find Next', menu: 'edit', group: 'find', runsIn: 'renderer', accelerator: { default: 'F3', darwin: 'Cmd+G' }, enabled: article }),
  def('edit.findPrevious', { label: 'Find Previous', menu: 'edit', group: 'find', runsIn: 'renderer', accelerator: { default: 'Shift+F3', darwin: 'Cmd+Shift+G' }, enabled: article }),
  def('edit.replace', { label: 'Replace…', menu: 'edit', group: 'find', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+H', darwin: 'Cmd+Alt+F' }, enabled: editable, description: 'Find and replace' }),
  def('edit.spellCheck', { label: 'Check Spelling While Typing', menu: 'edit', group: 'spelling', runsIn: 'main', checked: (s) => s.spellCheck }),

  // ── Insert (the body blocks of the document model) ────────────────────────────────────────────
  def('insert.block', { label: 'Block…', menu: 'insert', group: 'palette', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+/' }, enabled: editable, description: 'Insert a block or a section block' }),
  def('insert.link', { label: 'Link…', menu: 'insert', group: 'inline', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+K' }, enabled: editable, description: 'Insert or edit a link' }),
  def('insert.image', { label: 'Image…', menu: 'insert', group: 'blocks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+I' }, enabled: editable }),
  def('insert.pullQuote', { label: 'Pull Quote', menu: 'insert', group: 'blocks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+P' }, enabled: editable }),
  def('insert.factBox', { label: 'Fact Box', menu: 'insert', group: 'blocks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+B' }, enabled: editable }),
  def('insert.background', { label: 'Background Box', menu: 'insert', group: 'blocks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+G' }, enabled: editable }),
  def('insert.correction', { label: 'Correction', menu: 'insert', group: 'notes', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+C' }, enabled: editable }),
  def('insert.editorsNote', { label: 'Editor’s Note', menu: 'insert', group: 'notes', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+N' }, enabled: editable }),
  def('insert.qaPair', { label: 'Question and Answer', menu: 'insert', group: 'blocks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+Q' }, enabled: editable }),
  def('insert.timeline', { label: 'Timeline', menu: 'insert', group: 'blocks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+T' }, enabled: editable }),
  def('insert.bulletList', { label: 'Bulleted List', menu: 'insert', group: 'lists', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+8' }, enabled: editable }),
  def('insert.numberedList', { label: 'Numbered List', menu: 'insert', group: 'lists', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+7' }, enabled: editable }),
  def('insert.sectionBreak', { label: 'Section Break', menu: 'insert', group: 'breaks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+8' }, enabled: editable }),
  def('insert.columnBreak', { label: 'Column Break', menu: 'insert', group: 'breaks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+Enter' }, enabled: editable }),
  def('insert.pageBreak', { label: 'Page Break', menu: 'insert', group: 'breaks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Enter' }, enabled: editable }),

  // ── Format ────────────────────────────────────────────────────────────────────────────────────
  def('format.bold', { label: 'Bold', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+B' }, enabled: editable }),
  def('format.italic', { label: 'Italic', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+I' }, enabled: editable }),
  def('format.underline', { label: 'Underline', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+U' }, enabled: editable }),
  def('format.strikethrough', { label: 'Strikethrough', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+X' }, enabled: editable }),
  def('format.smallCaps', { label: 'Small Caps', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+K' }, enabled: editable }),
  def('format.superscript', { label: 'Superscript', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+.' }, enabled: editable }),
  def('format.subscript', { label: 'Subscript', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+,' }, enabled: editable }),
  def('format.clear', { label: 'Clear Formatting', menu: 'format', group: 'marks', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+\\' }, enabled: editable }),
  def('format.paragraph', { label: 'Body Text', menu: 'format', group: 'style', submenu: 'Paragraph Style', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+0' }, enabled: editable }),
  def('format.subhead', { label: 'Subhead', menu: 'format', group: 'style', submenu: 'Paragraph Style', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+2' }, enabled: editable }),
  def('format.minorSubhead', { label: 'Minor Subhead', menu: 'format', group: 'style', submenu: 'Paragraph Style', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+3' }, enabled: editable }),
  def('format.quote', { label: 'Block Quote', menu: 'format', group: 'style', submenu: 'Paragraph Style', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+9' }, enabled: editable }),
  def('format.alignStart', { label: 'Align to Start', menu: 'format', group: 'align', submenu: 'Alignment', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+L' }, enabled: editable }),
  def('format.alignCenter', { label: 'Centre', menu: 'format', group: 'align', submenu: 'Alignment', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+E' }, enabled: editable }),
  def('format.alignEnd', { label: 'Align to End', menu: 'format', group: 'align', submenu: 'Alignment', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+R' }, enabled: editable }),
  def('format.justify', { label: 'Justify', menu: 'format', group: 'align', submenu: 'Alignment', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+J' }, enabled: editable }),
  def('format.directionAuto', { label: 'From the Text', menu: 'format', group: 'direction', submenu: 'Text Direction', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+A' }, enabled: editable }),
  def('format.directionLtr', { label: 'Left to Right', menu: 'format', group: 'direction', submenu: 'Text Direction', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+L' }, enabled: editable }),
  def('format.directionRtl', { label: 'Right to Left', menu: 'format', group: 'direction', submenu: 'Text Direction', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Alt+R' }, enabled: editable }),

  // ── View ──────────────────────────────────────────────────────────────────────────────────────
  def('view.sidebar', { label: 'Sidebar', menu: 'view', group: 'panes', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+1' }, checked: (s) => s.sidebarShown, description: 'Show or hide the library and outline' }),
  def('view.inspector', { label: 'Inspector', menu: 'view', group: 'panes', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+2' }, enabled: article, checked: (s) => s.inspectorShown }),
  def('view.preview', { label: 'Print Preview', menu: 'view', group: 'panes', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+P' }, enabled: article, checked: (s) => s.previewShown, description: 'Show or hide the print preview' }),
  def('view.focusMode', { label: 'Focus Mode', menu: 'view', group: 'panes', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+F' }, enabled: article, checked: (s) => s.focusMode, description: 'Hide everything but the text' }),
  def('view.zoomIn', { label: 'Zoom In', menu: 'view', group: 'zoom', runsIn: 'main', accelerator: { default: 'CmdOrCtrl+=' }, enabled: (s) => s.zoom < 3 }),
  def('view.zoomOut', { label: 'Zoom Out', menu: 'view', group: 'zoom', runsIn: 'main', accelerator: { default: 'CmdOrCtrl+-' }, enabled: (s) => s.zoom > 0.5 }),
  def('view.zoomReset', { label: 'Actual Size', menu: 'view', group: 'zoom', runsIn: 'main', accelerator: { default: 'CmdOrCtrl+0' }, enabled: (s) => s.zoom !== 1 }),
  def('view.fullScreen', { label: 'Full Screen', menu: 'view', group: 'screen', runsIn: 'role', role: 'togglefullscreen', accelerator: { default: 'F11', darwin: 'Cmd+Ctrl+F' }, checked: (s) => s.fullScreen }),
  def('view.devTools', { label: 'Developer Tools', menu: 'view', group: 'dev', runsIn: 'role', role: 'toggleDevTools', accelerator: { default: 'CmdOrCtrl+Shift+Alt+I' } }),

  // ── Window ────────────────────────────────────────────────────────────────────────────────────
  def('window.minimize', { label: 'Minimize', menu: 'window', group: 'window', runsIn: 'role', role: 'minimize', accelerator: { default: 'CmdOrCtrl+M' } }),
  def('window.zoom', { label: 'Zoom', menu: 'window', group: 'window', runsIn: 'role', role: 'zoom', platforms: MAC }),
  def('window.front', { label: 'Bring All to Front', menu: 'window', group: 'front', runsIn: 'role', role: 'front', platforms: MAC }),

  // ── Help ──────────────────────────────────────────────────────────────────────────────────────
  def('help.shortcuts', { label: 'Keyboard Shortcuts', menu: 'help', group: 'help', runsIn: 'renderer', accelerator: { default: 'CmdOrCtrl+Shift+/' } }),
  def('help.showLogs', { label: 'Show Logs', menu: 'help', group: 'diagnostics', runsIn: 'main' }),
  def('help.about', { label: 'About Galley', menu: 'help', group: 'about', runsIn: 'role', role: 'about', platforms: NOT_MAC }),
] as const satisfies readonly CommandDef[]

export type CommandId = (typeof COMMANDS)[number]['id']
export type MainCommandId = Extract<(typeof COMMANDS)[number], { runsIn: 'main' }>['id']
export type RendererCommandId = Extract<(typeof COMMANDS)[number], { runsIn: 'renderer' }>['id']

const BY_ID: ReadonlyMap<string, CommandDef> = new Map(COMMANDS.map((c) => [c.id, c]))

export function commandById(id: string): CommandDef | undefined {
  return BY_ID.get(id)
}

export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && BY_ID.has(id)
}

export function availableOn(command: CommandDef, platform: string): boolean {
  return !command.platforms || command.platforms.includes(platform)
}

export function labelFor(command: CommandDef, platform: string): string {
  return (command.platformLabel as Record<string, string | undefined> | undefined)?.[platform] ?? command.label
}

/** The Electron accelerator of a command on a platform, if it has one. */
export function acceleratorFor(command: CommandDef, platform: string): string | undefined {
  const a = command.accelerator
  if (!a) return undefined
  return (a as Record<string, string | undefined>)[platform] ?? a.default
}

/**
 * How a shortcut reads in a tooltip on this platform: `⌘⇧P` on macOS, `Ctrl+Shift+P` elsewhere.
 * The editor's toolbar and the shortcuts sheet use this so they always agree with the menu.
 */
export function shortcutLabel(commandId: string, platform: string): string | undefined {
  const command = commandById(commandId)
  if (!command || !availableOn(command, platform)) return undefined
  const accelerator = acceleratorFor(command, platform)
  if (!accelerator) return undefined
  const parts = accelerator.split('+').map((p, i, all) => (p === '' && i === all.length - 1 ? '+' : p)).filter((p) => p !== '')
  const mac = platform === 'darwin'
  const names: Record<string, [mac: string, other: string]> = {
    CmdOrCtrl: ['⌘', 'Ctrl'],
    CommandOrControl: ['⌘', 'Ctrl'],
    Cmd: ['⌘', 'Cmd'],
    Command: ['⌘', 'Cmd'],
    Ctrl: ['⌃', 'Ctrl'],
    Control: ['⌃', 'Ctrl'],
    Alt: ['⌥', 'Alt'],
    Option: ['⌥', 'Alt'],
    Shift: ['⇧', 'Shift'],
    Enter: ['↩', 'Enter'],
    Return: ['↩', 'Enter'],
  }
  const shown = parts.map((p) => names[p]?.[mac ? 0 : 1] ?? p)
  if (!mac) return shown.join('+')
  // macOS lists modifiers in the order ⌃⌥⇧⌘, then the key.
  const order = ['⌃', '⌥', '⇧', '⌘']
  const mods = shown.filter((p) => order.includes(p)).sort((a, b) => order.indexOf(a) - order.indexOf(b))
  const keys = shown.filter((p) => !order.includes(p))
  return [...mods, ...keys].join('')
}

/**
 * A normal form of an accelerator for comparing two of them on one platform (`CmdOrCtrl+Shift+Z` and
 * `Shift+Ctrl+Z` are the same keys on Windows).
 */
export function normalizeAccelerator(accelerator: string, platform: string): string {
  const parts = accelerator.split('+').map((p, i, all) => (p === '' && i === all.length - 1 ? '+' : p)).filter((p) => p !== '')
  const mac = platform === 'darwin'
  const mods = new Set<string>()
  let key = ''
  for (const raw of parts) {
    const p = raw.toLowerCase()
    if (p === 'cmdorctrl' || p === 'commandorcontrol') mods.add(mac ? 'cmd' : 'ctrl')
    else if (p === 'cmd' || p === 'command' || p === 'super' || p === 'meta') mods.add('cmd')
    else if (p === 'ctrl' || p === 'control') mods.add('ctrl')
    else if (p === 'alt' || p === 'option' || p === 'altgr') mods.add('alt')
    else if (p === 'shift') mods.add('shift')
    else key = p === 'return' ? 'enter' : p === 'plus' ? '+' : p
  }
  return [...[...mods].sort(), key].join('+')
}
