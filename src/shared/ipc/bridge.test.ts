import { describe, expect, it, vi } from 'vitest'
import { buildBridge } from './bridge'
import { channels, eventChannels } from './channels'

describe('buildBridge', () => {
  it('is self-contained, so the harness can inject its source text into a page', () => {
    const rebuilt = new Function(`return (${buildBridge.toString()})`)() as typeof buildBridge
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }))
    const bridge = rebuilt(channels, eventChannels, invoke, () => () => undefined)
    void bridge.settings.get()
    expect(invoke).toHaveBeenCalledWith('galley:settings.get', [])
  })

  it('gives each method its own name and freezes the result', () => {
    const bridge = buildBridge(channels, eventChannels, async () => ({ ok: true, value: null }), () => () => undefined)
    expect(bridge.settings.set.name).toBe('set')
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.isFrozen(bridge.settings)).toBe(true)
  })

  it('rejects a non-function event listener', () => {
    const bridge = buildBridge(channels, eventChannels, async () => ({ ok: true, value: null }), () => () => undefined)
    expect(() => bridge.events.onSettingsChanged('nope' as never)).toThrow(TypeError)
  })
})
