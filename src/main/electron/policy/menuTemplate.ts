// The application menu as a pure function of the platform and the app's state, built from the
// command catalog. The Electron shell turns `run` into IPC events or main-side actions.
import type { MenuItemConstructorOptions } from 'electron'
import {
  COMMANDS,
  MENU_LABELS,
  MENUS,
  acceleratorFor,
  availableOn,
  labelFor,
  type AppState,
  type CommandDef,
  type CommandId,
  type MenuId,
} from '../../../shared/commands/catalog'

/** Carries out a command; `arg` is the path of a recent file for `file.openRecent`. */
export type RunCommand = (command: CommandId, arg?: string) => void

type Item = MenuItemConstructorOptions

/** Commands of a menu as they appear on a platform (dev tools only in development). */
function commandsOf(menu: MenuId, state: AppState): CommandDef[] {
  return COMMANDS.filter(
    (c) => c.menu === menu && availableOn(c, state.platform) && (c.id !== 'view.devTools' || state.isDevelopment),
  )
}

function itemFor(command: CommandDef, state: AppState, run: RunCommand): Item {
  const item: Item = { id: command.id, label: labelFor(command, state.platform) }
  const accelerator = acceleratorFor(command, state.platform)
  if (accelerator) item.accelerator = accelerator
  // The window answers the keys of its own commands (src/renderer/src/commands/registry.ts); the menu
  // only shows them, so a key press never runs twice. macOS hands key equivalents to the page first.
  if (accelerator && command.runsIn === 'renderer' && state.platform !== 'darwin') item.registerAccelerator = false
  if (command.enabled) item.enabled = command.enabled(state)
  if (command.checked) {
    item.type = 'checkbox'
    item.checked = command.checked(state)
  }
  if (command.runsIn === 'role' && command.role) {
    item.role = command.role as NonNullable<Item['role']>
  } else {
    const id = command.id as CommandId
    item.click = () => run(id)
  }
  return item
}

function recentSubmenu(command: CommandDef, state: AppState, run: RunCommand): Item {
  const clear = COMMANDS.find((c) => c.id === 'file.clearRecent') as CommandDef
  const entries: Item[] = state.recent.map((r, i) => ({
    id: `file.openRecent:${i}`,
    label: escapeMnemonic(r.title),
    // The path as a tooltip is not shown by every platform; the title alone must identify it.
    sublabel: r.path,
    click: () => run('file.openRecent', r.path),
  }))
  const label = labelFor(command, state.platform)
  // On macOS the OS keeps the list (app.addRecentDocument) and fills it through the role; choosing
  // an entry arrives as `open-file`, like a double-click in the Finder.
  if (state.platform === 'darwin') {
    return { id: command.id, label, role: 'recentDocuments', submenu: [{ label: labelFor(clear, state.platform), role: 'clearRecentDocuments' }] }
  }
  return {
    id: command.id,
    label,
    enabled: command.enabled?.(state) ?? true,
    submenu: [...entries, ...(entries.length ? [{ type: 'separator' } as Item] : []), itemFor(clear, state, run)],
  }
}

/** `&` marks a mnemonic in menu labels on Windows and Linux; a headline's own `&` must stay visible. */
function escapeMnemonic(text: string): string {
  return text.replace(/&/g, '&&')
}

function buildMenu(menu: MenuId, state: AppState, run: RunCommand): Item[] {
  const out: Item[] = []
  let group: string | undefined
  const submenus = new Map<string, Item[]>()
  for (const command of commandsOf(menu, state)) {
    if (command.id === 'file.clearRecent') continue
    const item = command.id === 'file.openRecent' ? recentSubmenu(command, state, run) : itemFor(command, state, run)
    if (group !== undefined && command.group !== group) out.push({ type: 'separator' })
    group = command.group
    if (command.submenu) {
      let sub = submenus.get(command.submenu)
      if (!sub) {
        sub = []
        submenus.set(command.submenu, sub)
        out.push({ id: `${menu}:${command.submenu}`, label: command.submenu, submenu: sub })
      }
      sub.push(item)
      continue
    }
    out.push(item)
  }
  // A separator may have been pushed before a submenu that was already open; drop doubles and ends.
  return out.filter((item, i, all) => item.type !== 'separator' || (i > 0 && i < all.length - 1 && all[i - 1]?.type !== 'separator'))
}

/** The whole menu bar for a platform. */
export function buildMenuTemplate(state: AppState, run: RunCommand): Item[] {
  const menus: Item[] = []
  for (const menu of MENUS) {
    if (menu === 'app' && state.platform !== 'darwin') continue
    const submenu = buildMenu(menu, state, run)
    if (menu === 'window' && state.platform === 'darwin') {
      // The Window menu role lets macOS list the open windows.
      menus.push({ role: 'windowMenu', label: 'Window', submenu })
      continue
    }
    if (menu === 'help') {
      menus.push({ role: 'help', label: MENU_LABELS.help, submenu })
      continue
    }
    menus.push({ label: state.platform === 'darwin' ? MENU_LABELS[menu].replace(/&/g, '') : MENU_LABELS[menu], submenu })
  }
  return menus
}

/** Every item of a template, submenus flattened (for tests and lookups). */
export function flattenTemplate(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flattenTemplate(item.submenu) : [])])
}
