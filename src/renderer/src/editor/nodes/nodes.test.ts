import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html'
import { createHeadlessEditor } from '@lexical/headless'
import { $getRoot, $insertNodes, type LexicalEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import {
  body,
  BodySchema,
  factBox,
  image,
  link,
  list,
  pageBreak,
  paragraph,
  pullQuote,
  qaPair,
  quote,
  sectionBreak,
  SMALL_CAPS_STYLE,
  subhead,
  TEXT_FORMAT,
  textNode,
  timeline,
  type BlockJSON,
  type BodyJSON,
} from '../../../../shared/article/body'
import { registerAssetResolver } from '../assetRegistry'
import { GALLEY_HTML_CONFIG } from '../htmlImport'
import { GALLEY_NODES } from './index'

const KEY = 'a'.repeat(64)

function editor(): LexicalEditor {
  const e = createHeadlessEditor({ nodes: [...GALLEY_NODES], html: GALLEY_HTML_CONFIG, onError: (error) => { throw error } })
  registerAssetResolver(e, (key) => (key === KEY ? 'data:image/png;base64,iVBORw0KGgo=' : null))
  return e
}

function load(json: BodyJSON): LexicalEditor {
  const e = editor()
  e.setEditorState(e.parseEditorState(JSON.stringify(json)))
  return e
}

const SAMPLES: Record<string, BlockJSON> = {
  paragraph: paragraph([textNode('Plain '), textNode('bold', TEXT_FORMAT.bold), textNode(' and '), textNode('small caps', 0, SMALL_CAPS_STYLE)]),
  'paragraph (rtl, centred)': { ...paragraph('سلام دنیا', 'rtl'), format: 'center' },
  'subhead h2': subhead('The first subhead'),
  'subhead h3': subhead('A minor subhead', 3),
  quote: quote('To be or not to be'),
  'bulleted list': list('bullet', ['one', 'two']),
  'numbered list': list('number', ['first', 'second', 'third']),
  link: paragraph([textNode('See '), link('https://example.com/a', 'the report'), textNode('.')]),
  'pull quote': pullQuote('We will rebuild the bridge', 'Mayor Ahmadi'),
  'pull quote without attribution': pullQuote('Words alone'),
  'fact box': factBox('Key figures', [paragraph('Population: 4.6 million'), list('bullet', ['a', 'b'])]),
  'background box': factBox('Background', [paragraph('The dam was built in 1975.')], 'background'),
  correction: factBox('Correction', [paragraph('An earlier version misspelled a name.')], 'correction'),
  "editor's note": factBox('Editor’s note', [quote('Quoted note')], 'editors-note'),
  'Q&A pair': qaPair('What happened?', 'The river rose overnight.', { question: 'Herald', answer: 'Karimi' }),
  'Q&A pair without speakers': qaPair('Why?', 'Because.'),
  timeline: timeline([
    { date: '1975', event: 'Dam built' },
    { date: 'July 8', event: 'Flood' },
  ]),
  'image (column)': image(KEY, { caption: 'The bridge at dawn', credit: 'Photo: A. Noori', altText: 'A bridge', width: 'column' }),
  'image (full)': image(KEY, { width: 'full' }),
  'section break': sectionBreak(),
  'page break': pageBreak('page'),
  'column break': pageBreak('column'),
}

describe('every node round-trips its JSON, which BodySchema accepts', () => {
  for (const [name, block] of Object.entries(SAMPLES)) {
    it(name, () => {
      const input = body([block])
      const out = load(input).getEditorState().toJSON() as unknown as BodyJSON
      expect(BodySchema.safeParse(out).success).toBe(true)
      expect(out).toEqual(input)
    })
  }
})

describe('every node round-trips through its HTML (exportDOM -> importDOM)', () => {
  for (const [name, block] of Object.entries(SAMPLES)) {
    it(name, () => {
      const input = body([block])
      const source = load(input)
      const html = source.getEditorState().read(() => $generateHtmlFromNodes(source, null))
      const target = editor()
      target.update(
        () => {
          const dom = new DOMParser().parseFromString(html, 'text/html')
          $getRoot().clear().select()
          $insertNodes($generateNodesFromDOM(target, dom))
        },
        { discrete: true },
      )
      const out = target.getEditorState().toJSON() as unknown as BodyJSON
      expect(BodySchema.safeParse(out).success).toBe(true)
      expect(out.root.children).toEqual(input.root.children)
    })
  }
})
