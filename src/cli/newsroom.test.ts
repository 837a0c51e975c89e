import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appFolders, openNewsroom } from './newsroom'

describe('appFolders', () => {
  it('finds the app’s folders where Electron puts them for Galley, unless the variables say otherwise', () => {
    expect(appFolders({}, 'linux', '/home/ed')).toEqual({ userDataDir: '/home/ed/.config/Galley', defaultLibraryDir: '/home/ed/Documents/Galley' })
    expect(appFolders({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ed').userDataDir).toBe('/cfg/Galley')
    expect(appFolders({}, 'darwin', '/Users/ed').userDataDir).toBe('/Users/ed/Library/Application Support/Galley')
    expect(appFolders({ APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ed')).toEqual({
      userDataDir: 'C:\\Users\\ed\\AppData\\Roaming\\Galley',
      defaultLibraryDir: 'C:\\Users\\ed\\Documents\\Galley',
    })
    expect(appFolders({ GALLEY_USER_DATA_DIR: '/d', GALLEY_LIBRARY_DIR: '/l' }, 'linux', '/home/ed')).toEqual({ userDataDir: '/d', defaultLibraryDir: '/l' })
  })
})

describe('openNewsroom', () => {
  it('reads the preferences and takes the library from --library, then the preferences, then the default', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'galley-newsroom-'))
    const data = path.join(root, 'data')
    await mkdir(data)
    const env = { GALLEY_USER_DATA_DIR: data, GALLEY_LIBRARY_DIR: path.join(root, 'default') }
    const none = await openNewsroom({ env, cwd: root })
    expect(none).toMatchObject({ settingsFile: null, libraryDir: path.join(root, 'default'), notices: [] })
    expect(none.settings.publicationName).toBe('')

    await writeFile(path.join(data, 'settings.json'), JSON.stringify({ publicationName: 'The Courier', libraryDir: path.join(root, 'prefs') }))
    const prefs = await openNewsroom({ env, cwd: root })
    expect(prefs).toMatchObject({ settingsFile: path.join(data, 'settings.json'), libraryDir: path.join(root, 'prefs'), settings: { publicationName: 'The Courier', dateFormat: 'long' } })
    expect((await openNewsroom({ env, cwd: root, library: 'given' })).libraryDir).toBe(path.join(root, 'given'))
  })

  it('uses the defaults, with one notice and without touching the file, when the preferences are damaged', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'galley-newsroom-'))
    await writeFile(path.join(root, 'settings.json'), '{ damaged')
    const newsroom = await openNewsroom({ env: { GALLEY_USER_DATA_DIR: root }, cwd: root })
    expect(newsroom.settings.publicationName).toBe('')
    expect(newsroom.notices).toEqual([{ file: path.join(root, 'settings.json'), message: expect.stringMatching(/^Galley’s preferences could not be read \(it is not valid JSON\)/) }])
  })
})
