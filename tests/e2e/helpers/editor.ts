// Reading the editor from a test: Lexical keeps its editor on the root element, so the test can
// read the exported body exactly as a save would, without any hook in the app.
import type { Page } from 'playwright-core'
import type { BodyJSON } from '../../../src/shared/article/body'

export const BODY = '[data-testid="article-body"]'

export async function exportedBody(page: Page): Promise<BodyJSON> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector) as (HTMLElement & { __lexicalEditor?: { getEditorState(): { toJSON(): unknown } } }) | null
    if (!root?.__lexicalEditor) throw new Error('no editor')
    return root.__lexicalEditor.getEditorState().toJSON()
  }, BODY) as Promise<BodyJSON>
}

export function mod(platform: string = process.platform): string {
  return platform === 'darwin' ? 'Meta' : 'Control'
}

/** Dispatches a paste of `html` (and `text`) into the editor, as the clipboard would deliver it. */
export async function pasteHtml(page: Page, html: string, text = ''): Promise<void> {
  await page.locator(BODY).evaluate(
    (el, { html, text }) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', text)
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    { html, text },
  )
}
