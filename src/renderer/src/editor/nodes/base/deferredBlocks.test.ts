// An article's images and breaks drawn behind its text on open (deferredBlocks), on a real (jsdom)
// editor loaded the way the window loads it, with the frame and idle callbacks run by hand.
import { registerRichText } from '@lexical/rich-text'
import { $getRoot, createEditor, type LexicalEditor } from 'lexical'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { body, image, paragraph, sectionBreak, type BlockJSON } from '../../../../../shared/article/body'
import { createArticle } from '../../../../../shared/article/file'
import { MemorySession } from '../../../document/MemorySession'
import { jumpToBlock } from '../../jump'
import { loadArticle } from '../../plugins/LoadPlugin'
import { $createImageNode, $isImageNode } from '../ImageNode/ImageNode'
import { GALLEY_NODES } from '../index'
import { ensureBlockDrawn, isBlockPending, setBlockDrawScheduler, type BlockDrawScheduler } from './deferredBlocks'

const KEY = 'b'.repeat(64)

interface Clock {
  readonly frames: (() => void)[]
  readonly idles: ((timeRemaining: () => number, late: boolean) => void)[]
  /** Blocks "in view" when the frame runs. */
  near: Set<HTMLElement>
}

function clock(): Clock {
  const c: Clock = { frames: [], idles: [], near: new Set() }
  const scheduler: BlockDrawScheduler = {
    frame: (run) => c.frames.push(run),
    idle: (run) => c.idles.push(run),
    nearView: (dom) => c.near.has(dom),
  }
  setBlockDrawScheduler(scheduler)
  return c
}

const cleanup: (() => void)[] = []
afterEach(() => {
  setBlockDrawScheduler(undefined)
  for (const c of cleanup.splice(0)) c()
})

function open(blocks: BlockJSON[], readOnly: string | null = null): { editor: LexicalEditor; root: HTMLElement; session: MemorySession } {
  const root = document.createElement('div')
  root.contentEditable = 'true'
  document.body.append(root)
  const editor = createEditor({ nodes: [...GALLEY_NODES], onError: (e) => { throw e } })
  editor.setRootElement(root)
  const off = registerRichText(editor)
  const session = new MemorySession(createArticle({ id: crypto.randomUUID(), now: new Date('2026-03-02T09:00:00Z'), body: body(blocks) }), readOnly)
  expect(loadArticle(editor, session)).toBe(true)
  cleanup.push(() => {
    off()
    editor.setRootElement(null)
    root.remove()
  })
  return { editor, root, session }
}

const blocks = (root: HTMLElement): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(':scope > [data-block]')]
const drawn = (root: HTMLElement): boolean[] => blocks(root).map((b) => b.childElementCount > 0)
const article = (): BlockJSON[] => [paragraph('The bridge reopened.'), image(KEY, { caption: 'First' }), paragraph('Ferries return.'), image(KEY, { caption: 'Second' }), sectionBreak(), image(KEY, { caption: 'Third' })]

describe('blocks drawn behind an opened article', () => {
  it('are drawn empty with the text, those in view before the first frame is painted, the rest when the window is idle', () => {
    const c = clock()
    const { root } = open(article())
    // The text is there at once; no block is drawn yet and nothing waits on anything but the frame.
    expect(root.textContent).toContain('The bridge reopened.')
    expect(drawn(root)).toEqual([false, false, false, false])
    expect(c.frames).toHaveLength(1)
    expect(c.idles).toHaveLength(0)

    c.near = new Set([blocks(root)[0] as HTMLElement])
    c.frames.shift()?.()
    expect(drawn(root)).toEqual([true, false, false, false])
    expect(root.querySelector<HTMLTextAreaElement>('[aria-label="Caption"]')?.value).toBe('First')

    // Idle time runs out after one block: the rest waits for the next idle period.
    let left = 10
    c.idles.shift()?.(() => (left -= 9), false)
    expect(drawn(root)).toEqual([true, true, false, false])
    expect(c.idles).toHaveLength(1)
    // A window never idle in time gets every block drawn at once.
    c.idles.shift()?.(() => 0, true)
    expect(drawn(root)).toEqual([true, true, true, true])
    expect(c.idles).toHaveLength(0)
    expect([...root.querySelectorAll<HTMLTextAreaElement>('[aria-label="Caption"]')].map((f) => f.value)).toEqual(['First', 'Second', 'Third'])
    expect(root.querySelector('.section-break-mark')).not.toBeNull()
  })

  it('a block changed before its turn is drawn as it is then, and follows later changes as before', () => {
    const c = clock()
    const { editor, root } = open(article())
    editor.update(
      () => {
        const second = $getRoot().getChildren().filter($isImageNode)[1]
        second?.setFields({ caption: 'Changed before drawn', width: 'full' })
      },
      { discrete: true },
    )
    const second = blocks(root)[1] as HTMLElement
    expect(isBlockPending(second)).toBe(true)
    expect(second.childElementCount).toBe(0)
    c.frames.shift()?.()
    c.idles.shift()?.(() => 0, true)
    expect(second.querySelector<HTMLTextAreaElement>('[aria-label="Caption"]')?.value).toBe('Changed before drawn')
    expect(second.querySelector('figure')?.className).toBe('image image--full')
    editor.update(
      () => {
        $getRoot().getChildren().filter($isImageNode)[1]?.setFields({ caption: 'Changed after' })
      },
      { discrete: true },
    )
    expect(second.querySelector<HTMLTextAreaElement>('[aria-label="Caption"]')?.value).toBe('Changed after')
  })

  it('a block removed before its turn is never drawn', () => {
    const c = clock()
    const { editor, root } = open(article())
    const first = blocks(root)[0] as HTMLElement
    editor.update(() => $getRoot().getChildren().filter($isImageNode)[0]?.remove(), { discrete: true })
    expect(first.isConnected).toBe(false)
    c.frames.shift()?.()
    c.idles.shift()?.(() => 0, true)
    expect(first.childElementCount).toBe(0)
    expect(drawn(root)).toEqual([true, true, true])
  })

  it('a read-only article’s blocks are drawn read-only', () => {
    const c = clock()
    const { root } = open(article(), 'Saved by a newer Galley.')
    c.frames.shift()?.()
    c.idles.shift()?.(() => 0, true)
    const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
    expect(fields).toHaveLength(9)
    expect(fields.every((f) => f.readOnly)).toBe(true)
    expect([...root.querySelectorAll('button')].every((b) => b.disabled)).toBe(true)
  })

  it('is drawn at once when something reaches into it first: the checklist taking the writer to a caption', async () => {
    clock()
    const { editor, root } = open(article())
    // jsdom lays nothing out and has no scrolling.
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    cleanup.push(() => delete (Element.prototype as Partial<Element>).scrollIntoView)
    jumpToBlock(editor, 3, 'caption')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(scrolled).toHaveBeenCalledOnce()
    const third = blocks(root)[1] as HTMLElement
    expect(third.querySelector<HTMLTextAreaElement>('[aria-label="Caption"]')?.value).toBe('Second')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Caption')
    // Drawn once: a later turn leaves it alone.
    ensureBlockDrawn(third)
    expect(third.querySelectorAll('figure')).toHaveLength(1)
  })

  it('blocks added after the open (an image inserted, pasted or undone) are drawn at once', () => {
    const c = clock()
    const { editor, root } = open([paragraph('Only text.')])
    expect(c.frames).toHaveLength(0)
    editor.update(() => $getRoot().append($createImageNode({ asset: KEY, caption: 'Inserted' })), { discrete: true })
    expect(root.querySelector<HTMLTextAreaElement>('[aria-label="Caption"]')?.value).toBe('Inserted')
  })

  it('without frame and idle callbacks (no scheduler), an opened article’s blocks are drawn with it', () => {
    setBlockDrawScheduler(null)
    const { root } = open(article())
    expect(drawn(root)).toEqual([true, true, true, true])
  })
})
