// The application menu per platform: every item acts (a role, or a command that has a handler),
// shortcuts are unique, and the items follow the app's state.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { COMMANDS, commandById, defaultAppState, normalizeAccelerator, type AppState } from '../../../shared/commands/catalog'
import { createMainCommandHandlers } from '../../desktop/mainCommands'
import { buildMenuTemplate, flattenTemplate } from './menuTemplate'

const PLATFORMS = ['darwin', 'win32', 'linux'] as const
const mainHandlers = createMainCommandHandlers(new Proxy({} as never, { get: () => vi.fn() }))

function build(state: Partial<AppState> & { platform: string }) {
  const run = vi.fn()
  const template = buildMenuTemplate({ ...defaultAppState, ...state }, run)
  return { template, run, items: flattenTemplate(template) }
}

const labelOf = (item: MenuItemConstructorOptions): string => String(item.label ?? item.role ?? item.type)

describe.each(PLATFORMS)('application menu on %s', (platform) => {
  const full = { platform, hasArticle: true, recent: [{ path: '/desk/Budget vote.galley', title: 'Budget vote' }], isDevelopment: true }

  it('has the menus a desktop app has, in order', () => {
    const { template } = build(full)
    const names = template.map((m) => String(m.label).replace(/&/g, ''))
    expect(names).toEqual(
      platform === 'darwin'
        ? ['Galley', 'File', 'Edit', 'Insert', 'Format', 'View', 'Window', 'Help']
        : ['File', 'Edit', 'Insert', 'Format', 'View', 'Window', 'Help'],
    )
  })

  it('gives every item an action: a role, or a command that has a handler', () => {
    const { items, run } = build(full)
    const leaves = items.filter((i) => i.type !== 'separator' && !i.submenu)
    expect(leaves.length).toBeGreaterThan(60)
    for (const item of leaves) {
      if (item.role) continue
      expect(item.click, `${labelOf(item)} has no action`).toBeTypeOf('function')
      run.mockClear()
      item.click!({} as never, undefined, {} as never)
      expect(run, `${labelOf(item)} runs nothing`).toHaveBeenCalledOnce()
      const [id] = run.mock.calls[0] as [string]
      const command = commandById(id)
      expect(command, `${id} is not in the catalog`).toBeDefined()
      if (command?.runsIn === 'main') expect(mainHandlers[id as keyof typeof mainHandlers], `${id} has no main handler`).toBeTypeOf('function')
      else expect(command?.runsIn).toBe('renderer')
    }
    for (const item of items.filter((i) => i.submenu)) expect((item.submenu as unknown[]).length, `${labelOf(item)} is empty`).toBeGreaterThan(0)
  })

  it('uses every shortcut once', () => {
    const { items } = build(full)
    const seen = new Map<string, string>()
    for (const item of items) {
      if (!item.accelerator) continue
      const key = normalizeAccelerator(String(item.accelerator), platform)
      expect(seen.get(key), `${labelOf(item)} and ${seen.get(key)} share ${key}`).toBeUndefined()
      seen.set(key, labelOf(item))
    }
    expect(seen.size).toBeGreaterThan(40)
  })

  it('lists every command the issue asks for', () => {
    const { items } = build(full)
    const labels = items.map((i) => String(i.label ?? ''))
    for (const label of [
      'New from Template…',
      'Open…',
      'Open Recent',
      'Import…',
      'Save Version',
      'PDF…',
      'Word Document (.docx)…',
      'Web Page (.html)…',
      'Markdown (.md)…',
      'Plain Text (.txt)…',
      'Print…',
      'Find…',
      'Replace…',
      'Focus Mode',
      'Print Preview',
      'Zoom In',
      'Zoom Out',
      'Actual Size',
      'Full Screen',
      'Show Logs',
      'Cut',
      'Copy',
      'Paste',
      'Paste as Plain Text',
      'Undo',
      'Redo',
      'Select All',
      'Pull Quote',
      'Fact Box',
      'Question and Answer',
      'Timeline',
      'Image…',
      'Section Break',
      'Page Break',
      'Bold',
      'Italic',
      'Small Caps',
      'Subhead',
      'Justify',
      'Right to Left',
      'About Galley',
    ]) {
      expect(labels, label).toContain(label)
    }
    const reveal = { darwin: 'Show in Finder', win32: 'Show in Explorer', linux: 'Show in File Manager' }[platform]
    expect(labels).toContain(reveal)
  })

  it('uses CmdOrCtrl for the shortcuts shared with other platforms', () => {
    const { items } = build(full)
    const byId = new Map(items.map((i) => [i.id, i]))
    expect(byId.get('file.open')?.accelerator).toBe('CmdOrCtrl+O')
    expect(byId.get('edit.find')?.accelerator).toBe('CmdOrCtrl+F')
    expect(byId.get('file.print')?.accelerator).toBe('CmdOrCtrl+P')
    expect(byId.get('view.fullScreen')?.accelerator).toBe(platform === 'darwin' ? 'Cmd+Ctrl+F' : 'F11')
  })

  it('shows the window’s own shortcuts without registering them where the menu would take the key first', () => {
    const byId = new Map(build(full).items.map((i) => [i.id, i]))
    // Renderer commands: the page answers the key itself (also in a plain browser); the menu only shows it.
    expect(byId.get('format.bold')?.registerAccelerator).toBe(platform === 'darwin' ? undefined : false)
    expect(byId.get('edit.find')?.registerAccelerator).toBe(platform === 'darwin' ? undefined : false)
    // Main-side commands and roles keep their accelerators.
    expect(byId.get('file.open')?.registerAccelerator).toBeUndefined()
    expect(byId.get('edit.copy')?.registerAccelerator).toBeUndefined()
  })
})

describe('application menu and state', () => {
  it('disables article commands in the library and editing commands on a read-only article', () => {
    const library = new Map(build({ platform: 'linux' }).items.map((i) => [i.id, i]))
    expect(library.get('file.exportPdf')?.enabled).toBe(false)
    expect(library.get('file.print')?.enabled).toBe(false)
    expect(library.get('format.bold')?.enabled).toBe(false)
    expect(library.get('file.newFromTemplate')?.enabled).toBeUndefined()

    const readOnly = new Map(build({ platform: 'linux', hasArticle: true, readOnly: true }).items.map((i) => [i.id, i]))
    expect(readOnly.get('file.exportPdf')?.enabled).toBe(true)
    expect(readOnly.get('edit.find')?.enabled).toBe(true)
    expect(readOnly.get('edit.replace')?.enabled).toBe(false)
    expect(readOnly.get('insert.pullQuote')?.enabled).toBe(false)
    expect(readOnly.get('file.saveVersion')?.enabled).toBe(false)
  })

  it('checks the toggles from the state', () => {
    const items = new Map(build({ platform: 'win32', hasArticle: true, previewShown: true, focusMode: false, spellCheck: false, zoom: 3 }).items.map((i) => [i.id, i]))
    expect(items.get('view.preview')).toMatchObject({ type: 'checkbox', checked: true })
    expect(items.get('view.focusMode')).toMatchObject({ type: 'checkbox', checked: false })
    expect(items.get('edit.spellCheck')).toMatchObject({ type: 'checkbox', checked: false })
    expect(items.get('view.zoomIn')?.enabled).toBe(false)
    expect(items.get('view.zoomReset')?.enabled).toBe(true)
  })

  it('lists recent articles on Windows and Linux, with the path, and runs Open Recent with it', () => {
    const { items, run } = build({ platform: 'linux', recent: [{ path: '/desk/R&D budget.galley', title: 'R&D budget' }, { path: '/desk/b.galley', title: 'Mayor' }] })
    const first = items.find((i) => i.id === 'file.openRecent:0')!
    expect(first.label).toBe('R&&D budget')
    first.click!({} as never, undefined, {} as never)
    expect(run).toHaveBeenCalledWith('file.openRecent', '/desk/R&D budget.galley')
    expect(items.find((i) => i.id === 'file.clearRecent')?.enabled).toBe(true)

    const empty = build({ platform: 'linux' }).items
    expect(empty.find((i) => i.id === 'file.openRecent')?.enabled).toBe(false)
  })

  it('leaves the recent list to macOS there (open-file brings the choice back)', () => {
    const recent = build({ platform: 'darwin' }).items.find((i) => i.id === 'file.openRecent')
    expect(recent?.role).toBe('recentDocuments')
    expect((recent?.submenu as MenuItemConstructorOptions[])[0]?.role).toBe('clearRecentDocuments')
  })

  it('offers developer tools only in development', () => {
    expect(build({ platform: 'linux' }).items.some((i) => i.role === 'toggleDevTools')).toBe(false)
    expect(build({ platform: 'linux', isDevelopment: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(true)
  })

  it('has no separators at the ends or twice in a row', () => {
    for (const platform of PLATFORMS) {
      for (const menu of build({ platform, hasArticle: true }).template) {
        const sub = menu.submenu as MenuItemConstructorOptions[]
        expect(sub[0]?.type).not.toBe('separator')
        expect(sub.at(-1)?.type).not.toBe('separator')
        sub.forEach((item, i) => {
          if (item.type === 'separator') expect(sub[i + 1]?.type).not.toBe('separator')
        })
      }
    }
  })

  it('every main command of the catalog has a handler', () => {
    for (const command of COMMANDS.filter((c) => c.runsIn === 'main')) {
      expect(mainHandlers[command.id as keyof typeof mainHandlers], command.id).toBeTypeOf('function')
    }
  })
})
