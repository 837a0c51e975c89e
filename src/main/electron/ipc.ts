// Registers every host API channel with ipcMain through the one dispatcher (sender check + zod).
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { Dispatch } from '../ipc/dispatcher'

export function registerIpc(ipcMain: IpcMain, channels: readonly string[], dispatch: Dispatch): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      dispatch(
        {
          url: event.senderFrame?.url,
          isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
          windowId: event.sender.id,
        },
        channel,
        args,
      ),
    )
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
