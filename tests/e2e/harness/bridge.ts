// Provides `window.galley` in a plain Chromium page exactly as the preload does in Electron: the same
// bridge builder and channel map, with calls going to the test's Node process through a Playwright binding.
//
// Electron carries a call's arguments and result by structured clone in a few milliseconds; a
// Playwright binding walks them with its own serializer, value by value, both ways, which for a whole
// article cost the harness tens of milliseconds per call that the app does not have. Values JSON
// carries exactly (see isPlainJson) therefore travel as one JSON string; anything else (bytes, dates,
// undefined members…) still goes through Playwright's serializer, so nothing a test checks changes.
// Each answer also says how long main's handler took: `window.__galleyCalls`, when a page sets it to
// an array, receives every call's channel, start, end and handler time (benchmarks report the
// harness's transport apart from Galley's work).
import type { BrowserContext, Page } from 'playwright-core'
import { buildBridge } from '../../../src/shared/ipc/bridge'
import { channels, eventChannels } from '../../../src/shared/ipc/channels'
import type { HostEvents } from '../../../src/shared/ipc/contract'
import type { Dispatch } from '../../../src/main/ipc/dispatcher'
import type { EventSink } from '../../../src/main/services/EventSink'
import { isPlainJson } from './plainJson'

const INVOKE = '__galleyInvoke'
const EMIT = '__galleyEmit'

/** A host call as the page saw it (`window.__galleyCalls`), times from `performance.now()` in the page. */
export interface HarnessCall {
  readonly channel: string
  readonly start: number
  readonly end: number
  /** Time spent in main's dispatch (validation and handler); the rest of end − start is transport. */
  readonly handlerMs: number
}

/** What the binding answers: the dispatch result as JSON text when JSON carries it exactly. */
type Packed = { readonly ms: number; readonly json: string } | { readonly ms: number; readonly value: unknown }

export async function installBridge(context: BrowserContext, dispatch: () => Dispatch): Promise<void> {
  await context.exposeBinding(INVOKE, async (source, channel: unknown, args: unknown): Promise<Packed> => {
    const t0 = performance.now()
    const result = await dispatch()(
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      String(channel),
      typeof args === 'string' ? parseOr(args) : args,
    )
    const ms = performance.now() - t0
    return { ms, ...toJson(result) }
  })
  const script = `(() => {
    const buildBridge = ${buildBridge.toString()};
    const isPlainJson = ${isPlainJson.toString()};
    const listeners = new Map();
    const binding = window[${JSON.stringify(INVOKE)}];
    const invoke = async (channel, args) => {
      const start = performance.now();
      let sent = args;
      if (isPlainJson(args)) {
        try { sent = JSON.stringify(args); } catch { sent = args; }
      }
      const packed = await binding(channel, sent);
      const calls = window.__galleyCalls;
      if (Array.isArray(calls)) calls.push({ channel, start, end: performance.now(), handlerMs: packed.ms });
      return 'json' in packed ? JSON.parse(packed.json) : packed.value;
    };
    const bridge = buildBridge(${JSON.stringify(channels)}, ${JSON.stringify(eventChannels)},
      invoke,
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

/** Arguments the page packed as JSON; anything unreadable goes on as it came (dispatch refuses it). */
function parseOr(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** The value as JSON text when JSON carries it exactly; otherwise the value itself. */
function toJson(value: unknown): { json: string } | { value: unknown } {
  if (!isPlainJson(value)) return { value }
  try {
    return { json: JSON.stringify(value) }
  } catch {
    return { value }
  }
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
