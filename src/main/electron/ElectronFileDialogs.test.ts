import { describe, expect, it, vi } from 'vitest'

const showOpenDialog = vi.fn()
const showSaveDialog = vi.fn()
const focused = { id: 1 }
vi.mock('electron', () => ({
  dialog: { showOpenDialog, showSaveDialog },
  BrowserWindow: { getFocusedWindow: () => focused },
}))

const { ElectronFileDialogs } = await import('./ElectronFileDialogs')

describe('ElectronFileDialogs', () => {
  it('opens files on the focused window and turns a cancel into null', async () => {
    const dialogs = new ElectronFileDialogs()
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.docx', '/b.md'] }).mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const filters = [{ name: 'Documents', extensions: ['docx', 'md'] }]
    expect(await dialogs.openFiles({ title: 'Import', filters })).toEqual(['/a.docx', '/b.md'])
    expect(showOpenDialog).toHaveBeenCalledWith(focused, { title: 'Import', filters, properties: ['openFile', 'multiSelections'] })
    expect(await dialogs.openFiles({ title: 'Import', filters })).toBeNull()
  })

  it('asks where to save, confirming an overwrite, and turns a cancel into null', async () => {
    const dialogs = new ElectronFileDialogs()
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/a.docx' }).mockResolvedValueOnce({ canceled: true, filePath: '' })
    const options = { title: 'Export', defaultPath: '/out/a.docx', filters: [{ name: 'Word document', extensions: ['docx'] }] }
    expect(await dialogs.saveFile(options)).toBe('/out/a.docx')
    expect(showSaveDialog).toHaveBeenCalledWith(focused, { ...options, properties: ['createDirectory', 'showOverwriteConfirmation'] })
    expect(await dialogs.saveFile(options)).toBeNull()
  })
})
