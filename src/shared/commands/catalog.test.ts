import { describe, expect, it } from 'vitest'
import { COMMANDS, commandById, isCommandId, normalizeAccelerator, shortcutLabel } from './catalog'

describe('command catalog', () => {
  it('has unique, stable ids named after their menu', () => {
    const ids = COMMANDS.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of COMMANDS) expect(c.id.startsWith(`${c.menu}.`), c.id).toBe(true)
    expect(isCommandId('file.open')).toBe(true)
    expect(isCommandId('file.format-disk')).toBe(false)
  })

  it('gives roles to role commands only', () => {
    for (const c of COMMANDS) expect(Boolean(c.role), c.id).toBe(c.runsIn === 'role')
  })

  it('reads shortcuts for tooltips the way each platform writes them', () => {
    expect(shortcutLabel('format.bold', 'darwin')).toBe('⌘B')
    expect(shortcutLabel('format.bold', 'win32')).toBe('Ctrl+B')
    expect(shortcutLabel('view.preview', 'darwin')).toBe('⇧⌘P')
    expect(shortcutLabel('view.preview', 'linux')).toBe('Ctrl+Shift+P')
    expect(shortcutLabel('edit.replace', 'darwin')).toBe('⌥⌘F')
    expect(shortcutLabel('edit.replace', 'linux')).toBe('Ctrl+H')
    expect(shortcutLabel('insert.pageBreak', 'darwin')).toBe('⌘↩')
    expect(shortcutLabel('view.zoomIn', 'win32')).toBe('Ctrl+=')
    expect(shortcutLabel('insert.sectionBreak', 'linux')).toBe('Ctrl+Alt+8')
    expect(shortcutLabel('file.exportDocx', 'linux')).toBeUndefined()
    expect(shortcutLabel('app.hide', 'linux')).toBeUndefined()
    expect(shortcutLabel('nope', 'linux')).toBeUndefined()
  })

  it('compares accelerators by the keys they press', () => {
    expect(normalizeAccelerator('CmdOrCtrl+Shift+Z', 'win32')).toBe(normalizeAccelerator('Shift+Ctrl+Z', 'win32'))
    expect(normalizeAccelerator('CmdOrCtrl+Shift+Z', 'darwin')).not.toBe(normalizeAccelerator('Shift+Ctrl+Z', 'darwin'))
    expect(normalizeAccelerator('CmdOrCtrl+Plus', 'linux')).toBe(normalizeAccelerator('Ctrl++', 'linux'))
  })

  it('knows the platform names of Show in File Manager', () => {
    expect(commandById('file.reveal')?.platformLabel).toEqual({ darwin: 'Show in Finder', win32: 'Show in Explorer' })
  })
})
