import { describe, expect, it } from 'vitest'
import { insertMenu, SECTION_BLOCKS } from '../../../shared/templates/blocks'
import { builtInTemplate } from '../../../shared/templates/builtins'
import { insertEntries } from './insertMenu'

describe('the insert menus', () => {
  it('lists the template’s suggested blocks first, then the other section blocks, then images and breaks', () => {
    const suggested = builtInTemplate('news')!.suggestedBlocks
    const entries = insertEntries({ suggested })
    expect(entries.filter((e) => e.target.kind === 'section').map((e) => e.label)).toEqual(insertMenu(suggested).map((b) => b.label))
    expect(entries.map((e) => e.group)).toEqual([...suggested.map(() => 'suggested'), ...Array(SECTION_BLOCKS.length - suggested.length).fill('sections'), 'media', 'media', 'media', 'media'])
    expect(entries.slice(-4).map((e) => e.label)).toEqual(['Image…', 'Section break', 'Page break', 'Column break'])
  })

  it('with no template, has no suggestions; the slash menu adds the paragraph styles after them', () => {
    expect(insertEntries({}).some((e) => e.group === 'suggested')).toBe(false)
    const slash = insertEntries({ suggested: ['pull-quote'], styles: true })
    expect(slash.map((e) => e.group).indexOf('styles')).toBe(1)
    expect(slash[0]).toMatchObject({ label: 'Pull quote', target: { kind: 'section', id: 'pull-quote' }, shortcut: 'insertPullQuote' })
  })

  it('filters every group by what was typed', () => {
    expect(insertEntries({ query: 'break', styles: true }).map((e) => e.label)).toEqual(['Subhead and section', 'Section break', 'Page break', 'Column break'])
    expect(insertEntries({ query: 'chrono', styles: true }).map((e) => e.label)).toEqual(['Timeline'])
    expect(insertEntries({ query: 'h2', styles: true }).map((e) => e.label)).toEqual(['Subhead'])
    expect(insertEntries({ query: 'zzz', styles: true })).toEqual([])
  })

  it('names the shortcut of the blocks the Insert menu has a command for', () => {
    const byId = Object.fromEntries(insertEntries({}).map((e) => [e.key, e.shortcut]))
    expect(byId['section:fact-box']).toBe('insertFactBox')
    expect(byId['section:qa-pair']).toBe('insertQa')
    expect(byId['section:section']).toBeNull()
  })
})
