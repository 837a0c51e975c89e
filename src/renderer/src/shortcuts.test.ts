import { describe, expect, it } from 'vitest'
import { ACTIONS, actionForEvent, matchesShortcut, shortcutLabel, tooltip, type ActionId } from './shortcuts'

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ code, key: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('shortcuts', () => {
  it('shows Ctrl on Linux and Windows, ⌘ on macOS', () => {
    expect(tooltip('bold', 'linux')).toBe('Bold (Ctrl+B)')
    expect(shortcutLabel('strikethrough', 'win32')).toBe('Ctrl+Shift+X')
    expect(shortcutLabel('bold', 'darwin')).toBe('⌘B')
    expect(shortcutLabel('replace', 'darwin')).toBe('⌘⌥F')
  })

  it('matches by physical key, so a Russian layout works', () => {
    expect(matchesShortcut({ ...key('KeyB', { ctrlKey: true }), key: 'и' }, 'bold', 'linux')).toBe(true)
    expect(matchesShortcut(key('KeyB', { metaKey: true }), 'bold', 'darwin')).toBe(true)
    expect(matchesShortcut(key('KeyB', { ctrlKey: true }), 'bold', 'darwin')).toBe(false)
    expect(matchesShortcut(key('KeyB', { ctrlKey: true, shiftKey: true }), 'bold', 'linux')).toBe(false)
    expect(actionForEvent(key('Digit2', { ctrlKey: true, altKey: true }), ['subhead', 'subhead3'], 'linux')).toBe('subhead')
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
