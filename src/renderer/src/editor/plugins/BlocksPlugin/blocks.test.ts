import { $createLinkNode } from '@lexical/link'
import { $createHeadingNode } from '@lexical/rich-text'
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, KEY_ENTER_COMMAND, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { BodySchema } from '../../../../../shared/article/body'
import { INSERT_BLOCK_COMMAND } from '../../commands'
import { $createPullQuoteNode } from '../../nodes/PullQuoteNode/PullQuoteNode'
import { $createPullQuoteTextNode } from '../../nodes/PullQuoteTextNode/PullQuoteTextNode'
import { bodyOf, startParagraph, testEditor, typeText } from '../../test/headless'
import { registerBlocks } from './index'

function editor(): LexicalEditor {
  const e = testEditor((ed) => [registerBlocks(ed)])
  startParagraph(e)
  return e
}

function enter(e: LexicalEditor): void {
  e.update(() => {
    e.dispatchCommand(KEY_ENTER_COMMAND, new KeyboardEvent('keydown', { key: 'Enter' }))
  }, { discrete: true })
}

function insert(e: LexicalEditor, kind: 'pull-quote' | 'qa' | 'timeline' | 'correction'): void {
  e.update(() => {
    e.dispatchCommand(INSERT_BLOCK_COMMAND, kind)
  }, { discrete: true })
}

function caretBlockType(e: LexicalEditor): string | undefined {
  return e.getEditorState().read(() => {
    const s = $getSelection()
    return $isRangeSelection(s) ? (s.anchor.getNode().getType() === 'text' ? s.anchor.getNode().getParent()?.getType() : s.anchor.getNode().getType()) : undefined
  })
}

function valid(e: LexicalEditor): void {
  const result = BodySchema.safeParse(bodyOf(e))
  expect(result.success, JSON.stringify(result.error?.issues?.[0])).toBe(true)
}

describe('structured blocks', () => {
  it('a pull quote: Enter goes from the quote to who said it, then out', async () => {
    const e = editor()
    insert(e, 'pull-quote')
    expect(caretBlockType(e)).toBe('pull-quote-text')
    await typeText(e, 'We kept our word')
    enter(e)
    expect(caretBlockType(e)).toBe('pull-quote-attribution')
    await typeText(e, 'Mayor')
    enter(e)
    expect(caretBlockType(e)).toBe('paragraph')
    expect(bodyOf(e).root.children.map((b) => b.type)).toEqual(['pull-quote', 'paragraph'])
    valid(e)
  })

  it('Q&A: Enter after an answer starts the next pair with the same speakers; Enter in an empty pair ends the interview', async () => {
    const e = editor()
    insert(e, 'qa')
    e.update(() => {
      const pair = $getRoot().getFirstChild() as unknown as { getChildren(): { setSpeaker(s: string): void }[] }
      pair.getChildren()[0]?.setSpeaker('Herald')
      pair.getChildren()[1]?.setSpeaker('Karimi')
    }, { discrete: true })
    await typeText(e, 'Why?')
    enter(e)
    await typeText(e, 'Because.')
    enter(e)
    expect(caretBlockType(e)).toBe('qa-question')
    expect(bodyOf(e).root.children[1]).toMatchObject({ type: 'qa-pair', children: [{ speaker: 'Herald' }, { speaker: 'Karimi' }] })
    enter(e)
    expect(bodyOf(e).root.children.map((b) => b.type)).toEqual(['qa-pair', 'paragraph'])
    expect(caretBlockType(e)).toBe('paragraph')
    valid(e)
  })

  it('a timeline: date, event, next entry; an empty entry ends it', async () => {
    const e = editor()
    insert(e, 'timeline')
    await typeText(e, '1975')
    enter(e)
    await typeText(e, 'Built')
    enter(e)
    await typeText(e, '2020')
    enter(e)
    await typeText(e, 'Flooded')
    enter(e)
    enter(e)
    const [timeline] = bodyOf(e).root.children
    expect(timeline).toMatchObject({ type: 'timeline', children: [{ children: [{ children: [{ text: '1975' }] }, { children: [{ text: 'Built' }] }] }, {}] })
    expect((timeline as { children: readonly unknown[] }).children).toHaveLength(2)
    valid(e)
  })

  it('boxes: title then paragraphs; an empty last paragraph leaves the box', async () => {
    const e = editor()
    insert(e, 'correction')
    expect(bodyOf(e).root.children[0]).toMatchObject({ type: 'fact-box', variant: 'correction', children: [{ type: 'fact-box-title', children: [{ text: 'Correction' }] }, { type: 'paragraph' }] })
    enter(e)
    await typeText(e, 'An earlier version misspelled a name.')
    enter(e)
    enter(e)
    expect(caretBlockType(e)).toBe('paragraph')
    expect(bodyOf(e).root.children.map((b) => b.type)).toEqual(['fact-box', 'paragraph'])
    valid(e)
  })

  it('repairs shapes paste or undo could break, and keeps links to http(s)/mailto', () => {
    const e = editor()
    e.update(() => {
      const root = $getRoot()
      root.clear()
      // A pull quote missing its attribution, an h1 and an h5, and a javascript: link.
      root.append($createPullQuoteNode().append($createPullQuoteTextNode().append($createTextNode('Alone'))))
      root.append($createHeadingNode('h1').append($createTextNode('Big')), $createHeadingNode('h5').append($createTextNode('Small')))
      root.append($createParagraphNode().append($createLinkNode('javascript:alert(1)').append($createTextNode('bad')), $createLinkNode('https://example.com').append($createTextNode('good'))))
      // A lone part outside its block.
      root.append($createPullQuoteTextNode().append($createTextNode('Stray')))
    }, { discrete: true })
    const blocks = bodyOf(e).root.children
    expect(blocks[0]).toMatchObject({ type: 'pull-quote', children: [{ type: 'pull-quote-text' }, { type: 'pull-quote-attribution' }] })
    expect(blocks.slice(1, 3)).toMatchObject([{ type: 'heading', tag: 'h2' }, { type: 'heading', tag: 'h3' }])
    expect(blocks[3]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: 'bad' }, { type: 'link', url: 'https://example.com', rel: 'noreferrer' }] })
    expect(blocks[4]).toMatchObject({ type: 'paragraph', children: [{ text: 'Stray' }] })
    valid(e)
  })
})

describe('inserting into an empty editor whose caret is on the root (regression: nothing was inserted)', () => {
  it('inserts the block', () => {
    const e = testEditor((ed) => [registerBlocks(ed)])
    e.update(() => {
      $getRoot().clear().append($createParagraphNode())
      $getRoot().select(0, 0)
    }, { discrete: true })
    insert(e, 'qa')
    expect(bodyOf(e).root.children.map((b) => b.type)).toEqual(['qa-pair', 'paragraph'])
    expect(caretBlockType(e)).toBe('qa-question')
  })
})
