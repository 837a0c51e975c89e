import { describe, expect, it } from 'vitest'
import { MemoryLogger } from './Logger'
import { logWindowError } from './windowErrors'

const report = {
  kind: 'render' as const,
  name: 'TypeError',
  message: 'Cannot read properties of undefined (reading "The mayor said the bridge would reopen")',
  stack: 'TypeError: boom\n    at CountsLine (app://galley/assets/index-a1.js:12:345)\n    at renderWithHooks (app://galley/assets/index-a1.js:1:99)',
  componentStack: '\n    at CountsLine (app://galley/assets/index-a1.js:12:1)\n    at span\n    at StatusBar (app://galley/assets/index-a1.js:13:1)',
}

describe('uncaught errors of a window in the log', () => {
  it('keeps the kind, the component names and the stack frames, never the text an error quotes', () => {
    const log = new MemoryLogger()
    logWindowError(log.logger, 3, report)
    const [entry] = log.entries
    expect(entry).toMatchObject({ level: 'error', scope: 'test:window', message: 'uncaught error in a window' })
    expect(entry?.fields).toMatchObject({ window: 3, kind: 'render', components: 'CountsLine < StatusBar', error: 'TypeError' })
    expect(String(entry?.fields['stack'])).toContain('CountsLine (app://galley/assets/index-a1.js:12:345)')
    expect(log.text()).not.toContain('mayor')
  })
})
