// Help › Keyboard Shortcuts (Ctrl+Shift+/, ⇧⌘/): every command and its keys, searchable, as this
// platform writes them, with a switch to read them for the other platform (a Mac user helping a
// colleague on Windows).
import { useEffect, useMemo, useRef, useState } from 'react'
import { useCommand } from '../../commands/registry'
import { searchSheet, shortcutSheet } from './sheet'
import './shortcuts.css'

export function ShortcutsSheet({ platform }: { readonly platform: string }) {
  const [open, setOpen] = useState(false)
  useCommand('help.shortcuts', () => setOpen(true))
  return open ? <ShortcutsDialog platform={platform} onClose={() => setOpen(false)} /> : null
}

function ShortcutsDialog({ platform, onClose }: { readonly platform: string; readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const search = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [shown, setShown] = useState(platform === 'darwin' ? 'darwin' : platform)
  const sections = useMemo(() => searchSheet(shortcutSheet(shown), query), [shown, query])

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    search.current?.focus()
  }, [])

  const other = platform === 'darwin' ? 'win32' : 'darwin'
  return (
    <dialog ref={dialog} className="dialog shortcuts-sheet" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose} data-testid="shortcuts-sheet">
      <header className="shortcuts-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <div className="segmented" role="group" aria-label="Keys for">
          <button type="button" aria-pressed={shown === platform} onClick={() => setShown(platform)}>
            {platformName(platform)}
          </button>
          <button type="button" aria-pressed={shown === other} onClick={() => setShown(other)}>
            {platformName(other)}
          </button>
        </div>
        <button type="button" className="ghost" onClick={() => dialog.current?.close()} aria-label="Close">
          ✕
        </button>
      </header>
      <input ref={search} className="shortcuts-search" type="search" aria-label="Search shortcuts" placeholder="Search: bold, export, Ctrl+E…" value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="shortcuts-body">
        {sections.length === 0 && <p className="shortcuts-empty">No command matches “{query}”.</p>}
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`shortcuts-${section.id}`}>
            <h3 id={`shortcuts-${section.id}`}>{section.title}</h3>
            <table>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.id} data-command={row.id}>
                    <th scope="row">
                      {row.label}
                      {row.where && <span className="shortcuts-where"> · {row.where}</span>}
                      {row.description && <span className="shortcuts-desc">{row.description}</span>}
                    </th>
                    <td>{row.keys ? <kbd>{row.keys}</kbd> : <span className="shortcuts-none">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </dialog>
  )
}

function platformName(platform: string): string {
  if (platform === 'darwin') return 'macOS'
  if (platform === 'win32') return 'Windows'
  return 'Linux'
}
