import { describe, expect, it } from 'vitest'
import { GalleyError } from '../shared/ipc/errors'
import { Reporter } from './context'

const io = (isTTY: boolean) => {
  let err = ''
  return { io: { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY, columns: 80 }, env: {}, cwd: '/' }, err: () => err }
}

describe('Reporter', () => {
  it('draws a progress bar on a terminal and clears it before the failure lines', () => {
    const t = io(true)
    const r = new Reporter(t.io)
    r.progress(1, 4, 'importing a.docx')
    r.fail('b.docx', new GalleyError('FILE_DAMAGED', 'This Word document is damaged.\nNothing was changed.'))
    expect(r.finish()).toBe(1)
    expect(t.err()).toContain('[######------------------] 1/4 importing a.docx')
    expect(t.err().endsWith('\r\x1b[2Kb.docx: FILE_DAMAGED: This Word document is damaged. Nothing was changed.\n')).toBe(true)
  })

  it('stays quiet when piped and exits 0 without failures', () => {
    const t = io(false)
    const r = new Reporter(t.io)
    r.progress(1, 4, 'x')
    expect(r.finish()).toBe(0)
    expect(t.err()).toBe('')
  })
})
