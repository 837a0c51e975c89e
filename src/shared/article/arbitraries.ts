// fast-check generators of valid articles for property and model-based tests: every body node type,
// unknown fields at every level, right-to-left and Cyrillic text, embedded images of every type.
// Only tests import this file.
import fc from 'fast-check'
import type { Asset, ImageMime } from './assets'
import { BOX_VARIANTS, SMALL_CAPS_STYLE, type BlockJSON, type BodyJSON, type InlineJSON, type ListJSON, type TextJSON } from './body'
import { CURRENT_VERSION, FILE_FORMAT, type Article } from './file'
import { LanguageSchema } from './languages'
import { defaultLayout, type Layout } from './layout'
import type { ArticleMeta } from './meta'

const SAMPLES = [
  'The bridge opened on Wednesday.',
  'پل روز چهارشنبه باز شد.',
  'د پل چارشنبه ورځ پرانیستل شو.',
  'Мост открыли в среду.',
  'Көпір сәрсенбі күні ашылды.',
  'می‌خواهم',
  'well-known — “quoted” 1,200',
]

/** Text of every kind: samples in four scripts, arbitrary Unicode (lone surrogates included), empty. */
export const textArb = (max = 60): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
    { weight: 2, arbitrary: fc.string({ maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: max }) },
  )

const jsonValueArb: fc.Arbitrary<unknown> = fc.json({ depthSize: 'small' }).map((s) => JSON.parse(s) as unknown)

/** Fields this version does not know: they must survive a round trip. */
const unknownFieldsArb = fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x-${k}`), jsonValueArb, { maxKeys: 2 }), { nil: undefined, freq: 3 })

function withUnknown<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(arb, unknownFieldsArb).map(([value, extra]) => (extra ? { ...extra, ...value } : value))
}

const elementArb = fc.record({
  direction: fc.constantFrom('ltr' as const, 'rtl' as const, null),
  format: fc.constantFrom('' as const, 'left' as const, 'center' as const, 'right' as const, 'justify' as const, 'start' as const, 'end' as const),
  indent: fc.integer({ min: 0, max: 3 }),
  version: fc.constant(1),
})

const textNodeArb: fc.Arbitrary<TextJSON> = withUnknown(
  fc.record({
    type: fc.constant('text' as const),
    text: textArb(),
    format: fc.integer({ min: 0, max: 2047 }),
    style: fc.constantFrom('', SMALL_CAPS_STYLE, 'color: #333'),
    mode: fc.constantFrom('normal' as const, 'token' as const, 'segmented' as const),
    detail: fc.integer({ min: 0, max: 3 }),
    version: fc.constant(1),
  }),
)
const leafArb = fc.oneof(
  { weight: 6, arbitrary: textNodeArb },
  { weight: 1, arbitrary: fc.constant({ type: 'linebreak' as const, version: 1 }) },
  { weight: 1, arbitrary: textNodeArb.map((t) => ({ ...t, type: 'tab' as const, text: '\t' })) },
)
const inlineArb: fc.Arbitrary<InlineJSON> = fc.oneof(
  { weight: 8, arbitrary: leafArb },
  {
    weight: 1,
    arbitrary: fc
      .record({ el: elementArb, url: fc.webUrl(), children: fc.array(leafArb, { maxLength: 3 }), title: fc.option(textArb(20), { nil: null }) })
      .map(({ el, url, children, title }) => ({ type: 'link' as const, ...el, url, rel: 'noreferrer', target: null, title, children })),
  },
)
const inlinesArb = fc.array(inlineArb, { maxLength: 4 })

const textBlock = <T extends string>(type: T) => withUnknown(fc.record({ el: elementArb, children: inlinesArb }).map(({ el, children }) => ({ type, ...el, children })))

const paragraphArb = withUnknown(
  fc.record({ el: elementArb, children: inlinesArb, textFormat: fc.integer({ min: 0, max: 3 }) }).map(({ el, children, textFormat }) => ({
    type: 'paragraph' as const,
    ...el,
    children,
    textFormat,
    textStyle: '',
  })),
)
const quoteArb = textBlock('quote')

const { list: listArb } = fc.letrec<{ list: ListJSON; item: ListJSON['children'][number] }>((tie) => ({
  list: fc
    .record({ el: elementArb, listType: fc.constantFrom('bullet' as const, 'number' as const), items: fc.array(tie('item'), { minLength: 1, maxLength: 3 }) })
    .map(({ el, listType, items }) => ({ type: 'list' as const, ...el, listType, start: 1, tag: listType === 'bullet' ? ('ul' as const) : ('ol' as const), children: items })),
  item: fc
    .record({
      el: elementArb,
      value: fc.integer({ min: 1, max: 50 }),
      inline: inlinesArb,
      nested: fc.option(tie('list'), { nil: undefined, depthSize: 'small', freq: 4 }),
    })
    .map(({ el, value, inline, nested }) => ({ type: 'listitem' as const, ...el, value, children: nested ? [...inline, nested as ListJSON] : inline })),
}))

const speakerBlock = <T extends string>(type: T) =>
  fc.record({ el: elementArb, speaker: textArb(20), children: inlinesArb }).map(({ el, speaker, children }) => ({ type, ...el, speaker, children }))

const blockArb = (assetKeys: readonly string[]): fc.Arbitrary<BlockJSON> => {
  const options: fc.Arbitrary<BlockJSON>[] = [
    paragraphArb,
    withUnknown(fc.record({ el: elementArb, tag: fc.constantFrom('h2' as const, 'h3' as const), children: inlinesArb }).map(({ el, tag, children }) => ({ type: 'heading' as const, ...el, tag, children }))),
    quoteArb,
    listArb,
    fc.record({ el: elementArb, text: textBlock('pull-quote-text'), by: textBlock('pull-quote-attribution') }).map(({ el, text, by }) => ({ type: 'pull-quote' as const, ...el, children: [text, by] as const })),
    fc
      .record({ el: elementArb, variant: fc.constantFrom(...BOX_VARIANTS), title: textBlock('fact-box-title'), content: fc.array(fc.oneof(paragraphArb, listArb, quoteArb), { maxLength: 3 }) })
      .map(({ el, variant, title, content }) => ({ type: 'fact-box' as const, ...el, variant, children: [title, ...content] as const })),
    fc.record({ el: elementArb, q: speakerBlock('qa-question'), a: speakerBlock('qa-answer') }).map(({ el, q, a }) => ({ type: 'qa-pair' as const, ...el, children: [q, a] as const })),
    fc
      .record({ el: elementArb, entries: fc.array(fc.record({ el: elementArb, date: textBlock('timeline-date'), event: textBlock('timeline-event') }), { maxLength: 3 }) })
      .map(({ el, entries }) => ({
        type: 'timeline' as const,
        ...el,
        children: entries.map((e) => ({ type: 'timeline-entry' as const, ...e.el, children: [e.date, e.event] as const })),
      })),
    withUnknown(fc.constant({ type: 'section-break' as const, version: 1 })),
    fc.constantFrom('column' as const, 'page' as const).map((kind) => ({ type: 'page-break' as const, version: 1, kind })),
  ]
  if (assetKeys.length > 0) {
    options.push(
      fc
        .record({ asset: fc.constantFrom(...assetKeys), altText: textArb(30), caption: textArb(30), credit: textArb(20), width: fc.constantFrom('column' as const, 'full' as const) })
        .map((f) => ({ type: 'image' as const, version: 1, ...f })),
    )
  }
  return fc.oneof(...options)
}

const HEADS: Record<ImageMime, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/gif': [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0x10, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
  'image/svg+xml': [...'<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'].map((c) => c.charCodeAt(0)),
}

function toBase64(bytes: readonly number[]): string {
  const B = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | (b << 8) | c
    out += B[(n >> 18) & 63] + (B[(n >> 12) & 63] as string)
    out += i + 1 < bytes.length ? B[(n >> 6) & 63] : '='
    out += i + 2 < bytes.length ? B[n & 63] : '='
  }
  return out
}

const assetArb: fc.Arbitrary<[string, Asset]> = fc
  .record({
    key: fc.stringMatching(/^[0-9a-f]{64}$/),
    mime: fc.constantFrom<ImageMime>('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'),
    tail: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }),
    name: fc.option(textArb(20), { nil: undefined }),
  })
  .map(({ key, mime, tail, name }) => [key, { mime, data: toBase64(mime === 'image/svg+xml' ? HEADS[mime] : [...HEADS[mime], ...tail]), ...(name !== undefined ? { name } : {}) }])

const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })

export const metaArb: fc.Arbitrary<ArticleMeta> = withUnknown(
  fc.record({
    template: fc.constantFrom('news', 'editorial', 'op-ed', 'interview', 'feature'),
    publication: textArb(),
    section: textArb(30),
    kicker: textArb(),
    headline: textArb(),
    deck: textArb(),
    byline: textArb(30),
    authorBio: textArb(),
    dateline: textArb(30),
    date: fc.oneof(fc.constant(''), isoDate.map((d) => d.toISOString().slice(0, 10))),
    editorInChief: textArb(30),
    language: fc.constantFrom(...LanguageSchema.options),
    direction: fc.constantFrom('ltr' as const, 'rtl' as const),
    status: fc.constantFrom('draft' as const, 'in-edit' as const, 'ready' as const, 'printed' as const),
    tags: fc.array(textArb(20), { maxLength: 4 }),
    target: fc.oneof(
      fc.constant(null),
      fc.record({ unit: fc.constant('words' as const), min: fc.integer({ min: 0, max: 900 }), max: fc.integer({ min: 900, max: 2000 }) }),
      fc.record({ unit: fc.constant('lines' as const), lines: fc.integer({ min: 1, max: 400 }) }),
    ),
    fields: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,9}$/), textArb(30), { maxKeys: 3 }),
    created: isoDate.map((d) => d.toISOString()),
    modified: isoDate.map((d) => d.toISOString()),
  }),
)

export const layoutArb: fc.Arbitrary<Layout> = withUnknown(
  fc.record({ columns: fc.integer({ min: 1, max: 6 }), justify: fc.boolean(), dropCap: fc.boolean() }).map((v) => ({ ...defaultLayout, ...v })),
)

export const bodyArb = (assetKeys: readonly string[] = []): fc.Arbitrary<BodyJSON> =>
  withUnknown(
    fc.record({ el: elementArb, children: fc.array(blockArb(assetKeys), { maxLength: 8 }) }).map(({ el, children }) => ({ root: { type: 'root' as const, ...el, children } })),
  )

export const articleArb: fc.Arbitrary<Article> = fc
  .record({ id: fc.uuid({ version: 4 }), assets: fc.array(assetArb, { maxLength: 3 }) })
  .chain(({ id, assets }) =>
    withUnknown(
      fc.record({
        format: fc.constant(FILE_FORMAT),
        version: fc.constant(CURRENT_VERSION),
        id: fc.constant(id),
        meta: metaArb,
        layout: layoutArb,
        body: bodyArb(assets.map(([k]) => k)),
        assets: fc.constant(Object.fromEntries(assets)),
      }),
    ),
  )
