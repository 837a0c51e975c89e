// Playwright fixtures: `galley` is the app under test, in Chromium through the harness (project
// "chromium") or the real Electron app (project "electron", skipped where no binary exists).
import { test as base, expect } from '@playwright/test'
import type { Page } from 'playwright-core'
import { electronBinary, launchElectronGalley } from './electron'
import { launchGalley, type GalleyApp } from './index'

export interface GalleyUnderTest {
  readonly page: Page
  readonly libraryDir: string
  readonly userDataDir: string
  /** Present in the Chromium harness only (the Node side is in-process there). */
  readonly harness?: GalleyApp
  reload(): Promise<void>
}

export const test = base.extend<{ galley: GalleyUnderTest }>({
  // Playwright reads the fixture's dependencies from this destructuring; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  galley: async ({}, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const found = electronBinary()
      test.skip('missing' in found, `Electron e2e skipped: ${'missing' in found ? found.missing : ''}`)
      if ('missing' in found) return
      const app = await launchElectronGalley(found.path)
      await use({
        page: app.page,
        libraryDir: app.libraryDir,
        userDataDir: app.userDataDir,
        reload: async () => {
          await app.page.reload()
          await app.page.waitForSelector('[data-testid="app-shell"]')
        },
      })
      await app.close()
      return
    }
    const app = await launchGalley()
    await use({ page: app.page, libraryDir: app.libraryDir, userDataDir: app.userDataDir, harness: app, reload: () => app.reload() })
    const problems = [...app.problems]
    await app.close()
    expect(problems, 'console errors or CSP violations in the page').toEqual([])
  },
})

export { expect }
