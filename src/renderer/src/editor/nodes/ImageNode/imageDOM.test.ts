// The blocks the editor draws itself, on a real (jsdom) editor: what an image shows, its fields
// reaching the node (and undo reaching the fields), its buttons, read-only, and selection by click.
import { createEmptyHistoryState, registerHistory } from '@lexical/history'
import { registerRichText } from '@lexical/rich-text'
import { mergeRegister } from '@lexical/utils'
import { $getRoot, $getSelection, $isNodeSelection, COMMAND_PRIORITY_CRITICAL, createEditor, KEY_ENTER_COMMAND, UNDO_COMMAND, type ElementNode, type LexicalEditor } from 'lexical'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { body, image, pageBreak, paragraph, type BodyJSON } from '../../../../../shared/article/body'
import { registerAssetResolver } from '../../assetRegistry'
import { registerBlockSelection } from '../../plugins/BlockSelectionPlugin'
import { GALLEY_NODES } from '../index'
import { $isPageBreakNode } from '../PageBreakNode/PageBreakNode'
import { $isImageNode, type ImageFields } from './ImageNode'

const KEY = 'b'.repeat(64)
const MISSING = 'c'.repeat(64)
const SRC = 'data:image/png;base64,iVBORw0KGgo='

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const c of cleanup.splice(0)) c()
})

function setup(json: BodyJSON): { editor: LexicalEditor; root: HTMLElement } {
  const root = document.createElement('div')
  root.contentEditable = 'true'
  document.body.append(root)
  const editor = createEditor({ nodes: [...GALLEY_NODES], onError: (e) => { throw e } })
  registerAssetResolver(editor, (key) => (key === KEY ? SRC : null))
  editor.setRootElement(root)
  const off = mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 0), registerBlockSelection(editor))
  editor.setEditorState(editor.parseEditorState(JSON.stringify(json)))
  cleanup.push(() => {
    off()
    editor.setRootElement(null)
    root.remove()
  })
  return { editor, root }
}

const imageFields = (editor: LexicalEditor): ImageFields | null =>
  editor.getEditorState().read(() => {
    const node = $getRoot().getChildren().find($isImageNode)
    return node ? node.getFields() : null
  })
const field = (root: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement => {
  const el = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${label}"]`)
  if (!el) throw new Error(`no field ${label}`)
  return el
}
const button = (root: HTMLElement, text: string): HTMLButtonElement => {
  const el = [...root.querySelectorAll('button')].find((b) => b.textContent === text)
  if (!el) throw new Error(`no button ${text}`)
  return el
}
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('image', () => {
  it('draws the picture, its caption, credit and alt text, and which width it has', () => {
    const { editor, root } = setup(body([paragraph('Before.'), image(KEY, { caption: 'The bridge', credit: 'Photo: Staff', altText: 'A bridge at dawn', width: 'full' })]))
    const figure = root.querySelector('figure')
    expect(figure?.className).toBe('image image--full')
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(SRC)
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('A bridge at dawn')
    expect(field(root, 'Caption').value).toBe('The bridge')
    expect(field(root, 'Caption').tagName).toBe('TEXTAREA')
    expect(field(root, 'Credit').value).toBe('Photo: Staff')
    expect(field(root, 'Alt text').value).toBe('A bridge at dawn')
    expect(button(root, 'Full width').getAttribute('aria-pressed')).toBe('true')
    expect(button(root, 'Column').getAttribute('aria-pressed')).toBe('false')
    // Drawn by the node: nothing for React to draw in a portal.
    expect(editor.getDecorators()).toEqual({})
  })

  it('says so when the image is missing from the file', () => {
    const { root } = setup(body([image(MISSING)]))
    expect(root.querySelector('figure img')).toBeNull()
    expect(root.querySelector('.image-missing')?.textContent).toBe('This image is missing from the article file.')
  })

  it('a caption reaches the node when the field is left, as one undo step that also shows in the field', async () => {
    const { editor, root } = setup(body([image(KEY, { caption: 'Old caption' })]))
    const caption = field(root, 'Caption')
    caption.focus()
    caption.value = 'New caption'
    caption.dispatchEvent(new Event('input', { bubbles: true }))
    // Typed, not yet left: the node still has the old one.
    expect(imageFields(editor)?.caption).toBe('Old caption')
    caption.blur()
    await settle()
    expect(imageFields(editor)?.caption).toBe('New caption')
    editor.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    expect(imageFields(editor)?.caption).toBe('Old caption')
    expect(field(root, 'Caption').value).toBe('Old caption')
  })

  it('Enter in a field commits it and never reaches the body (no new paragraph)', async () => {
    const { editor, root } = setup(body([paragraph('Text.'), image(KEY)]))
    const enter = vi.fn(() => true)
    cleanup.push(editor.registerCommand(KEY_ENTER_COMMAND, enter, COMMAND_PRIORITY_CRITICAL))
    const credit = field(root, 'Credit')
    credit.focus()
    credit.value = 'Photo: A. Noori'
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
    credit.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    await settle()
    expect(enter).not.toHaveBeenCalled()
    expect(imageFields(editor)?.credit).toBe('Photo: A. Noori')
  })

  it('leaving a field unchanged is not an edit', async () => {
    const { editor, root } = setup(body([image(KEY, { caption: 'Same' })]))
    const updates = vi.fn()
    cleanup.push(editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => (dirtyElements.size + dirtyLeaves.size > 0 ? updates() : undefined)))
    field(root, 'Caption').focus()
    field(root, 'Caption').blur()
    await settle()
    expect(updates).not.toHaveBeenCalled()
  })

  it('the width buttons set the width; Remove removes the image', async () => {
    const { editor, root } = setup(body([paragraph('Text.'), image(KEY)]))
    button(root, 'Full width').click()
    await settle()
    expect(imageFields(editor)?.width).toBe('full')
    expect(root.querySelector('figure')?.className).toBe('image image--full')
    expect(button(root, 'Full width').getAttribute('aria-pressed')).toBe('true')
    expect(button(root, 'Column').getAttribute('aria-pressed')).toBe('false')
    button(root, 'Remove').click()
    await settle()
    expect(imageFields(editor)).toBeNull()
    expect(root.querySelector('figure')).toBeNull()
  })

  it('its fields and buttons cannot be used in a read-only article', () => {
    const { editor, root } = setup(body([image(KEY)]))
    editor.setEditable(false)
    expect(field(root, 'Caption').readOnly).toBe(true)
    expect(field(root, 'Alt text').readOnly).toBe(true)
    expect(button(root, 'Remove').disabled).toBe(true)
    editor.setEditable(true)
    expect(field(root, 'Caption').readOnly).toBe(false)
    expect(button(root, 'Remove').disabled).toBe(false)
  })

  it('a click on the picture selects the image; a click in its caption does not', async () => {
    const { editor, root } = setup(body([paragraph('Text.'), image(KEY)]))
    const selectedKeys = (): string[] =>
      editor.getEditorState().read(() => {
        const selection = $getSelection()
        return $isNodeSelection(selection) ? selection.getNodes().map((n) => n.getType()) : []
      })
    field(root, 'Caption').dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await settle()
    expect(selectedKeys()).toEqual([])
    root.querySelector('figure img')?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await settle()
    expect(selectedKeys()).toEqual(['image'])
    expect(root.querySelector('[data-block="image"]')?.classList.contains('is-selected')).toBe(true)
    // The caret back in the text: the image is no longer marked.
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true })
    expect(root.querySelector('[data-block="image"]')?.classList.contains('is-selected')).toBe(false)
  })
})

describe('page break', () => {
  it('says which break it is and its button turns it into the other kind', async () => {
    const { editor, root } = setup(body([paragraph('Text.'), pageBreak('page')]))
    expect(root.querySelector('.page-break-mark')?.getAttribute('aria-label')).toBe('Page break')
    button(root, 'Make column break').click()
    await settle()
    expect(editor.getEditorState().read(() => $getRoot().getChildren().find($isPageBreakNode)?.getKind())).toBe('column')
    expect(root.querySelector('.page-break-mark')?.getAttribute('aria-label')).toBe('Column break')
    expect(root.querySelector('.page-break-label')?.textContent).toBe('Column break')
    expect(button(root, 'Make page break').title).toBe('Make this a page break')
  })
})
