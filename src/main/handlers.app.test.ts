// The app concern of the host API end to end in Node: channel → dispatcher → handler → log.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { channels } from '../shared/ipc/channels'
import { createContainer } from './container'
import { MemoryLogger } from './services/log/Logger'

const report = {
  kind: 'rejection' as const,
  name: 'TypeError',
  message: 'Cannot read properties of undefined (reading "The mayor said")',
  stack: 'TypeError: boom\n    at save (app://galley/assets/index-a1.js:12:345)',
}

describe('app host API', () => {
  it('arrives through the host API (app.reportError) and refuses malformed reports', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'galley-window-errors-'))
    const log = new MemoryLogger()
    const container = createContainer({
      appName: 'Galley',
      version: '0.0.0',
      platform: 'linux',
      userDataDir: path.join(root, 'data'),
      defaultLibraryDir: path.join(root, 'library'),
      isTrustedSender: () => true,
      logger: log.logger,
    })
    try {
      await container.start()
      const page = { url: 'app://galley/index.html', isMainFrame: true }
      expect(await container.dispatch(page, channels.app.reportError, [report])).toEqual({ ok: true, value: undefined })
      expect(log.entries.find((e) => e.scope === 'test:window')?.fields['kind']).toBe('rejection')
      expect(await container.dispatch(page, channels.app.reportError, [{ ...report, text: 'the article' }])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    } finally {
      await container.dispose()
      await rm(root, { recursive: true, force: true })
    }
  })
})
