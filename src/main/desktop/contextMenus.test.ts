import { describe, expect, it } from 'vitest'
import { editorContextMenu, flattenContextMenu, libraryContextMenu, type ContextItem } from './contextMenus'

const ids = (items: readonly ContextItem[]): string[] => items.map((i) => (i.type === 'separator' ? '—' : i.id))
const byId = (items: readonly ContextItem[], id: string) => flattenContextMenu(items).find((i) => i.type !== 'separator' && i.id === id)

describe('editor context menu', () => {
  it('puts spelling suggestions first, then Add to Dictionary and Ignore, then the clipboard', () => {
    const items = editorContextMenu({ kind: 'editor', editable: true, hasSelection: false, misspelled: { word: 'agian', suggestions: ['again', 'Agian'] } }, 'linux')
    expect(ids(items)).toEqual([
      'spelling.replace:again',
      'spelling.replace:Agian',
      '—',
      'spelling.addWord',
      'spelling.ignore',
      '—',
      'edit.cut',
      'edit.copy',
      'edit.paste',
      'edit.pastePlain',
      '—',
      'edit.selectAll',
    ])
    expect(byId(items, 'spelling.replace:again')).toMatchObject({ choice: { action: 'spelling.replace', word: 'again' } })
    expect(byId(items, 'spelling.addWord')).toMatchObject({ label: 'Add “agian” to Dictionary', choice: { action: 'spelling.addWord', word: 'agian' } })
    expect(byId(items, 'spelling.ignore')).toMatchObject({ choice: { action: 'spelling.ignore', word: 'agian' } })
    expect(byId(items, 'edit.cut')).toMatchObject({ role: 'cut', enabled: false })
    expect(byId(items, 'edit.pastePlain')).toMatchObject({ role: 'pasteAndMatchStyle', enabled: true })
  })

  it('says when there are no suggestions, and offers no spelling on a read-only article', () => {
    const none = editorContextMenu({ kind: 'editor', editable: true, hasSelection: true, misspelled: { word: 'qwzx', suggestions: [] } }, 'linux')
    expect(byId(none, 'spelling.none')).toMatchObject({ label: 'No Spelling Suggestions', enabled: false })
    const readOnly = editorContextMenu({ kind: 'editor', editable: false, hasSelection: true, misspelled: { word: 'qwzx', suggestions: ['quiz'] } }, 'linux')
    expect(ids(readOnly)).toEqual(['edit.cut', 'edit.copy', 'edit.paste', 'edit.pastePlain', '—', 'edit.selectAll'])
    expect(byId(readOnly, 'edit.copy')).toMatchObject({ enabled: true })
    expect(byId(readOnly, 'edit.paste')).toMatchObject({ enabled: false })
  })

  it('offers link actions; opening and copying run in main, only for web and mail links', () => {
    const items = editorContextMenu({ kind: 'editor', editable: true, hasSelection: false, link: { url: 'https://paper.example/story' } }, 'darwin')
    expect(byId(items, 'link.open')).toMatchObject({ enabled: true, main: { kind: 'openLink', url: 'https://paper.example/story' } })
    expect(byId(items, 'link.copy')).toMatchObject({ main: { kind: 'copyLink', url: 'https://paper.example/story' } })
    expect(byId(items, 'link.edit')).toMatchObject({ choice: { action: 'link.edit' } })
    expect(byId(items, 'link.remove')).toMatchObject({ choice: { action: 'link.remove' } })
    expect(byId(items, 'edit.pastePlain')).toMatchObject({ accelerator: 'Cmd+Alt+Shift+V' })
    const odd = editorContextMenu({ kind: 'editor', editable: true, hasSelection: false, link: { url: 'javascript:alert(1)' } }, 'linux')
    expect(byId(odd, 'link.open')).toMatchObject({ enabled: false })
  })
})

describe('library context menu', () => {
  const context = { kind: 'library' as const, path: '/lib/City/Budget.galley', inLibrary: true, folders: ['', 'City', 'Sport', 'R&D'], folder: 'City' }

  it('offers open, rename, duplicate, move, reveal and trash', () => {
    const items = libraryContextMenu(context, 'linux')
    expect(ids(items)).toEqual(['library.open', 'library.openInNewWindow', '—', 'library.rename', 'library.duplicate', 'library.move', '—', 'library.reveal', '—', 'library.trash'])
    expect(byId(items, 'library.reveal')).toMatchObject({ label: 'Show in File Manager', main: { kind: 'reveal', path: '/lib/City/Budget.galley' } })
    expect(byId(items, 'library.trash')).toMatchObject({ label: 'Move to Trash', choice: { action: 'library.trash' } })
  })

  it('moves to the other desks and the top level, never to where it is', () => {
    const move = byId(libraryContextMenu(context, 'linux'), 'library.move')
    expect(move?.type === 'submenu' && move.items.map((i) => (i.type === 'item' ? [i.label, i.choice] : null))).toEqual([
      ['Library (Top Level)', { action: 'library.move', folder: '' }],
      ['Sport', { action: 'library.move', folder: 'Sport' }],
      ['R&&D', { action: 'library.move', folder: 'R&D' }],
    ])
  })

  it('names things as each platform does, and cannot move an article outside the library', () => {
    expect(byId(libraryContextMenu(context, 'darwin'), 'library.reveal')).toMatchObject({ label: 'Show in Finder' })
    expect(byId(libraryContextMenu(context, 'win32'), 'library.reveal')).toMatchObject({ label: 'Show in Explorer' })
    expect(byId(libraryContextMenu(context, 'win32'), 'library.trash')).toMatchObject({ label: 'Delete (to Recycle Bin)' })
    expect(byId(libraryContextMenu({ ...context, inLibrary: false }, 'linux'), 'library.move')).toMatchObject({ enabled: false })
  })
})
