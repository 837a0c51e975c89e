// The inspector's print settings as data: every layout setting with its label, unit and limits
// (the limits are those of the file format's LayoutSchema, so nothing typed here can make an
// article that does not open again).
import { PAGE_SIZES, type Copyfit, type Layout, type PageSize } from '../../../../shared/article/layout'

export interface NumberSetting {
  readonly kind: 'number'
  readonly label: string
  readonly unit: 'mm' | 'pt' | ''
  readonly min: number
  readonly max: number
  readonly step: number
  readonly integer?: boolean
}

export type NumericKey = 'customWidthMm' | 'customHeightMm' | 'gutterMm' | 'bodySizePt' | 'leadingPt' | 'headlineSizePt' | 'bleedMm' | 'columns'
export type MarginSide = keyof Layout['marginsMm']

export const NUMBER_SETTINGS: Readonly<Record<NumericKey, NumberSetting>> = {
  customWidthMm: { kind: 'number', label: 'Width', unit: 'mm', min: 50, max: 1500, step: 1 },
  customHeightMm: { kind: 'number', label: 'Height', unit: 'mm', min: 50, max: 1500, step: 1 },
  columns: { kind: 'number', label: 'Columns', unit: '', min: 1, max: 6, step: 1, integer: true },
  gutterMm: { kind: 'number', label: 'Gutter', unit: 'mm', min: 0, max: 30, step: 0.5 },
  bodySizePt: { kind: 'number', label: 'Size', unit: 'pt', min: 6, max: 24, step: 0.5 },
  leadingPt: { kind: 'number', label: 'Leading', unit: 'pt', min: 6, max: 40, step: 0.5 },
  headlineSizePt: { kind: 'number', label: 'Size', unit: 'pt', min: 10, max: 160, step: 1 },
  bleedMm: { kind: 'number', label: 'Bleed', unit: 'mm', min: 0, max: 5, step: 0.5 },
}

export const MARGIN_SETTING: NumberSetting = { kind: 'number', label: 'Margin', unit: 'mm', min: 0, max: 100, step: 1 }
export const MARGIN_LABELS: Readonly<Record<MarginSide, string>> = { top: 'Top', bottom: 'Bottom', left: 'Left', right: 'Right' }

export const DEPTH_SETTING: NumberSetting = { kind: 'number', label: 'Column depth', unit: 'mm', min: 10, max: 2000, step: 1 }
export const PAGES_SETTING: NumberSetting = { kind: 'number', label: 'Pages', unit: '', min: 0.25, max: 500, step: 0.25 }

export const PAGE_SIZE_OPTIONS: readonly { value: PageSize; label: string }[] = [
  ...(Object.keys(PAGE_SIZES) as (keyof typeof PAGE_SIZES)[]).map((k) => ({ value: k, label: PAGE_SIZES[k].label })),
  { value: 'custom', label: 'Custom size…' },
]

export const FONT_OPTIONS = [
  { value: 'serif', label: 'Serif (Source Serif 4)' },
  { value: 'sans', label: 'Sans (Source Sans 3)' },
] as const

// Short labels fit the inspector's narrow select; the option's tooltip says what prints.
export const MASTHEAD_OPTIONS = [
  { value: 'none', label: 'None', detail: 'Nothing above the article' },
  { value: 'editorial', label: 'Editorial (editor, date)', detail: 'The publication’s nameplate, “Editor in Chief:” and the long date' },
  { value: 'section', label: 'Section (section, date)', detail: 'The section’s name as a flag, with the publication and the date' },
] as const

export type CopyfitKind = Copyfit['kind']
export const COPYFIT_OPTIONS: readonly { value: CopyfitKind; label: string }[] = [
  { value: 'none', label: 'No target' },
  { value: 'depth', label: 'Columns × depth' },
  { value: 'pages', label: 'Pages' },
]

/** On/off settings, by group. */
export const TOGGLES = {
  columnRule: 'Rule between columns',
  justify: 'Justified',
  hyphenate: 'Hyphenation',
  dropCap: 'Drop cap',
  runningHeader: 'Running header',
  pageNumbers: 'Page numbers',
  cropMarks: 'Crop marks',
  grayscaleImages: 'Grayscale images',
} as const satisfies Partial<Record<keyof Layout, string>>

/**
 * A number typed into a setting, or null while it is not one the setting takes (empty, out of
 * range): the field keeps what was typed and the article keeps its last good value.
 */
export function parseSetting(text: string, setting: NumberSetting): number | null {
  const normalized = text.trim().replace(',', '.')
  if (normalized === '' || !/^-?\d*\.?\d+$/.test(normalized)) return null
  const value = Number(normalized)
  if (!Number.isFinite(value) || value < setting.min || value > setting.max) return null
  if (setting.integer && !Number.isInteger(value)) return null
  return value
}

/** A new copyfit target of `kind`, starting from a sensible space for the layout. */
export function copyfitOfKind(kind: CopyfitKind, current: Copyfit, contentDepthMm: number): Copyfit {
  if (kind === current.kind) return current
  switch (kind) {
    case 'none':
      return { kind: 'none' }
    case 'depth':
      return { kind: 'depth', depthMm: Math.max(DEPTH_SETTING.min, Math.min(DEPTH_SETTING.max, Math.round(contentDepthMm))) }
    case 'pages':
      return { kind: 'pages', pages: 1 }
  }
}
