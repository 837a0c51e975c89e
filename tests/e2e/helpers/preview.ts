// Reading the print preview from a test: which PDF it shows (data-shown-version), its pages, and
// waiting for the next refresh.
import type { Page } from 'playwright-core'

export const PREVIEW = '[data-testid="preview"]'

export async function shownVersion(page: Page): Promise<number> {
  return Number((await page.locator(PREVIEW).getAttribute('data-shown-version')) ?? 0)
}

/** Waits until the preview shows a PDF newer than `after` and nothing more is pending; returns its version. */
export async function nextPreview(page: Page, after: number, timeout = 30_000): Promise<number> {
  await page.waitForFunction(
    ([selector, v]) => {
      const el = document.querySelector(selector as string)
      if (!el) return false
      const shown = Number(el.getAttribute('data-shown-version'))
      return shown > (v as number) && shown === Number(el.getAttribute('data-version')) && el.getAttribute('data-updating') === 'false'
    },
    [PREVIEW, after] as const,
    { timeout },
  )
  return shownVersion(page)
}

export async function showPreview(page: Page): Promise<number> {
  await page.getByTestId('toggle-preview').click()
  return nextPreview(page, 0)
}
