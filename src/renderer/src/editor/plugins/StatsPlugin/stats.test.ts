import { $getRoot, $isTextNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { body, image, list, paragraph, pullQuote, qaPair, subhead } from '../../../../../shared/article/body'
import { bodyStats } from '../../../../../shared/article/stats'
import { bodyOf, testEditor } from '../../test/headless'
import { BlockCounter } from './index'

function load(json: ReturnType<typeof body>) {
  const editor = testEditor()
  editor.setEditorState(editor.parseEditorState(JSON.stringify(json)))
  return editor
}

describe('counts in the editor (block by block, cached)', () => {
  it('English sample, hand-counted: pull quotes and captions are not counted', () => {
    const doc = body([
      paragraph('The mayor’s well-known plan — 120 million dollars — failed.'), // 8
      subhead('What next'), // 2
      list('bullet', ['Roads first', 'Then bridges']), // 2 + 2
      pullQuote('We kept our word', 'Mayor'),
      image('a'.repeat(64), { caption: 'Not counted at all' }),
      qaPair('Why?', 'Because it rained.'), // 1 + 3
    ])
    const counter = new BlockCounter('en')
    const stats = counter.count(load(doc).getEditorState())
    expect(stats.words).toBe(8 + 2 + 4 + 4)
    expect(stats.paragraphs).toBe(1 + 1 + 2 + 2)
    expect(stats).toEqual(bodyStats(doc))
  })

  it('Russian sample, hand-counted', () => {
    // В(1) Алматы(2) открылся(3) новый(4) мост(5) «долгожданный»,(6) как(7) сказал(8) аким.(9)
    const doc = body([paragraph('В Алматы открылся новый мост — «долгожданный», как сказал аким.')])
    const stats = new BlockCounter('ru').count(load(doc).getEditorState())
    expect(stats.words).toBe(9)
    // 63 characters: 54 letters and marks, 9 spaces.
    expect(stats.characters).toBe(63)
    expect(stats.charactersNoSpaces).toBe(54)
  })

  it('Persian (Dari) sample, hand-counted, ZWNJ joins a word', () => {
    // ما(1) می‌خواهیم(2) که(3) شهر(4) کابل(5) آرام(6) باشد.(7)
    const doc = body([paragraph('ما می‌خواهیم که شهر کابل آرام باشد.')])
    const stats = new BlockCounter('fa-AF').count(load(doc).getEditorState())
    expect(stats.words).toBe(7)
    expect(stats.charactersNoSpaces).toBe(28)
  })

  it('counts typing into a block whose node object Lexical keeps (regression: stale count after typing)', () => {
    const editor = load(body([paragraph('one'), paragraph('three')]))
    const counter = new BlockCounter('en')
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      counter.markDirty(dirtyElements.keys())
      counter.markDirty(dirtyLeaves)
    })
    expect(counter.count(editor.getEditorState()).words).toBe(2)
    editor.update(
      () => {
        const text = $getRoot().getFirstDescendant()
        if ($isTextNode(text)) text.setTextContent('one two and four')
      },
      { discrete: true },
    )
    expect(counter.count(editor.getEditorState()).words).toBe(5)
  })

  it('recounts only what changed, and stays right after an edit', () => {
    const editor = load(body([paragraph('one two'), paragraph('three')]))
    const counter = new BlockCounter('en')
    expect(counter.count(editor.getEditorState()).words).toBe(3)
    expect(bodyOf(editor).root.children).toHaveLength(2)
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body([paragraph('one two four'), paragraph('three')]))))
    expect(counter.count(editor.getEditorState()).words).toBe(4)
  })
})
