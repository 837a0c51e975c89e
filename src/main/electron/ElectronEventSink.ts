import { BrowserWindow } from 'electron'
import { eventChannels } from '../../shared/ipc/channels'
import type { HostEvents } from '../../shared/ipc/contract'
import type { EventSink } from '../services/EventSink'

/** Sends main -> renderer events to every open Galley window. */
export class ElectronEventSink implements EventSink {
  emit<E extends keyof HostEvents>(name: E, payload: HostEvents[E]): void {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(eventChannels[name], payload)
    }
  }
}
