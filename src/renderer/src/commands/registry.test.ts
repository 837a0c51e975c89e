import { describe, expect, it, vi } from 'vitest'
import { handleMenuCommand, noteKeyRun, registerCommand, runCommand } from './registry'

describe('command registry', () => {
  it('runs the newest handler and falls back when it goes', () => {
    const first = vi.fn()
    const second = vi.fn()
    const offFirst = registerCommand('edit.find', first)
    const offSecond = registerCommand('edit.find', second)
    expect(runCommand('edit.find')).toBe(true)
    expect(second).toHaveBeenCalledOnce()
    expect(first).not.toHaveBeenCalled()
    offSecond()
    runCommand('edit.find', 'x')
    expect(first).toHaveBeenCalledWith('x')
    offFirst()
    expect(runCommand('edit.find')).toBe(false)
  })

  it('drops the menu’s echo of a key the window already handled', () => {
    const handler = vi.fn()
    const off = registerCommand('format.bold', handler)
    noteKeyRun('format.bold', 1000)
    expect(handleMenuCommand('format.bold', undefined, 1050)).toBe(false)
    expect(handleMenuCommand('format.bold', undefined, 1300)).toBe(true)
    expect(handler).toHaveBeenCalledOnce()
    off()
  })
})
