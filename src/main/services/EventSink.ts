import type { HostEvents } from '../../shared/ipc/contract'

/** How services tell the renderer something happened: Electron sends to windows, the harness to the page. */
export interface EventSink {
  emit<E extends keyof HostEvents>(name: E, payload: HostEvents[E]): void
}

export const nullEventSink: EventSink = { emit: () => undefined }
