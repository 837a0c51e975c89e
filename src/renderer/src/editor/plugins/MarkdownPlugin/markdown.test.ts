import { describe, expect, it } from 'vitest'
import { BodySchema, TEXT_FORMAT } from '../../../../../shared/article/body'
import { bodyOf, startParagraph, testEditor, typeText } from '../../test/headless'
import { registerGalleyMarkdown } from './index'

async function typedBlocks(text: string) {
  const editor = testEditor((e) => [registerGalleyMarkdown(e)])
  startParagraph(editor)
  await typeText(editor, text)
  const body = bodyOf(editor)
  expect(BodySchema.safeParse(body).success).toBe(true)
  return body.root.children
}

describe('Markdown shortcuts', () => {
  it('"## " makes a subhead, "### " a minor one', async () => {
    expect(await typedBlocks('## Flood')).toMatchObject([{ type: 'heading', tag: 'h2', children: [{ text: 'Flood' }] }])
    expect(await typedBlocks('### Aftermath')).toMatchObject([{ type: 'heading', tag: 'h3', children: [{ text: 'Aftermath' }] }])
  })

  it('"> " makes a block quote', async () => {
    expect(await typedBlocks('> Said')).toMatchObject([{ type: 'quote', children: [{ text: 'Said' }] }])
  })

  it('"- " and "1. " make lists', async () => {
    expect(await typedBlocks('- one')).toMatchObject([{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ text: 'one' }] }] }])
    expect(await typedBlocks('1. first')).toMatchObject([{ type: 'list', listType: 'number' }])
  })

  it('"--- " makes a section break', async () => {
    const blocks = await typedBlocks('--- ')
    expect(blocks[0]).toMatchObject({ type: 'section-break' })
    expect(blocks[1]).toMatchObject({ type: 'paragraph' })
  })

  it('**bold** and *italic*', async () => {
    const [p] = await typedBlocks('a **strong** and *soft* word')
    const children = (p as unknown as { children: { text: string; format: number }[] }).children
    expect(children.find((c) => c.text === 'strong')?.format).toBe(TEXT_FORMAT.bold)
    expect(children.find((c) => c.text === 'soft')?.format).toBe(TEXT_FORMAT.italic)
  })
})
