import { describe, expect, it } from 'vitest'
import { copyfitMessage } from '../../../../shared/render/copyfit'
import { exportedNotice, exportFailedNotice, importNotice, printedNotice, splitPath } from './messages'

describe('file command messages', () => {
  it('say where an export went', () => {
    expect(exportedNotice({ format: 'pdf', path: '/home/ana/Exports/Leader.pdf', pages: 2, warnings: [] }, [])).toEqual({
      tone: 'ok',
      title: 'Exported the PDF (2 pages) as “Leader.pdf” in /home/ana/Exports.',
      items: [],
    })
    expect(exportedNotice({ format: 'docx', path: 'C:\\Users\\Ana\\Leader.docx', warnings: [] }, []).title).toBe('Exported the Word document as “Leader.docx” in C:\\Users\\Ana.')
  })

  it('list what is not ready for print, and say the export happened anyway', () => {
    const n = exportedNotice({ format: 'pdf', path: '/x/Leader.pdf', pages: 1, copyfit: { status: 'overset', lines: 3, message: copyfitMessage('overset', 3), usedLines: 10, capacityLines: 7 }, warnings: [] }, ['Byline is empty.'])
    expect(n).toMatchObject({ tone: 'warn', detail: 'Not ready for print — exported anyway:', items: ['Byline is empty.', 'The copy does not fit its space: overset by 3 lines.'] })
  })

  it('say why an export or print failed', () => {
    expect(exportFailedNotice('md', { message: 'The folder is read-only.' })).toEqual({ tone: 'error', title: 'The Markdown file was not exported.', items: ['The folder is read-only.'] })
    expect(printedNotice('')).toMatchObject({ title: 'Sent “Untitled article” to the printer.' })
  })

  it('sum up an import: what opened, what failed and why', () => {
    const error = { code: 'EMPTY_FILE', message: 'This file is empty: there is nothing to import.' }
    expect(importNotice({ cancelled: true, imported: [], failed: [] }, null)).toBeNull()
    expect(importNotice({ cancelled: false, imported: [{ source: '/d/a.docx', path: '/l/A.galley', headline: 'A', warnings: [] }], failed: [] }, 'A')).toEqual({
      tone: 'ok',
      title: 'Imported one document into the library and opened “A”.',
      items: [],
    })
    const mixed = importNotice({ cancelled: false, imported: [{ source: 'a.md', path: '/l/A.galley', headline: 'A', warnings: ['An image could not be found.'] }, { source: 'b.txt', path: '/l/B.galley', headline: 'B', warnings: [] }], failed: [{ source: '/d/c.md', error }] }, 'A')
    expect(mixed).toEqual({
      tone: 'warn',
      title: 'Imported 2 documents into the library and opened “A”.',
      detail: '1 document was not imported:',
      items: ['c.md: This file is empty: there is nothing to import.', 'a.md: An image could not be found.'],
    })
    expect(importNotice({ cancelled: false, imported: [], failed: [{ source: 'c.md', error }] }, null)).toEqual({ tone: 'error', title: 'The document was not imported.', items: ['c.md: This file is empty: there is nothing to import.'] })
  })

  it('splits paths of every platform', () => {
    expect(splitPath('/Leader.pdf')).toEqual({ folder: '/', name: 'Leader.pdf' })
    expect(splitPath('Leader.pdf')).toEqual({ folder: '', name: 'Leader.pdf' })
  })
})
