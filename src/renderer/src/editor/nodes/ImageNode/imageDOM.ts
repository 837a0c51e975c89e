// The image as it will print, with its caption, credit and alt text edited in place, drawn by the
// node (see BlockDecoratorNode). A field holds what is being typed; it reaches the node when the
// field is left or Enter is pressed, as one undo step. Undo, redo or a find-and-replace that changes
// the node shows in the fields (`updateImageDOM`).
import { $getNodeByKey, SKIP_DOM_SELECTION_TAG, type LexicalEditor, type NodeKey } from 'lexical'
import { resolveAsset } from '../../assetRegistry'
import { element } from '../base/dom'
import type { ImageFields, ImageNode } from './ImageNode'

type TextField = 'caption' | 'credit' | 'altText'

const TEXT_FIELDS: readonly TextField[] = ['caption', 'credit', 'altText']
const WIDTHS = [
  { width: 'column', label: 'Column', title: 'One column wide' },
  { width: 'full', label: 'Full width', title: 'Across all columns' },
] as const

/** What the node is now, read outside any update (null once it is gone). */
function current(editor: LexicalEditor, key: NodeKey): ImageFields | null {
  return editor.getEditorState().read(() => ($getNodeByKey(key) as ImageNode | null)?.getFields() ?? null)
}

function picture(editor: LexicalEditor, fields: ImageFields): HTMLElement {
  const src = resolveAsset(editor, fields.asset)
  if (!src) return element('div', { class: 'image-missing' }, 'This image is missing from the article file.')
  const img = element('img', { src, alt: fields.altText })
  img.draggable = false
  return img
}

export function drawImageDOM(dom: HTMLElement, editor: LexicalEditor, key: NodeKey, fields: ImageFields): void {
  // The caption fields keep the keyboard: the update must not move the focus back into the text.
  const commit = (patch: Partial<ImageFields>): void =>
    editor.update(
      () => {
        const node = $getNodeByKey(key) as ImageNode | null
        node?.setFields(patch)
      },
      { tag: SKIP_DOM_SELECTION_TAG },
    )
  const field = (name: TextField, label: string, placeholder: string, multiline = false): HTMLElement => {
    const input: HTMLInputElement | HTMLTextAreaElement = multiline ? element('textarea', { rows: '1' }) : element('input')
    input.className = `image-${name}`
    input.setAttribute('aria-label', label)
    input.setAttribute('data-field', name)
    input.placeholder = placeholder
    input.dir = 'auto'
    input.value = fields[name]
    const commitField = (): void => {
      const now = current(editor, key)
      if (now && now[name] !== input.value) commit({ [name]: input.value })
    }
    const el: HTMLElement = input
    el.addEventListener('blur', commitField)
    // The body's keys (Enter, Backspace, shortcuts) and paste are not the field's.
    el.addEventListener('keydown', (e) => {
      e.stopPropagation()
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault()
        commitField()
        editor.focus()
      }
    })
    el.addEventListener('paste', (e) => e.stopPropagation())
    return el
  }
  const caption = field('caption', 'Caption', 'Write a caption…', true)
  const credit = field('credit', 'Credit', 'Photo credit')
  const altText = field('altText', 'Alt text', 'Describe the image for readers who cannot see it')

  const widths = element('div', { class: 'segmented', role: 'group', 'aria-label': 'Image width' })
  for (const w of WIDTHS) {
    const button = element('button', { type: 'button', 'data-width': w.width, title: w.title, 'aria-pressed': String(fields.width === w.width) }, w.label)
    button.addEventListener('click', () => commit({ width: w.width }))
    widths.append(button)
  }
  const remove = element('button', { type: 'button', class: 'ghost danger', title: 'Remove the image (Delete)' }, 'Remove')
  remove.addEventListener('click', () =>
    editor.update(() => {
      $getNodeByKey(key)?.remove()
    }),
  )

  dom.append(
    element(
      'figure',
      { class: `image image--${fields.width}`, 'data-asset': fields.asset },
      picture(editor, fields),
      element('figcaption', { contenteditable: 'false' }, caption, credit),
      element('div', { class: 'image-tools', contenteditable: 'false' }, altText, widths, remove),
    ),
  )
}

export function updateImageDOM(dom: HTMLElement, editor: LexicalEditor, prev: ImageFields, next: ImageFields): void {
  const figure = dom.querySelector('figure')
  if (!figure) return
  if (prev.width !== next.width) {
    figure.className = `image image--${next.width}`
    for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-width]')) button.setAttribute('aria-pressed', String(button.dataset['width'] === next.width))
  }
  if (prev.asset !== next.asset) {
    figure.setAttribute('data-asset', next.asset)
    figure.firstElementChild?.replaceWith(picture(editor, next))
  } else if (prev.altText !== next.altText) {
    figure.querySelector('img')?.setAttribute('alt', next.altText)
  }
  for (const name of TEXT_FIELDS) {
    const input = figure.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${name}"]`)
    if (input && prev[name] !== next[name] && input.value !== next[name]) input.value = next[name]
  }
}
