import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { body, factBox, image, list, paragraph, pullQuote, qaPair, sectionBreak, subhead, timeline } from './body'
import { createArticle, CURRENT_VERSION, parseArticle, serializeArticle, type Article } from './file'

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/articles')
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const KEY = 'a'.repeat(64)

function sample(): Article {
  return createArticle({
    id: '0b7f7b5e-4c1b-4f7e-9a57-0c0e1b8f7d11',
    now: new Date('2020-07-08T08:00:00.000Z'),
    meta: { headline: 'Bridge opens on time', editorInChief: 'Mariam Haidari', template: 'editorial', tags: ['city'] },
    body: body([
      paragraph('The bridge opened on Wednesday.'),
      subhead('What comes next'),
      list('bullet', ['Housing', 'Transport']),
      pullQuote('We kept our word.', 'The mayor'),
      factBox('In numbers', [paragraph('4 years, 120 million.')]),
      qaPair('Why now?', 'Because we promised.', { question: 'Q', answer: 'Mayor' }),
      timeline([{ date: '2016', event: 'Plan approved' }]),
      image(KEY, { caption: 'Opening day', credit: 'City Archive' }),
      sectionBreak(),
    ]),
    assets: { [KEY]: { mime: 'image/png', data: PNG_1PX } },
  })
}

describe('parseArticle / serializeArticle', () => {
  it('round-trips an article with every block type', () => {
    const article = sample()
    const text = serializeArticle(article)
    const parsed = parseArticle(text)
    expect(parsed.readOnly).toBeNull()
    expect(parsed.migratedFrom).toBeNull()
    expect(parsed.article).toEqual(article)
    expect(serializeArticle(parsed.article)).toBe(text)
  })

  it('writes pretty JSON with a stable key order', () => {
    const text = serializeArticle(sample())
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'version', 'id', 'meta', 'layout', 'body', 'assets'])
    expect(text.startsWith('{\n  "format": "galley.article",\n  "version": 1,\n')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('keeps unknown fields at every level', () => {
    const json = JSON.parse(serializeArticle(sample())) as Record<string, Record<string, unknown>>
    json['comments'] = { thread: [1, 2] } as never
    ;(json['meta'] as Record<string, unknown>)['wireId'] = 'AP-123'
    ;(json['layout'] as Record<string, unknown>)['futureOption'] = true
    const root = (json['body'] as { root: { children: Record<string, unknown>[] } }).root
    ;(root.children[0] as Record<string, unknown>)['reviewMark'] = 'ok'
    const text = JSON.stringify(json)
    const out = JSON.parse(serializeArticle(parseArticle(text).article)) as typeof json
    expect(out['comments']).toEqual({ thread: [1, 2] })
    expect(out['meta']?.['wireId']).toBe('AP-123')
    expect(out['layout']?.['futureOption']).toBe(true)
    expect((out['body'] as unknown as { root: { children: Record<string, unknown>[] } }).root.children[0]?.['reviewMark']).toBe('ok')
  })

  it('migrates the version 0 fixture', () => {
    const parsed = parseArticle(readFileSync(path.join(fixtures, 'v0-editorial.galley'), 'utf8'))
    expect(parsed.migratedFrom).toBe(0)
    expect(parsed.article.version).toBe(CURRENT_VERSION)
    expect(parsed.article.meta).toMatchObject({
      headline: 'A City That Keeps Its Promises',
      deck: 'The new bridge opened on time. Now the council must do the same with housing.',
      section: 'Opinion',
      date: '2020-07-08',
      status: 'ready',
      tags: ['city', 'housing'],
      direction: 'ltr',
    })
    expect(parsed.article['deskNote']).toBe('kept from the prototype: unknown fields must survive')
    expect(Object.values(parsed.article.assets)[0]?.mime).toBe('image/png')
    expect(parsed.article.layout.columns).toBeGreaterThan(0)
    expect(() => parseArticle(serializeArticle(parsed.article))).not.toThrow()
  })

  it('opens a file from a newer Galley read-only', () => {
    const json = JSON.parse(serializeArticle(sample())) as Record<string, unknown>
    json['version'] = CURRENT_VERSION + 3
    const parsed = parseArticle(JSON.stringify(json))
    expect(parsed.readOnly).toMatch(/newer version of Galley.*read-only/)
  })

  it.each([
    ['invalid JSON', '{"format": "galley.article", ', 'NOT_JSON'],
    ['truncated file', serializeArticle(sample()).slice(0, 400), 'NOT_JSON'],
    ['another JSON file', '{"name": "package", "version": "1.0.0"}', 'NOT_GALLEY'],
    ['an array', '[]', 'NOT_GALLEY'],
    ['no version', '{"format": "galley.article"}', 'FILE_INVALID'],
  ])('refuses %s with a clear error', (_name, text, code) => {
    expect(() => parseArticle(text)).toThrow(expect.objectContaining({ code }))
  })

  it('says which field is wrong', () => {
    const json = JSON.parse(serializeArticle(sample())) as { meta: Record<string, unknown> }
    json.meta['headline'] = 42
    try {
      parseArticle(JSON.stringify(json))
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({ code: 'FILE_INVALID', detail: 'meta › headline' })
      expect((error as Error).message).toMatch(/the field “meta › headline” is not valid/)
    }
  })

  it('refuses a custom field named like an object property instead of losing it silently', () => {
    // Found by the property test: a record quietly drops a "__proto__" key, so the field vanished on save.
    const json = JSON.parse(serializeArticle(sample())) as { meta: { fields: Record<string, string> } }
    const text = JSON.stringify(json).replace('"fields":{}', '"fields":{"__proto__":"x"}')
    expect(text).toContain('"__proto__"')
    expect(() => parseArticle(text)).toThrow(expect.objectContaining({ code: 'FILE_INVALID', detail: expect.stringMatching(/^meta › fields/) }))
  })

  it('refuses an unknown block type, naming where it is', () => {
    const json = JSON.parse(serializeArticle(sample())) as { body: { root: { children: unknown[] } } }
    json.body.root.children.splice(1, 0, { type: 'script', version: 1 })
    expect(() => parseArticle(JSON.stringify(json))).toThrow(expect.objectContaining({ code: 'FILE_INVALID', detail: 'body › root › children › 1 › type' }))
  })

  it('refuses images that are not what they claim', () => {
    const json = JSON.parse(serializeArticle(sample())) as { assets: Record<string, { mime: string; data: string }> }
    json.assets[KEY] = { mime: 'image/png', data: 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }
    expect(() => parseArticle(JSON.stringify(json))).toThrow(expect.objectContaining({ code: 'IMAGE_UNSUPPORTED' }))
    json.assets[KEY] = { mime: 'text/html' as 'image/png', data: PNG_1PX }
    expect(() => parseArticle(JSON.stringify(json))).toThrow(expect.objectContaining({ code: 'FILE_INVALID' }))
  })

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseArticle(`\uFEFF${serializeArticle(sample())}`).article.meta.headline).toBe('Bridge opens on time')
  })
})
