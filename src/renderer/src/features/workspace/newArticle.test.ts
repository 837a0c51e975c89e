import { describe, expect, it } from 'vitest'
import { parseArticle, serializeArticle } from '../../../../shared/article/file'
import { defaultSettings } from '../../../../shared/ipc/settings'
import { builtInTemplate } from '../../../../shared/templates/builtins'
import { articleFromTemplate } from './newArticle'

describe('a new article from the picker', () => {
  const settings = { ...defaultSettings, publicationName: 'Kabul Evening Post', editorInChief: 'Farida Ahmadi', datelinePlace: 'Kabul' }
  const now = new Date(2020, 6, 8, 9, 0)

  it('takes the publication’s defaults, the template’s skeleton and the language chosen, and is a valid file', () => {
    const article = articleFromTemplate(builtInTemplate('news')!, settings, { language: 'fa-AF' }, now, '0b7e6f0e-3c1a-4d2b-9f5e-1a2b3c4d5e6f')
    expect(article.meta).toMatchObject({ template: 'news', language: 'fa-AF', direction: 'rtl', publication: 'Kabul Evening Post', date: '2020-07-08' })
    // The dateline is written in the article's language.
    expect(article.meta.dateline).toContain('KABUL')
    expect(article.meta.dateline).not.toContain('July')
    expect(article.body).toEqual(builtInTemplate('news')!.skeleton)
    expect(parseArticle(serializeArticle(article)).article).toEqual(article)
  })

  it('gives every article its own id', () => {
    const a = articleFromTemplate(builtInTemplate('brief')!, settings, { language: 'en' })
    const b = articleFromTemplate(builtInTemplate('brief')!, settings, { language: 'en' })
    expect(a.id).not.toBe(b.id)
  })
})
