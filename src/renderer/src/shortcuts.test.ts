import { describe, expect, it } from 'vitest'
import { shortcutLabel as catalogShortcutLabel } from '../../shared/commands/catalog'
import { ACTIONS, actionForCommand, actionForEvent, commandFor, matchesShortcut, shortcutLabel, tooltip, type ActionId } from './shortcuts'

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ code, key: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('shortcuts', () => {
  it('shows Ctrl on Linux and Windows, ⌘ on macOS', () => {
    expect(tooltip('bold', 'linux')).toBe('Bold (Ctrl+B)')
    expect(shortcutLabel('strikethrough', 'win32')).toBe('Ctrl+Shift+X')
    expect(shortcutLabel('bold', 'darwin')).toBe('⌘B')
    expect(shortcutLabel('replace', 'darwin')).toBe('⌥⌘F')
    expect(shortcutLabel('findNext', 'linux')).toBe('F3')
    expect(shortcutLabel('findNext', 'darwin')).toBe('⌘G')
  })

  it('matches by physical key, so a Russian layout works', () => {
    expect(matchesShortcut({ ...key('KeyB', { ctrlKey: true }), key: 'и' }, 'bold', 'linux')).toBe(true)
    expect(matchesShortcut(key('KeyB', { metaKey: true }), 'bold', 'darwin')).toBe(true)
    expect(matchesShortcut(key('KeyB', { ctrlKey: true }), 'bold', 'darwin')).toBe(false)
    expect(matchesShortcut(key('KeyB', { ctrlKey: true, shiftKey: true }), 'bold', 'linux')).toBe(false)
    expect(actionForEvent(key('Digit2', { ctrlKey: true, altKey: true }), ['subhead', 'subhead3'], 'linux')).toBe('subhead')
  })

  it('takes its keys from the command catalog the menu is built from', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      for (const id of Object.keys(ACTIONS) as ActionId[]) {
        expect(shortcutLabel(id, platform)).toBe(catalogShortcutLabel(commandFor(id, platform), platform) ?? '')
        expect(actionForCommand(commandFor(id, platform), platform)).toBe(id)
      }
    }
    expect(commandFor('preferences', 'darwin')).toBe('app.preferences')
    expect(commandFor('preferences', 'linux')).toBe('file.preferences')
    expect(actionForCommand('file.exportPdf', 'linux')).toBeNull()
  })

  it('matches the Mac’s Command key and the real Control key apart', () => {
    expect(matchesShortcut(key('KeyG', { metaKey: true }), 'findNext', 'darwin')).toBe(true)
    expect(matchesShortcut(key('F3'), 'findNext', 'linux')).toBe(true)
    expect(matchesShortcut(key('Period', { ctrlKey: true, shiftKey: true }), 'superscript', 'linux')).toBe(true)
    expect(matchesShortcut(key('NumpadEnter', { ctrlKey: true }), 'insertPageBreak', 'linux')).toBe(true)
  })

  it('gives every action a distinct shortcut on each platform', () => {
    for (const platform of ['linux', 'darwin']) {
      const seen = new Map<string, ActionId>()
      for (const id of Object.keys(ACTIONS) as ActionId[]) {
        const label = shortcutLabel(id, platform)
        expect(seen.get(label), `${id} and ${seen.get(label)} share ${label}`).toBeUndefined()
        seen.set(label, id)
      }
    }
  })
})
