// Builds `window.galley` from the channel map. Self-contained on purpose (no outer references): the
// preload calls it, and the e2e harness injects its source text into the page as an init script.
import type { ChannelMap, EventChannelMap } from './channels'
import type { GalleyBridge } from './contract'

export type Invoke = (channel: string, args: unknown[]) => Promise<unknown>
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

export function buildBridge(
  channelMap: ChannelMap,
  eventMap: EventChannelMap,
  invoke: Invoke,
  subscribe: Subscribe,
): GalleyBridge {
  const bridge: Record<string, Record<string, unknown>> = {}
  for (const concern of Object.keys(channelMap)) {
    const methods = (channelMap as unknown as Record<string, Record<string, string>>)[concern] ?? {}
    const api: Record<string, unknown> = {}
    for (const method of Object.keys(methods)) {
      const channel = methods[method] as string
      // One named function per method; arguments are passed on as a plain array, nothing else.
      const fn = {
        [method]: (...args: unknown[]) => invoke(channel, args),
      }[method]
      api[method] = fn
    }
    bridge[concern] = Object.freeze(api)
  }
  const events: Record<string, unknown> = {}
  for (const name of Object.keys(eventMap)) {
    const channel = (eventMap as unknown as Record<string, string>)[name] as string
    events[name] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`events.${name} needs a function`)
      return subscribe(channel, listener)
    }
  }
  bridge['events'] = Object.freeze(events)
  return Object.freeze(bridge) as unknown as GalleyBridge
}
