// Provides `window.galley` in a plain Chromium page exactly as the preload does in Electron: the same
// bridge builder and channel map, with calls going to the test's Node process through a Playwright binding.
import type { BrowserContext, Page } from 'playwright-core'
import { buildBridge } from '../../../src/shared/ipc/bridge'
import { channels, eventChannels } from '../../../src/shared/ipc/channels'
import type { HostEvents } from '../../../src/shared/ipc/contract'
import type { Dispatch } from '../../../src/main/ipc/dispatcher'
import type { EventSink } from '../../../src/main/services/EventSink'

const INVOKE = '__galleyInvoke'
const EMIT = '__galleyEmit'

export async function installBridge(context: BrowserContext, dispatch: () => Dispatch): Promise<void> {
  await context.exposeBinding(INVOKE, (source, channel: unknown, args: unknown) =>
    dispatch()(
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      String(channel),
      args,
    ),
  )
  const script = `(() => {
    const buildBridge = ${buildBridge.toString()};
    const listeners = new Map();
    const invoke = window[${JSON.stringify(INVOKE)}];
    const bridge = buildBridge(${JSON.stringify(channels)}, ${JSON.stringify(eventChannels)},
      (channel, args) => invoke(channel, args),
      (channel, listener) => {
        let set = listeners.get(channel);
        if (!set) listeners.set(channel, (set = new Set()));
        set.add(listener);
        return () => set.delete(listener);
      });
    Object.defineProperty(window, 'galley', { value: bridge, writable: false, configurable: false, enumerable: true });
    Object.defineProperty(window, ${JSON.stringify(EMIT)}, {
      value: (channel, payload) => { for (const l of listeners.get(channel) ?? []) l(payload); },
      writable: false, configurable: false,
    });
  })();`
  await context.addInitScript({ content: script })
}

/** Delivers main -> renderer events to every page of the context. */
export function pageEventSink(pages: () => readonly Page[]): EventSink {
  return {
    emit<E extends keyof HostEvents>(name: E, payload: HostEvents[E]) {
      for (const page of pages()) {
        void page
          .evaluate(([ch, p]) => (window as unknown as Record<string, (c: string, v: unknown) => void>)['__galleyEmit']?.(ch, p), [
            eventChannels[name],
            payload,
          ] as const)
          .catch(() => undefined)
      }
    },
  }
}
