// Opening an article in the window from a test: written to a .galley file, then opened through
// the window's own Open (one helper, so a change of how the window opens files is made once).
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Page } from 'playwright-core'
import { serializeArticle, type Article } from '../../../src/shared/article/file'

export async function openArticle(page: Page, dir: string, article: Article, name = 'article'): Promise<string> {
  const file = path.join(dir, `${name}.galley`)
  await writeFile(file, serializeArticle(article))
  await page.setInputFiles('[data-testid="open-file-input"]', file)
  await page.getByTestId('document-title').filter({ hasText: article.meta.headline || 'Untitled article' }).waitFor()
  return file
}
