import { describe, expect, it, vi } from 'vitest'
import { defaultSettings, type Settings } from '../../shared/ipc/settings'
import { createMainCommandHandlers, nextZoom, type MainCommandPorts } from './mainCommands'

function ports(overrides: Partial<MainCommandPorts> = {}) {
  let settings: Settings = { ...defaultSettings }
  const calls: string[] = []
  const p: MainCommandPorts = {
    getSettings: async () => settings,
    setSettings: async (patch) => (settings = { ...settings, ...patch }),
    chooseArticles: async () => ['/desk/a.galley', '/desk/b.galley'],
    openArticle: async (path) => calls.push(`open ${path}`),
    articleOf: (id) => (id === 2 ? '/desk/shown.galley' : null),
    newWindow: async () => calls.push('new window'),
    closeWindow: (id) => calls.push(`close ${id}`),
    quit: () => calls.push('quit'),
    showInFolder: (path) => calls.push(`reveal ${path}`),
    logFile: () => '/data/logs/galley.log',
    clearRecent: vi.fn(async () => void calls.push('clear recent')),
    ...overrides,
  }
  return { p, calls, settings: () => settings }
}

describe('main-side commands', () => {
  it('zoom in steps like a word processor, within 50–300 %', () => {
    expect(nextZoom(1, 1)).toBe(1.1)
    expect(nextZoom(1, -1)).toBe(0.9)
    expect(nextZoom(1.05, 1)).toBe(1.1)
    expect(nextZoom(3, 1)).toBe(3)
    expect(nextZoom(0.5, -1)).toBe(0.5)
  })

  it('open every article chosen, reveal the shown article or the logs, toggle spell check', async () => {
    const { p, calls, settings } = ports()
    const run = createMainCommandHandlers(p)
    await run['file.open']({ windowId: 1 })
    await run['file.reveal']({ windowId: 2 })
    await run['file.reveal']({ windowId: 1 })
    await run['help.showLogs']({ windowId: null })
    await run['file.openRecent']({ windowId: null, arg: '/desk/old.galley' })
    await run['file.close']({ windowId: 4 })
    await run['file.close']({ windowId: null })
    expect(calls).toEqual(['open /desk/a.galley', 'open /desk/b.galley', 'reveal /desk/shown.galley', 'reveal /data/logs/galley.log', 'open /desk/old.galley', 'close 4'])
    await run['edit.spellCheck']({ windowId: null })
    expect(settings().spellCheck).toBe(false)
    await run['view.zoomIn']({ windowId: null })
    await run['view.zoomIn']({ windowId: null })
    expect(settings().editorZoom).toBe(1.25)
    await run['view.zoomReset']({ windowId: null })
    expect(settings().editorZoom).toBe(1)
  })
})
