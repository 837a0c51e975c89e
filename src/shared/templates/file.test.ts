import { describe, expect, it } from 'vitest'
import { builtInTemplate } from './builtins'
import { parseTemplate, serializeTemplate, TEMPLATE_FILE_VERSION } from './file'

const news = builtInTemplate('news')!
const fileOf = (template: unknown, extra: Record<string, unknown> = {}): string => JSON.stringify({ format: 'galley.template', version: 1, template, ...extra })

describe('template files', () => {
  it('round-trip a template, pretty-printed and versioned', () => {
    const text = serializeTemplate(news)
    expect(JSON.parse(text)).toMatchObject({ format: 'galley.template', version: TEMPLATE_FILE_VERSION })
    expect(text).toContain('\n  "template": {')
    expect(parseTemplate(text)).toEqual(news)
    expect(parseTemplate(`\uFEFF${text}`)).toEqual(news)
  })

  it('keep fields a newer Galley added at the same version', () => {
    const parsed = parseTemplate(fileOf({ ...news, colour: 'blue' }))
    expect(parsed['colour']).toBe('blue')
  })

  it('refuse a newer version with a clear error', () => {
    expect(() => parseTemplate(JSON.stringify({ format: 'galley.template', version: 7, template: {} }))).toThrow(
      expect.objectContaining({
        code: 'TEMPLATE_TOO_NEW',
        message: 'This template was made by a newer version of Galley (template version 7; this Galley reads up to 1). Update Galley to use it.',
      }),
    )
  })

  it.each([
    ['not JSON', '{"format": "galley.template",', 'TEMPLATE_INVALID', /not valid JSON/],
    ['another format', '{"format": "something"}', 'NOT_A_TEMPLATE', /not a Galley template file/],
    ['an article', '{"format": "galley.article", "version": 1}', 'NOT_A_TEMPLATE', /This is a Galley article, not a template/],
    ['an array', '[]', 'NOT_A_TEMPLATE', /not a Galley template/],
    ['a missing version', '{"format": "galley.template", "template": {}}', 'TEMPLATE_INVALID', /version number/],
  ])('refuse %s', (_name, text, code, message) => {
    expect(() => parseTemplate(text)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }))
  })

  it.each([
    ['a missing name', { ...news, name: undefined }, 'template › name'],
    ['a field with an unknown token', { ...news, fields: [{ ...news.fields[1]!, default: '{weather}' }] }, 'template › fields › 0 › default'],
    ['a field twice', { ...news, fields: [news.fields[1]!, news.fields[1]!] }, 'template › fields › 1 › id'],
    ['no headline field', { ...news, fields: [news.fields[0]!] }, 'template › fields'],
    ['a skeleton with an unknown block', { ...news, skeleton: { root: { ...news.skeleton.root, children: [{ type: 'video' }] } } }, 'template › skeleton › root › children › 0 › type'],
    ['a layout value out of range', { ...news, layout: { columns: 40 } }, 'template › layout › columns'],
    ['a target with min above max', { ...news, target: { unit: 'words', min: 900, max: 400 } }, 'template › target'],
    ['a rating with a length limit', { ...news, fields: [...news.fields, { id: 'stars', label: 'Stars', hint: '', required: false, input: 'rating', limit: { unit: 'words', max: 3 }, default: '' }] }, 'template › fields › 6 › limit'],
  ])('refuse invalid content, naming the field: %s', (_name, template, where) => {
    let error: unknown
    try {
      parseTemplate(fileOf(template))
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'TEMPLATE_INVALID', detail: where, message: expect.stringContaining(`the field “${where}”`) })
    expect((error as Error).message).toMatch(/Nothing was changed\.$/)
  })
})
