import { createHeadlessEditor } from '@lexical/headless'
import { ListItemNode, ListNode } from '@lexical/list'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { body, paragraph, textNode, type BodyJSON, type ParagraphJSON, type TextJSON } from '../article/body'
import { parseArticle, serializeArticle, createArticle } from '../article/file'
import { findPlaceholders, isLivePlaceholder, isPlaceholderBlock, ph, placeholderMarker, placeholderText, placeholderTextsOf, PLACEHOLDER_STATE_KEY } from './placeholders'

const ID = '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f'

function editorRoundTrip(input: BodyJSON, edit?: () => void): BodyJSON {
  const editor = createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode], onError: (e) => { throw e } })
  editor.setEditorState(editor.parseEditorState(JSON.stringify(input)))
  if (edit) editor.update(edit, { discrete: true })
  return editor.getEditorState().toJSON() as unknown as BodyJSON
}

function firstText(node: LexicalNode): LexicalNode | null {
  if ($isTextNode(node)) return node
  if ($isElementNode(node)) for (const child of node.getChildren()) {
    const found = firstText(child)
    if (found) return found
  }
  return null
}

describe('placeholder marker', () => {
  it('is Lexical NodeState under `$` on the text node', () => {
    const node = placeholderText('Lede: who did what')
    expect(node).toMatchObject({ type: 'text', text: 'Lede: who did what', $: { [PLACEHOLDER_STATE_KEY]: 'Lede: who did what' } })
    expect(placeholderMarker(node)).toBe('Lede: who did what')
    expect(placeholderMarker(textNode('Lede: who did what'))).toBeNull()
  })

  it('survives a save and load of the article file', () => {
    const article = createArticle({ id: ID, now: new Date('2020-07-08T10:00:00Z'), body: body([ph.paragraph('Lede: who did what')]) })
    const reread = parseArticle(serializeArticle(article)).article
    expect(findPlaceholders(reread.body)).toEqual([{ blockIndex: 0, text: 'Lede: who did what' }])
  })

  it('survives a round trip through a real Lexical editor', () => {
    const skeleton = body([ph.subhead('Subhead: the first argument'), ph.paragraph('Opening: state the issue'), ph.list('bullet', ['A fact']), ph.quote('A quotation'), paragraph('Real copy.')])
    const out = editorRoundTrip(skeleton)
    expect(findPlaceholders(out).map((h) => h.text)).toEqual(['Subhead: the first argument', 'Opening: state the issue', 'A fact', 'A quotation'])
  })

  it('stops counting once the writer types over the placeholder, even though the node keeps its marker', () => {
    const out = editorRoundTrip(body([ph.paragraph('Lede: who did what'), ph.paragraph('Nut graf: why it matters')]), () => {
      const node = firstText($getRoot().getFirstChildOrThrow())
      if (!$isTextNode(node)) throw new Error('no text')
      node.setTextContent('Kabul’s mayor resigned on Wednesday.')
    })
    const first = (out.root.children[0] as ParagraphJSON).children[0] as TextJSON
    expect(placeholderMarker(first)).toBe('Lede: who did what')
    expect(isLivePlaceholder(first)).toBe(false)
    expect(findPlaceholders(out).map((h) => h.text)).toEqual(['Nut graf: why it matters'])
  })

  it('still counts when words were typed around an untouched instruction', () => {
    const node = { ...placeholderText('Lede: who did what'), text: 'KABUL — Lede: who did what' }
    expect(isLivePlaceholder(node)).toBe(true)
  })

  it('reads a placeholder split by formatting (two nodes, one marker) as one', () => {
    const [first, second] = [placeholderText('Lede: who did what'), placeholderText('Lede: who did what')]
    const split = paragraph([{ ...first, text: 'Lede: who ' }, { ...second, text: 'did what', format: 1 }])
    expect(findPlaceholders(body([split]))).toEqual([{ blockIndex: 0, text: 'Lede: who did what' }])
    const replaced = paragraph([{ ...first, text: 'The mayor ' }, { ...second, text: 'resigned', format: 1 }])
    expect(findPlaceholders(body([replaced]))).toEqual([])
  })

  it('catches placeholder text that lost its marker (pasted as plain text) by exact match', () => {
    const pasted = body([paragraph('Lede: who did what'), paragraph('Lede: who did what, and why')])
    expect(findPlaceholders(pasted)).toEqual([])
    expect(findPlaceholders(pasted, new Set(['Lede: who did what']))).toEqual([{ blockIndex: 0, text: 'Lede: who did what' }])
  })

  it('finds placeholders inside boxes, Q&A pairs and timelines', () => {
    const b = body([
      paragraph('Copy.'),
      ph.box('facts', 'Key facts', [ph.list('bullet', ['A fact'])]),
      ph.qaPair('Question', 'Answer'),
      ph.timeline([{ date: 'Date', event: 'What happened' }]),
    ])
    expect(findPlaceholders(b).map((h) => h.blockIndex)).toEqual([1, 2, 2, 3, 3])
    expect(placeholderTextsOf(b.root.children)).toEqual(['A fact', 'Question', 'Answer', 'Date', 'What happened'])
  })

  it('knows a block that is nothing but placeholder', () => {
    expect(isPlaceholderBlock(ph.paragraph('Write here'))).toBe(true)
    expect(isPlaceholderBlock(paragraph('Copy'))).toBe(false)
    expect(isPlaceholderBlock(paragraph([placeholderText('Write here'), textNode(' and more')]))).toBe(false)
    // A box's fixed title is not placeholder; its content is.
    expect(isPlaceholderBlock(ph.box('facts', 'Key facts', [ph.paragraph('A fact')]))).toBe(false)
  })
})
