// Provides `window.galley` in a plain Chromium page exactly as the preload does in Electron: the same
// bridge builder and channel map, with calls going to the test's Node process.
//
// Electron carries a call's arguments and result by structured clone, in order, in a millisecond or
// a few for a whole article. A Playwright binding instead crosses Playwright's client/server layers
// and CDP, about 10 ms for an opened article's answer, which the app does not have. So calls whose
// arguments JSON carries exactly (see isPlainJson) go over a WebSocket to the renderer server, as one
// JSON text each way (about 3 ms for the same answer); an answer JSON cannot carry (bytes, undefined
// members…) is then kept and taken through the binding, whose serializer carries it exactly. Calls
// with such arguments (image bytes) use the binding both ways. Which frame is calling is still known
// for certain: each frame's socket is tied to the frame by a binding call first (Playwright names the
// frame), so a page cannot speak for another.
// Each answer also says how long main's handler took: `window.__galleyCalls`, when a page sets it to
// an array, receives every call's channel, start, end and handler time (benchmarks report the
// harness's transport apart from Galley's work).
import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { WebSocketServer, type WebSocket } from 'ws'
import { buildBridge } from '../../../src/shared/ipc/bridge'
import { channels, eventChannels } from '../../../src/shared/ipc/channels'
import type { HostEvents } from '../../../src/shared/ipc/contract'
import type { Dispatch, Sender } from '../../../src/main/ipc/dispatcher'
import type { EventSink } from '../../../src/main/services/EventSink'
import { isPlainJson } from './plainJson'

const INVOKE = '__galleyInvoke'
const HELLO = '__galleyHello'
const TAKE = '__galleyTake'
const EMIT = '__galleyEmit'
/** Where the renderer server accepts the bridge's sockets. */
const SOCKET_PATH = '/__galley-bridge'

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

/** The renderer server the page was loaded from: the bridge's sockets connect to it. */
export interface BridgeServer {
  readonly http: Server
  readonly origin: string
}

export async function installBridge(context: BrowserContext, dispatch: () => Dispatch, server?: BridgeServer): Promise<void> {
  const run = async (sender: Sender, channel: string, args: unknown): Promise<{ ms: number; result: unknown }> => {
    const t0 = performance.now()
    const result = await dispatch()(sender, channel, args)
    return { ms: performance.now() - t0, result }
  }
  await context.exposeBinding(INVOKE, async (source, channel: unknown, args: unknown): Promise<Packed> => {
    const { ms, result } = await run(senderOf(source.frame, source.page), String(channel), typeof args === 'string' ? parseOr(args) : args)
    return { ms, ...toJson(result) }
  })

  // Sockets: a frame announces a fresh token through the binding (which names the frame), then
  // opens its socket with that token; answers JSON cannot carry wait, by id, to be taken.
  const announced = new Map<string, Sender>()
  const kept = new Map<string, unknown>()
  await context.exposeBinding(HELLO, (source, token: unknown) => {
    if (typeof token === 'string' && token.length <= 100) announced.set(token, senderOf(source.frame, source.page))
  })
  await context.exposeBinding(TAKE, (_source, id: unknown) => {
    const value = kept.get(String(id))
    kept.delete(String(id))
    return value
  })
  if (server) {
    const sockets = new WebSocketServer({ server: server.http, path: SOCKET_PATH, maxPayload: 256 * 1024 * 1024 })
    sockets.on('connection', (socket: WebSocket) => {
      let sender: Sender | null = null
      socket.on('message', (data) => {
        const text = String(data)
        if (sender === null) {
          sender = announced.get(text) ?? null
          announced.delete(text)
          if (sender === null) socket.close(1008, 'unknown frame')
          return
        }
        // "id\nchannel\nargs JSON" → "id\nms\njson\nresult JSON", or "id\nms\nkept\nkey" to take it by
        const a = text.indexOf('\n')
        const b = text.indexOf('\n', a + 1)
        const id = text.slice(0, a)
        void run(sender, text.slice(a + 1, b), parseOr(text.slice(b + 1))).then(({ ms, result }) => {
          const packed = toJson(result)
          if ('json' in packed) return socket.send(`${id}\n${ms}\njson\n${packed.json}`)
          const key = randomUUID()
          kept.set(key, packed.value)
          socket.send(`${id}\n${ms}\nkept\n${key}`)
        }).catch(() => undefined)
      })
    })
    context.on('close', () => {
      for (const client of sockets.clients) client.terminate()
      sockets.close()
    })
  }

  const socketUrl = server ? `${server.origin.replace(/^http/, 'ws')}${SOCKET_PATH}` : ''
  const script = `(() => {
    const buildBridge = ${buildBridge.toString()};
    const isPlainJson = ${isPlainJson.toString()};
    const listeners = new Map();
    const binding = window[${JSON.stringify(INVOKE)}];
    const hello = window[${JSON.stringify(HELLO)}];
    const take = window[${JSON.stringify(TAKE)}];
    const socketUrl = ${JSON.stringify(socketUrl)};
    const waiting = new Map();
    let lastId = 0;
    let opening = null;
    const socket = () => {
      if (!socketUrl) return Promise.resolve(null);
      if (!opening) opening = (async () => {
        const token = crypto.randomUUID();
        await hello(token);
        const ws = new WebSocket(socketUrl);
        await new Promise((ready, failed) => { ws.onopen = ready; ws.onerror = failed; });
        ws.send(token);
        ws.onmessage = (e) => {
          const text = e.data;
          const a = text.indexOf('\\n'), b = text.indexOf('\\n', a + 1), c = text.indexOf('\\n', b + 1);
          const call = waiting.get(text.slice(0, a));
          if (!call) return;
          waiting.delete(text.slice(0, a));
          call.answer({ ms: Number(text.slice(a + 1, b)), kind: text.slice(b + 1, c), body: text.slice(c + 1) });
        };
        ws.onclose = () => {
          opening = null;
          for (const call of waiting.values()) call.fail(new Error('Galley’s host connection closed.'));
          waiting.clear();
        };
        return ws;
      })().catch(() => { opening = null; return null; });
      return opening;
    };
    const overSocket = async (ws, channel, json) => {
      const id = String(++lastId);
      const answer = await new Promise((answer, fail) => {
        waiting.set(id, { answer, fail });
        ws.send(id + '\\n' + channel + '\\n' + json);
      });
      const value = answer.kind === 'json' ? JSON.parse(answer.body) : await take(answer.body);
      return { ms: answer.ms, value };
    };
    const overBinding = async (channel, args) => {
      const packed = await binding(channel, args);
      return { ms: packed.ms, value: 'json' in packed ? JSON.parse(packed.json) : packed.value };
    };
    const invoke = async (channel, args) => {
      const start = performance.now();
      let json = null;
      if (isPlainJson(args)) {
        try { json = JSON.stringify(args); } catch { json = null; }
      }
      const ws = json === null ? null : await socket();
      const answer = ws && ws.readyState === WebSocket.OPEN ? await overSocket(ws, channel, json) : await overBinding(channel, json ?? args);
      const calls = window.__galleyCalls;
      if (Array.isArray(calls)) calls.push({ channel, start, end: performance.now(), handlerMs: answer.ms });
      return answer.value;
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

/** The frame that called, as Electron names a sender: its URL and whether it is the page itself. */
function senderOf(frame: Frame, page: Page): Sender {
  return { url: frame.url(), isMainFrame: frame === page.mainFrame() }
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
