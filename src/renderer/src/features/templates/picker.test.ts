import { describe, expect, it } from 'vitest'
import type { TemplateEntry } from '../../../../shared/ipc/templates'
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../../shared/templates/builtins'
import { moveSelection, pickerGroups, pickerOrder, startLanguage } from './picker'

const builtIns: TemplateEntry[] = BUILT_IN_TEMPLATES.map((template) => ({ template, builtIn: true, path: null, modified: null }))
const diary: TemplateEntry = { template: { ...builtInTemplate('op-ed')!, id: 'custom-1', name: 'Kabul Diary', description: 'Thursday column', group: 'opinion' }, builtIn: false, path: '/lib/.galley/templates/custom-1.galley-template', modified: 1 }

describe('the template picker list', () => {
  it('groups templates in the schema’s order, custom ones under Your templates whatever their file says', () => {
    const groups = pickerGroups([...builtIns, diary])
    expect(groups.map((g) => g.label)).toEqual(['News', 'Opinion', 'Features', 'Short items', 'Your templates'])
    expect(groups.find((g) => g.group === 'news')!.entries.map((e) => e.template.id)).toEqual(['news', 'analysis'])
    expect(groups.at(-1)!.entries).toEqual([diary])
    // Every template is listed once.
    expect(pickerOrder(groups)).toHaveLength(builtIns.length + 1)
  })

  it('filters on name and description, any case, dropping empty groups', () => {
    expect(pickerOrder(pickerGroups([...builtIns, diary], 'THURSDAY')).map((e) => e.template.name)).toEqual(['Kabul Diary'])
    expect(pickerGroups(builtIns, 'star rating').map((g) => g.label)).toEqual(['Features'])
    expect(pickerGroups(builtIns, 'nothing like this')).toEqual([])
  })

  it('moves the selection with the arrows, wrapping, and recovers when the selected one is filtered away', () => {
    const order = pickerOrder(pickerGroups(builtIns))
    const first = order[0]!.template.id
    const last = order.at(-1)!.template.id
    expect(moveSelection(order, first, 1)).toBe(order[1]!.template.id)
    expect(moveSelection(order, first, -1)).toBe(last)
    expect(moveSelection(order, last, 1)).toBe(first)
    expect(moveSelection(order, 'gone', 1)).toBe(first)
    expect(moveSelection([], 'news', 1)).toBeNull()
  })

  it('starts in the template’s own language, else the newsroom’s', () => {
    expect(startLanguage(builtInTemplate('news')!, 'fa-AF')).toBe('fa-AF')
    expect(startLanguage({ ...builtInTemplate('news')!, language: 'ru' }, 'fa-AF')).toBe('ru')
  })
})
