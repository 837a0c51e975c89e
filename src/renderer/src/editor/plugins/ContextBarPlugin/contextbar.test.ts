import { $getRoot } from 'lexical'
import { describe, expect, it } from 'vitest'
import { body, qaPair } from '../../../../../shared/article/body'
import { bodyOf, testEditor } from '../../test/headless'
import { registerBlocks } from '../BlocksPlugin'
import { setSpeakers } from './index'

describe('Q&A speakers', () => {
  it('sets a pair and renames the same speaker in every pair', () => {
    const editor = testEditor((e) => [registerBlocks(e)])
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body([qaPair('Q1', 'A1', { question: 'Herald', answer: 'Karimi' }), qaPair('Q2', 'A2', { question: 'Herald', answer: 'Karimi' }), qaPair('Q3', 'A3', { question: 'Other', answer: 'Else' })]))))
    const key = editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getKey())
    setSpeakers(editor, key, { question: 'Herald', answer: 'Ahmad Karimi' }, true)
    editor.update(() => undefined, { discrete: true })
    const speakers = bodyOf(editor).root.children.map((b) => (b as unknown as { children: { speaker: string }[] }).children.map((c) => c.speaker))
    expect(speakers).toEqual([
      ['Herald', 'Ahmad Karimi'],
      ['Herald', 'Ahmad Karimi'],
      ['Other', 'Else'],
    ])
  })
})
