import { describe, expect, it } from 'vitest'
import { availableOn, COMMANDS } from '../../../../shared/commands/catalog'
import { searchSheet, shortcutSheet } from './sheet'

const rows = (platform: string) => shortcutSheet(platform).flatMap((s) => s.rows.map((r) => ({ ...r, section: s.title })))
const row = (platform: string, id: string) => rows(platform).find((r) => r.id === id)

describe('the keyboard shortcuts sheet', () => {
  it('lists every command of the catalog the platform has, once, by menu', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const listed = rows(platform).filter((r) => !r.id.startsWith('text.')).map((r) => r.id)
      const expected = COMMANDS.filter((c) => availableOn(c, platform) && c.id !== 'view.devTools').map((c) => c.id)
      expect(listed).toEqual(expected)
    }
    expect(shortcutSheet('darwin').map((s) => s.title)).toEqual(['Galley', 'File', 'Edit', 'Insert', 'Format', 'View', 'Window', 'Help', 'In the text'])
    expect(shortcutSheet('linux')[0]?.title).toBe('File')
  })

  it('writes labels and keys as each platform does', () => {
    expect(row('linux', 'view.preview')).toMatchObject({ label: 'Print Preview', keys: 'Ctrl+Shift+P', section: 'View' })
    expect(row('darwin', 'view.preview')?.keys).toBe('⇧⌘P')
    expect(row('darwin', 'file.reveal')?.label).toBe('Show in Finder')
    expect(row('win32', 'file.reveal')?.label).toBe('Show in Explorer')
    expect(row('win32', 'file.quit')?.label).toBe('Exit')
    expect(row('win32', 'edit.redo')?.keys).toBe('Ctrl+Y')
    expect(row('darwin', 'edit.findNext')?.keys).toBe('⌘G')
    expect(row('linux', 'insert.block')).toMatchObject({ label: 'Block', keys: 'Ctrl+/' })
    expect(row('linux', 'file.exportPdf')).toMatchObject({ label: 'PDF', where: 'Export', description: 'Export a print-ready PDF' })
    expect(row('linux', 'file.openRecent')?.keys).toBeNull()
  })

  it('finds commands by name, description, menu or keys, whatever the case and accents', () => {
    const ids = (q: string, platform = 'linux') => searchSheet(shortcutSheet(platform), q).flatMap((s) => s.rows.map((r) => r.id))
    expect(ids('bold')).toEqual(expect.arrayContaining(['format.bold', 'text.bold']))
    expect(ids('print-ready')).toEqual(['file.exportPdf'])
    expect(ids('ctrl+e')).toContain('file.exportPdf')
    expect(ids('ctrl e')).toContain('file.exportPdf')
    expect(ids('⌘G', 'darwin')).toEqual(['edit.findNext', 'edit.findPrevious', 'insert.background'])
    expect(ids('EDITOR’S')).toEqual(['insert.editorsNote'])
    expect(ids('export word')).toEqual(['file.exportDocx'])
    expect(ids('zzz')).toEqual([])
    expect(searchSheet(shortcutSheet('linux'), '  ')).toHaveLength(shortcutSheet('linux').length)
  })
})
