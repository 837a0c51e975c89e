// Shows a context menu built by `desktop/contextMenus.ts` natively and answers with the choice.
import { Menu, clipboard, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { ContextMenuChoice } from '../../shared/ipc/desktop'
import type { ContextItem } from '../desktop/contextMenus'
import { openExternalUrl } from './external'

export function toElectronItems(items: readonly ContextItem[], choose: (choice: ContextMenuChoice) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.type === 'separator') return { type: 'separator' }
    if (item.type === 'submenu') return { id: item.id, label: item.label, enabled: item.enabled, submenu: toElectronItems(item.items, choose) }
    const out: MenuItemConstructorOptions = { id: item.id, label: item.label, enabled: item.enabled }
    if (item.accelerator) out.accelerator = item.accelerator
    if (item.role) {
      out.role = item.role
      return out
    }
    const { choice, main } = item
    out.click = () => {
      if (main?.kind === 'openLink') openExternalUrl(main.url)
      else if (main?.kind === 'reveal') shell.showItemInFolder(main.path)
      else if (main?.kind === 'copyLink') clipboard.writeText(main.url)
      if (choice) choose(choice)
    }
    return out
  })
}

/** Pops the menu up on the window; resolves with the renderer's part of the choice, or null. */
export function popupContextMenu(win: BrowserWindow, items: readonly ContextItem[]): Promise<ContextMenuChoice | null> {
  return new Promise((resolve) => {
    let settled = false
    const settle = (value: ContextMenuChoice | null): void => {
      if (settled) return
      settled = true
      resolve(value)
    }
    const menu = Menu.buildFromTemplate(toElectronItems(items, settle))
    menu.popup({
      window: win,
      // macOS delivers the click after the menu has closed: give it a moment before answering "none".
      callback: () => setTimeout(() => settle(null), 150),
    })
  })
}
