// Reading spell-check underlines from a test: they are ranges of the `galley-spelling` highlight,
// so the words underlined are exactly what the page paints.
import type { Page } from 'playwright-core'
import type { ContextItem } from '../../../src/main/desktop/contextMenus'
import type { HeadlessDesktop } from '../../../src/main/desktop/HeadlessDesktop'
import type { GalleyApp } from '../harness/index'

/** The underlined words, sorted (body and header fields alike). */
export async function underlinedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('galley-spelling') ?? [])].map((r) => (r as Range).toString()).sort())
}

/** Right-clicks the middle of an underlined word. */
export async function rightClickUnderlined(page: Page, word: string): Promise<void> {
  const at = await page.evaluate((w) => {
    const range = [...(CSS.highlights.get('galley-spelling') ?? [])].find((r) => (r as Range).toString() === w) as Range | undefined
    if (!range) return null
    const rect = range.getBoundingClientRect()
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  }, word)
  if (!at) throw new Error(`“${word}” is not underlined`)
  await page.mouse.click(at.x, at.y, { button: 'right' })
}

/**
 * Makes the headless desktop answer the next context menus with the item `pick` returns, and
 * collects the menus it was shown.
 */
export function scriptContextMenu(harness: GalleyApp, pick: (items: readonly ContextItem[]) => string | null): ContextItem[][] {
  const shown: ContextItem[][] = []
  const desktop = harness.container.services.desktop as HeadlessDesktop
  desktop.chooseContextItem = (items) => {
    shown.push([...items])
    return pick(items)
  }
  return shown
}

/** The ids of a menu's items (separators left out). */
export function itemIds(items: readonly ContextItem[]): string[] {
  return items.flatMap((i) => (i.type === 'separator' ? [] : [i.id]))
}
