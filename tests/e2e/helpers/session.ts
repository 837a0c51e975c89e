// Opening articles in the window the way the OS does (a file handed to the running app), and the
// blank article most specs start from.
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from 'playwright-core'
import { createArticle, serializeArticle, type Article } from '../../../src/shared/article/file'
import type { HeadlessDesktop } from '../../../src/main/desktop/HeadlessDesktop'
import type { GalleyApp } from '../harness'
import { BODY } from './editor'

/** An empty article file in `dir`, as a writer's own template-less new file would be. */
export async function writeBlankArticle(dir: string, name = 'Untitled.galley', meta: Partial<Article['meta']> = {}): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, serializeArticle(createArticle({ id: crypto.randomUUID(), now: new Date(), meta })))
  return file
}

/** Hands `file` to the window as the OS would (double-click, File › Open): main routes it, the window opens it. */
export async function openInWindow(app: Pick<GalleyApp, 'container' | 'page'>, file: string): Promise<void> {
  ;(app.container.services.desktop as HeadlessDesktop).open(1, file)
  await waitForArticle(app.page, file)
}

/** Waits until the window shows the article at `file` (its editor is ready). */
export async function waitForArticle(page: Page, file?: string): Promise<void> {
  // The window remembers its article for a reload: that is the article it shows.
  if (file) await page.waitForFunction((name) => window.sessionStorage.getItem('galley.window.article')?.endsWith(`/${name}`) === true, path.basename(file))
  await page.waitForSelector(BODY)
  await page.getByTestId('save-status').waitFor()
}

/** The window's save state as the status bar shows it (saved, unsaved, saving, failed, conflict, read-only). */
export function saveState(page: Page) {
  return page.getByTestId('save-status')
}
