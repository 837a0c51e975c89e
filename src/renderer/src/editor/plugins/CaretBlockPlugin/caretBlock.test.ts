// The caret's top-level block is marked in the same update that puts the caret there (jsdom editor).
import { registerRichText } from '@lexical/rich-text'
import { mergeRegister } from '@lexical/utils'
import { $createNodeSelection, $getRoot, $getSelection, $setSelection, createEditor, type ElementNode, type LexicalEditor } from 'lexical'
import { afterEach, describe, expect, it } from 'vitest'
import { body, paragraph, qaPair } from '../../../../../shared/article/body'
import { GALLEY_NODES } from '../../nodes'
import { CARET_BLOCK_CLASS, registerCaretBlock } from '.'

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const c of cleanup.splice(0)) c()
})

function setup(): { editor: LexicalEditor; root: HTMLElement; stop: () => void } {
  const root = document.createElement('div')
  root.contentEditable = 'true'
  document.body.append(root)
  const editor = createEditor({ nodes: [...GALLEY_NODES], onError: (e) => { throw e } })
  editor.setRootElement(root)
  const stop = registerCaretBlock(editor)
  const off = mergeRegister(registerRichText(editor), stop)
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body([paragraph('First.'), qaPair('Why?', 'Because.'), paragraph('Last.')]))))
  cleanup.push(() => {
    off()
    editor.setRootElement(null)
    root.remove()
  })
  return { editor, root, stop }
}

const marked = (root: HTMLElement): number[] => [...root.children].flatMap((el, i) => (el.classList.contains(CARET_BLOCK_CLASS) ? [i] : []))

describe('the caret block', () => {
  it('is the top-level block holding the caret, also inside a structured block, and only that one', () => {
    const { editor, root } = setup()
    expect(marked(root)).toEqual([])
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true })
    expect(marked(root)).toEqual([0])
    // Still marked after the block's own DOM lost the class (a node may set its classes again).
    root.children[0]?.classList.remove(CARET_BLOCK_CLASS)
    editor.update(() => $getSelection()?.insertText(' More.'), { discrete: true })
    expect(marked(root)).toEqual([0])
    // In a Q&A answer: the whole pair (the top-level block) is marked.
    editor.update(() => $getRoot().getChildAtIndex<ElementNode>(1)?.getLastChildOrThrow<ElementNode>().selectStart(), { discrete: true })
    expect(marked(root)).toEqual([1])
  })

  it('follows a block created by an edit in the same update, before any frame', () => {
    const { editor, root } = setup()
    editor.update(
      () => {
        const last = $getRoot().getLastChildOrThrow<ElementNode>()
        last.selectEnd().insertParagraph()
      },
      { discrete: true },
    )
    expect(root.children).toHaveLength(4)
    expect(marked(root)).toEqual([3])
  })

  it('is cleared when no caret is left (nothing, or a selected image) and when unregistered', () => {
    const { editor, root, stop } = setup()
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true })
    editor.update(() => $setSelection(null), { discrete: true })
    expect(marked(root)).toEqual([])
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true })
    editor.update(() => {
      const selection = $createNodeSelection()
      selection.add($getRoot().getFirstChildOrThrow().getKey())
      $setSelection(selection)
    }, { discrete: true })
    expect(marked(root)).toEqual([])
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true })
    stop()
    expect(marked(root)).toEqual([])
  })
})
