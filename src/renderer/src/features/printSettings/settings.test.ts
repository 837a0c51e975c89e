import { describe, expect, it } from 'vitest'
import { defaultLayout, LayoutSchema } from '../../../../shared/article/layout'
import { copyfitOfKind, DEPTH_SETTING, MARGIN_SETTING, NUMBER_SETTINGS, PAGE_SIZE_OPTIONS, PAGES_SETTING, parseSetting, TOGGLES } from './settings'

describe('print settings', () => {
  it('never lets a setting take a value the file format refuses', () => {
    for (const [key, setting] of Object.entries(NUMBER_SETTINGS)) {
      for (const value of [setting.min, setting.max]) expect(LayoutSchema.safeParse({ ...defaultLayout, [key]: value }).success, `${key} = ${value}`).toBe(true)
      expect(LayoutSchema.safeParse({ ...defaultLayout, [key]: setting.max + 1 }).success, `${key} above its max`).toBe(false)
    }
    for (const value of [MARGIN_SETTING.min, MARGIN_SETTING.max]) expect(LayoutSchema.safeParse({ ...defaultLayout, marginsMm: { top: value, right: value, bottom: value, left: value } }).success).toBe(true)
    expect(LayoutSchema.safeParse({ ...defaultLayout, copyfit: { kind: 'depth', depthMm: DEPTH_SETTING.min } }).success).toBe(true)
    expect(LayoutSchema.safeParse({ ...defaultLayout, copyfit: { kind: 'pages', pages: PAGES_SETTING.min } }).success).toBe(true)
  })

  it('offers every layout setting of the format', () => {
    const offered = new Set<string>([...Object.keys(NUMBER_SETTINGS), ...Object.keys(TOGGLES), 'pageSize', 'orientation', 'marginsMm', 'bodyFont', 'headlineFont', 'masthead', 'copyfit'])
    expect([...Object.keys(defaultLayout)].filter((k) => !offered.has(k))).toEqual([])
    expect(PAGE_SIZE_OPTIONS.map((o) => o.value)).toEqual(['A4', 'A3', 'Letter', 'Legal', 'Tabloid', 'Berliner', 'Broadsheet', 'custom'])
  })

  it('takes a number only when it is one the setting allows, commas included', () => {
    expect(parseSetting('9,5', NUMBER_SETTINGS.bodySizePt)).toBe(9.5)
    expect(parseSetting(' 12 ', NUMBER_SETTINGS.leadingPt)).toBe(12)
    expect(parseSetting('', NUMBER_SETTINGS.leadingPt)).toBeNull()
    expect(parseSetting('3.5', NUMBER_SETTINGS.columns)).toBeNull()
    expect(parseSetting('7', NUMBER_SETTINGS.columns)).toBeNull()
    expect(parseSetting('6', NUMBER_SETTINGS.bleedMm)).toBeNull()
    expect(parseSetting('1e3', NUMBER_SETTINGS.headlineSizePt)).toBeNull()
    expect(parseSetting('-1', NUMBER_SETTINGS.gutterMm)).toBeNull()
  })

  it('starts a copyfit target from the page’s own depth', () => {
    expect(copyfitOfKind('depth', { kind: 'none' }, 261.4)).toEqual({ kind: 'depth', depthMm: 261 })
    expect(copyfitOfKind('pages', { kind: 'none' }, 261)).toEqual({ kind: 'pages', pages: 1 })
    const current = { kind: 'depth' as const, depthMm: 120 }
    expect(copyfitOfKind('depth', current, 261)).toBe(current)
    expect(copyfitOfKind('none', current, 261)).toEqual({ kind: 'none' })
  })
})
