import { beforeEach, describe, expect, it, vi } from 'vitest'

const showOpenDialog = vi.fn()
const showSaveDialog = vi.fn()
const focused: { current: unknown } = { current: null }
vi.mock('electron', () => ({
  dialog: { showOpenDialog, showSaveDialog },
  BrowserWindow: { getFocusedWindow: () => focused.current },
}))

const { ElectronFileDialogs } = await import('./ElectronFileDialogs')

describe('ElectronFileDialogs', () => {
  const win = { id: 1 }
  beforeEach(() => {
    focused.current = win
  })

  it('opens files on the focused window and turns a cancel into null', async () => {
    const dialogs = new ElectronFileDialogs()
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.docx', '/b.md'] }).mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const filters = [{ name: 'Documents', extensions: ['docx', 'md'] }]
    expect(await dialogs.openFiles({ title: 'Import', filters })).toEqual(['/a.docx', '/b.md'])
    expect(showOpenDialog).toHaveBeenCalledWith(win, { title: 'Import', filters, properties: ['openFile', 'multiSelections'] })
    expect(await dialogs.openFiles({ title: 'Import', filters })).toBeNull()
  })

  it('asks where to save, confirming an overwrite, and turns a cancel into null', async () => {
    const dialogs = new ElectronFileDialogs()
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/a.docx' }).mockResolvedValueOnce({ canceled: true, filePath: '' })
    const options = { title: 'Export', defaultPath: '/out/a.docx', filters: [{ name: 'Word document', extensions: ['docx'] }] }
    expect(await dialogs.saveFile(options)).toBe('/out/a.docx')
    expect(showSaveDialog).toHaveBeenCalledWith(win, { ...options, properties: ['createDirectory', 'showOverwriteConfirmation'] })
    expect(await dialogs.saveFile(options)).toBeNull()
  })

  it('shows the Export PDF sheet on the focused window and returns the chosen path', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ed/front.pdf' })
    const chosen = await new ElectronFileDialogs().saveFile({ title: 'Export PDF', defaultPath: '/home/ed/A.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
    expect(chosen).toBe('/home/ed/front.pdf')
    expect(showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ title: 'Export PDF', defaultPath: '/home/ed/A.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] }))
  })

  it('still asks without a focused window, and a cancel is null', async () => {
    focused.current = null
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await new ElectronFileDialogs().saveFile({ title: 't', defaultPath: '/x.pdf', filters: [] })).toBeNull()
    expect(showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: 't' }))
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.txt'] })
    expect(await new ElectronFileDialogs().openFiles({ title: 'o', filters: [] })).toEqual(['/a.txt'])
    expect(showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'o' }))
  })
})
