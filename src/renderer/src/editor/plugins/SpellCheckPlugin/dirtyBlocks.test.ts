import { $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, DELETE_CHARACTER_COMMAND, INSERT_PARAGRAPH_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { body, factBox, image, list, paragraph, pullQuote, subhead } from '../../../../../shared/article/body'
import { settle, testEditor, typeText } from '../../test/headless'
import { $readTextBlock } from '../../textBlocks'
import { DirtyBlocks } from './dirtyBlocks'

function setup(doc = body([paragraph('First paragraph here.'), subhead('A subhead'), paragraph('Second one.'), list('bullet', ['Apples', 'Pears']), pullQuote('Kept our word', 'Mayor'), image('a'.repeat(64), { caption: 'Not text' }), factBox('Facts', [paragraph('Length: 240 m')])])) {
  const dirty = new DirtyBlocks()
  const editor = testEditor((e) => [e.registerUpdateListener((payload) => void dirty.note(payload))])
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)))
  const take = (): string[] => editor.getEditorState().read(() => dirty.$take().map((key) => textOfBlock(editor, key)))
  take()
  return { editor, dirty, take }
}

function textOfBlock(editor: LexicalEditor, key: string): string {
  return editor.getEditorState().read(() => {
    const node = $getRoot().getAllTextNodes().find((t) => t.getParent()?.getKey() === key)?.getParentOrThrow() ?? null
    if (node && $isElementNode(node)) return $readTextBlock(node).text
    return `<empty ${key}>`
  })
}

/** Puts the caret `offset` characters into the text block that reads `text`. */
function caretIn(editor: LexicalEditor, text: string, offset: number): void {
  editor.update(
    () => {
      const node = $getRoot().getAllTextNodes().find((t) => t.getTextContent() === text)
      if (!node) throw new Error(`no text “${text}”`)
      node.select(offset, offset)
    },
    { discrete: true },
  )
}

describe('dirty paragraphs for the spell checker', () => {
  it('a fresh article: every block of running text, in reading order, and nothing else', () => {
    const dirty = new DirtyBlocks()
    const { editor } = setup()
    dirty.markAll()
    const texts = editor.getEditorState().read(() => dirty.$take().map((key) => textOfBlock(editor, key)))
    expect(texts).toEqual(['First paragraph here.', 'A subhead', 'Second one.', 'Apples', 'Pears', 'Kept our word', 'Mayor', 'Facts', 'Length: 240 m'])
    expect(dirty.pending).toBe(false)
  })

  it('typing marks only the paragraph typed in', async () => {
    const { editor, dirty, take } = setup()
    caretIn(editor, 'Second one.', 6)
    expect(take()).toEqual([])
    await typeText(editor, ' more')
    expect(dirty.pending).toBe(true)
    expect(take()).toEqual(['Second more one.'])
    expect(dirty.pending).toBe(false)
  })

  it('typing in a list item or a pull quote marks that part only', async () => {
    const { editor, take } = setup()
    caretIn(editor, 'Pears', 5)
    await typeText(editor, 's')
    expect(take()).toEqual(['Pearss'])
    caretIn(editor, 'Kept our word', 4)
    await typeText(editor, '!')
    expect(take()).toEqual(['Kept! our word'])
  })

  it('Enter marks both halves of a split paragraph (and the next block, whose sibling changed)', async () => {
    const { editor, take } = setup()
    caretIn(editor, 'First paragraph here.', 5)
    editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined)
    await settle()
    expect(take().sort()).toEqual([' paragraph here.', 'A subhead', 'First'])
  })

  it('Backspace joining two paragraphs marks the joined one; the removed one is gone', async () => {
    const { editor, take } = setup()
    caretIn(editor, 'Second one.', 0)
    editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true)
    await settle()
    expect(take()).toEqual(['A subheadSecond one.'])
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(6)
  })

  it('a formatting change inside a paragraph marks it (its text nodes are split)', () => {
    const { editor, take } = setup()
    editor.update(
      () => {
        const node = $getRoot().getAllTextNodes().find((t) => t.getTextContent() === 'First paragraph here.')!
        node.select(0, 5)
        const selection = $getSelection()
        if ($isRangeSelection(selection)) selection.formatText('bold')
      },
      { discrete: true },
    )
    expect(take()).toEqual(['First paragraph here.'])
  })

  it('a change made in code (a replace) marks only its block', () => {
    const { editor, take } = setup()
    editor.update(
      () => {
        const node = $getRoot().getAllTextNodes().find((t) => t.getTextContent() === 'Apples')!
        node.insertAfter($createTextNode(' and plums'))
      },
      { discrete: true },
    )
    expect(take()).toEqual(['Apples and plums'])
  })

  it('undo and redo (a whole state swapped in) mark exactly the blocks that differ', async () => {
    const { editor, take } = setup()
    caretIn(editor, 'Second one.', 11)
    await typeText(editor, ' Yes.')
    caretIn(editor, 'Pears', 5)
    await typeText(editor, '!')
    take()
    editor.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    expect(take()).toEqual(['Pears'])
    editor.dispatchCommand(REDO_COMMAND, undefined)
    await settle()
    expect(take()).toEqual(['Pears!'])
  })

  it('selection moves alone mark nothing', () => {
    const { editor, dirty, take } = setup()
    caretIn(editor, 'First paragraph here.', 3)
    caretIn(editor, 'Second one.', 2)
    expect(take()).toEqual([])
    expect(dirty.pending).toBe(false)
  })
})
