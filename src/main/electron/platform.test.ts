// The library's platform pieces in the app, with `electron` mocked.
import { describe, expect, it, vi } from 'vitest'

const trashItem = vi.fn(async () => undefined)
const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/ana/Desktop/Story.galley'] }))
vi.mock('electron', () => ({
  shell: { trashItem },
  dialog: { showOpenDialog },
  BrowserWindow: { getFocusedWindow: () => null },
}))

const { articlesInArgv, electronFilePicker, electronTrash } = await import('./platform')

describe('platform', () => {
  it('moves articles to the system trash, which restores them itself', async () => {
    expect(electronTrash.restorable).toBe(false)
    expect(await electronTrash.trash('/lib/Story.galley', 'Story.galley')).toBeNull()
    expect(trashItem).toHaveBeenCalledWith('/lib/Story.galley')
    expect(await electronTrash.list()).toEqual([])
  })

  it('asks for .galley files in the open dialog', async () => {
    expect(await electronFilePicker.pickArticle()).toBe('/home/ana/Desktop/Story.galley')
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'Galley articles', extensions: ['galley'] }] }))
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await electronFilePicker.pickArticle()).toBeNull()
  })

  it('finds the articles named on the command line', () => {
    expect(articlesInArgv(['/opt/Galley/galley', '--no-sandbox', '/home/ana/Story.galley', 'notes.txt', 'B.GALLEY'])).toEqual(['/home/ana/Story.galley', 'B.GALLEY'])
  })
})
