import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type LexicalEditor, type TextNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { testEditor } from '../../test/headless'
import { $removeSlashQuery } from './query'

/** One paragraph of the given text nodes, the caret at the end of the last; returns the last node's key. */
function paragraphOf(editor: LexicalEditor, parts: string[]): string {
  let key = ''
  editor.update(
    () => {
      const p = $createParagraphNode()
      const nodes = parts.map((t) => $createTextNode(t))
      p.append(...nodes)
      $getRoot().clear().append(p)
      const last = nodes.at(-1) as TextNode
      last.select(last.getTextContentSize(), last.getTextContentSize())
      key = last.getKey()
    },
    { discrete: true },
  )
  return key
}

function remove(editor: LexicalEditor, endKey: string | null): string[] {
  editor.update(
    () => {
      const end = endKey === null ? null : $getRoot().getAllTextNodes().find((n) => n.getKey() === endKey) ?? null
      $removeSlashQuery($isTextNode(end) ? end : null)
    },
    { discrete: true },
  )
  return editor.getEditorState().read(() => $getRoot().getAllTextNodes().map((n) => n.getTextContent()))
}

describe('removing the slash menu’s query', () => {
  it('removes the node Lexical split off when it holds the whole query', () => {
    const editor = testEditor()
    const key = paragraphOf(editor, ['Before ', '/pull'])
    expect(remove(editor, key)).toEqual(['Before '])
  })

  it('takes the start of the query from the node before when Lexical’s match lagged behind the typing', () => {
    const editor = testEditor()
    // "/pull" split from a match of "/pu": the split node holds "ll", the "/pu" is left before it.
    expect(remove(editor, paragraphOf(editor, ['/pu', 'll']))).toEqual([])
    expect(remove(editor, paragraphOf(editor, ['Text /p', 'ull']))).toEqual(['Text '])
  })

  it('works from the caret when nothing was split off, and leaves text without a query alone', () => {
    const editor = testEditor()
    paragraphOf(editor, ['Intro /fact'])
    expect(remove(editor, null)).toEqual(['Intro '])
    paragraphOf(editor, ['a/b c'])
    expect(remove(editor, null)).toEqual(['a/b c'])
  })
})
