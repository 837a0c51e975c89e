// Playwright fixtures: `galley` is the app under test, in Chromium through the harness (project
// "chromium") or the real Electron app (project "electron", skipped where no binary exists).
import { test as base, expect } from '@playwright/test'
import type { Page } from 'playwright-core'
import { electronBinary, launchElectronGalley } from './electron'
import { launchGalley, type GalleyApp } from './index'
import { openInWindow, waitForArticle, writeBlankArticle } from '../helpers/session'

export interface GalleyUnderTest {
  readonly page: Page
  readonly libraryDir: string
  readonly userDataDir: string
  /** Present in the Chromium harness only (the Node side is in-process there). */
  readonly harness?: GalleyApp
  reload(): Promise<void>
}

export interface GalleyOptions {
  /**
   * What the window shows when the test starts: an empty article file (opened as the OS hands a file
   * to the app), or the window as a journalist first sees it (the library and the start page).
   */
  readonly startWith: 'article' | 'library'
}

export const test = base.extend<GalleyOptions & { galley: GalleyUnderTest }>({
  startWith: ['article', { option: true }],
  galley: async ({ startWith }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const found = electronBinary()
      test.skip('missing' in found, `Electron e2e skipped: ${'missing' in found ? found.missing : ''}`)
      if ('missing' in found) return
      const app = await launchElectronGalley(found.path, { blankArticle: startWith === 'article' })
      if (startWith === 'article') await waitForArticle(app.page)
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
    if (startWith === 'article') await openInWindow(app, await writeBlankArticle(app.libraryDir))
    await use({ page: app.page, libraryDir: app.libraryDir, userDataDir: app.userDataDir, harness: app, reload: () => app.reload() })
    const problems = [...app.problems]
    await app.close()
    expect(problems, 'console errors or CSP violations in the page').toEqual([])
  },
})

export { expect }
