import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { body, paragraph, type BodyJSON } from '../../../shared/article/body'
import { SECTION_BLOCKS } from '../../../shared/templates/blocks'
import { builtInTemplate } from '../../../shared/templates/builtins'
import { findPlaceholders, ph } from '../../../shared/templates/placeholders'
import { $markerOf, registerPlaceholders } from './placeholders'
import { registerBlocks } from './plugins/BlocksPlugin'
import { INSERT_SECTION_BLOCK_COMMAND, withSpeakers } from './sectionBlocks'
import { bodyOf, settle, startParagraph, testEditor, typeText } from './test/headless'

function editorWith(json: BodyJSON): LexicalEditor {
  const editor = testEditor((e) => [registerBlocks(e), registerPlaceholders(e)])
  editor.setEditorState(editor.parseEditorState(JSON.stringify(json)))
  return editor
}

/** Puts a collapsed caret in the first text node of top-level block `index`, at `offset`. */
function caretAt(editor: LexicalEditor, index: number, offset: number): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index)
      const text = $isElementNode(block) ? block.getFirstDescendant() : null
      if ($isTextNode(text)) text.select(offset, offset)
    },
    { discrete: true },
  )
}

function press(editor: LexicalEditor, key: string): void {
  editor.update(() => void editor.dispatchCommand(KEY_DOWN_COMMAND, new KeyboardEvent('keydown', { key })), { discrete: true })
}

const selected = (editor: LexicalEditor): string => editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '')
const markers = (editor: LexicalEditor): string[] =>
  editor.getEditorState().read(() => $getRoot().getAllTextNodes().map((n) => $markerOf(n)))

describe('placeholders in the editor', () => {
  const opening = 'Opening: state the issue.'

  it('reads the marker from the template JSON and writes it back unchanged', () => {
    const skeleton = builtInTemplate('editorial')!.skeleton
    const editor = editorWith(skeleton)
    expect(markers(editor).filter(Boolean)).toHaveLength(7)
    expect(bodyOf(editor)).toEqual(JSON.parse(JSON.stringify(skeleton)))
  })

  it('a key typed anywhere in a placeholder replaces all of it, and the result is copy', async () => {
    const editor = editorWith(body([ph.paragraph(opening), paragraph('Copy.')]))
    caretAt(editor, 0, 5)
    press(editor, 'T')
    expect(selected(editor)).toBe(opening)
    await typeText(editor, 'The council met.')
    expect(bodyOf(editor).root.children[0]).toMatchObject({ children: [{ text: 'The council met.' }] })
    expect(markers(editor)).toEqual(['', ''])
    expect(findPlaceholders(bodyOf(editor))).toEqual([])
  })

  it('Backspace inside a placeholder takes all of it; shortcuts and keys that type nothing do not', () => {
    const editor = editorWith(body([ph.paragraph(opening)]))
    caretAt(editor, 0, 3)
    for (const key of ['Shift', 'F5', 'Alt']) press(editor, key)
    expect(selected(editor)).toBe('')
    editor.update(() => void editor.dispatchCommand(KEY_DOWN_COMMAND, new KeyboardEvent('keydown', { key: 'b', ctrlKey: true })), { discrete: true })
    expect(selected(editor)).toBe('')
    press(editor, 'Backspace')
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('')
  })

  it('AltGr (Ctrl+Alt on Windows) types, so it replaces the placeholder too', () => {
    const editor = editorWith(body([ph.paragraph(opening)]))
    caretAt(editor, 0, 3)
    editor.update(() => void editor.dispatchCommand(KEY_DOWN_COMMAND, new KeyboardEvent('keydown', { key: 'ł', ctrlKey: true, altKey: true })), { discrete: true })
    expect(selected(editor)).toBe(opening)
  })

  it('text typed over part of an instruction makes it copy: the marker goes', async () => {
    const editor = editorWith(body([ph.paragraph(opening)]))
    // Typing straight into the node (as an input method might), without the key handler.
    caretAt(editor, 0, 0)
    editor.update(
      () => {
        const selection = $getSelection()
        if ($isRangeSelection(selection)) {
          selection.anchor.offset = 0
          selection.focus.offset = 7
          selection.insertText('Close')
        }
      },
      { discrete: true },
    )
    await settle()
    expect(markers(editor)).toEqual([''])
    expect(findPlaceholders(bodyOf(editor))).toEqual([])
  })

  it('words added beside an untouched instruction are split off as copy; the instruction stays one', async () => {
    const editor = editorWith(body([ph.paragraph(opening)]))
    caretAt(editor, 0, opening.length)
    editor.update(() => {
      const selection = $getSelection()
      if ($isRangeSelection(selection)) selection.insertText(' More.')
    }, { discrete: true })
    await settle()
    const texts = bodyOf(editor).root.children[0] as unknown as { children: { text: string }[] }
    expect(texts.children.map((c) => c.text)).toEqual([opening, ' More.'])
    expect(markers(editor)).toEqual([opening, ''])
    expect(findPlaceholders(bodyOf(editor)).map((h) => h.text)).toEqual([opening])
  })
})

describe('section blocks from the data', () => {
  it('inserts every block as the data has it, with its first placeholder selected', () => {
    for (const block of SECTION_BLOCKS) {
      const editor = testEditor((e) => [registerBlocks(e), registerPlaceholders(e)])
      startParagraph(editor)
      editor.update(() => void editor.dispatchCommand(INSERT_SECTION_BLOCK_COMMAND, block.id), { discrete: true })
      const json = bodyOf(editor)
      expect(json.root.children.slice(0, block.blocks.length), block.id).toEqual(JSON.parse(JSON.stringify(block.blocks)))
      // A paragraph follows, for the caret to leave by.
      expect(json.root.children.at(-1)?.type).toBe('paragraph')
      expect(selected(editor), block.id).toBe(findPlaceholders(body([...block.blocks]))[0]?.text)
    }
  })

  it('an unknown block id inserts nothing', () => {
    const editor = testEditor((e) => [registerBlocks(e)])
    startParagraph(editor)
    let handled = true
    editor.update(() => void (handled = editor.dispatchCommand(INSERT_SECTION_BLOCK_COMMAND, 'hologram')), { discrete: true })
    expect(handled).toBe(false)
    expect(bodyOf(editor).root.children.map((b) => b.type)).toEqual(['paragraph'])
  })

  it('a Q&A pair takes the speakers of the pair before it', () => {
    const pair = SECTION_BLOCKS.find((b) => b.id === 'qa-pair')!.blocks
    expect(withSpeakers(pair, { question: 'Herald', answer: 'Karimi' })[0]).toMatchObject({ children: [{ speaker: 'Herald' }, { speaker: 'Karimi' }] })
    const editor = editorWith(body(withSpeakers(pair, { question: 'Herald', answer: 'Karimi' })))
    caretAt(editor, 0, 0)
    editor.update(() => void editor.dispatchCommand(INSERT_SECTION_BLOCK_COMMAND, 'qa-pair'), { discrete: true })
    const pairs = bodyOf(editor).root.children.filter((b) => b.type === 'qa-pair')
    expect(pairs).toHaveLength(2)
    expect(pairs[1]).toMatchObject({ children: [{ speaker: 'Herald' }, { speaker: 'Karimi' }] })
  })
})
