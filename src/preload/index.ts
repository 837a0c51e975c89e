// Sandboxed preload: exposes `window.galley`, one named function per host API method, built from the
// channel map. The renderer never sees ipcRenderer or a way to call an arbitrary channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildBridge } from '../shared/ipc/bridge'
import { channels, eventChannels } from '../shared/ipc/channels'

const bridge = buildBridge(
  channels,
  eventChannels,
  (channel, args) => ipcRenderer.invoke(channel, ...args),
  (channel, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  },
)

contextBridge.exposeInMainWorld('galley', bridge)
