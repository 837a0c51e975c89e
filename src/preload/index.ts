// Sandboxed preload: exposes `window.galley`, one named function per host API method, built from the
// channel map. The renderer never sees ipcRenderer or a way to call an arbitrary channel.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { buildBridge } from '../shared/ipc/bridge'
import { channels, eventChannels } from '../shared/ipc/channels'
import { droppedArticlePaths } from './drop'

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

// .galley files dropped anywhere on the window open as the OS would open them. Only the preload can
// learn a dropped file's path (webUtils); other drops (images into the editor, documents to import)
// are left to the page. Capture phase: the editor takes any file drop on the text as a paste and
// prevents it before a bubbling listener here would see it.
window.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
})
window.addEventListener('drop', (event) => {
  if (event.defaultPrevented || !event.dataTransfer) return
  const paths = droppedArticlePaths(event.dataTransfer.files, (file) => webUtils.getPathForFile(file))
  if (paths.length === 0) return
  event.preventDefault()
  void ipcRenderer.invoke(channels.desktop.openFiles, paths)
}, true)
