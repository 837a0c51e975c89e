// Print layout of one article: page, columns, type, masthead, bleed. Defaults come from its template.
import { z } from 'zod'

export const PAGE_SIZES = {
  A4: { widthMm: 210, heightMm: 297, label: 'A4 (210 × 297 mm)' },
  A3: { widthMm: 297, heightMm: 420, label: 'A3 (297 × 420 mm)' },
  Letter: { widthMm: 215.9, heightMm: 279.4, label: 'Letter (8.5 × 11 in)' },
  Legal: { widthMm: 215.9, heightMm: 355.6, label: 'Legal (8.5 × 14 in)' },
  Tabloid: { widthMm: 279.4, heightMm: 431.8, label: 'Tabloid (11 × 17 in)' },
  Berliner: { widthMm: 315, heightMm: 470, label: 'Berliner (315 × 470 mm)' },
  Broadsheet: { widthMm: 597, heightMm: 749, label: 'Broadsheet (597 × 749 mm)' },
} as const
export type PresetPageSize = keyof typeof PAGE_SIZES
export const PageSizeSchema = z.enum(['A4', 'A3', 'Letter', 'Legal', 'Tabloid', 'Berliner', 'Broadsheet', 'custom'])
export type PageSize = z.infer<typeof PageSizeSchema>

export const FontIdSchema = z.enum(['serif', 'sans'])
export type FontId = z.infer<typeof FontIdSchema>

const mm = (max: number) => z.number().min(0).max(max)

export const MarginsSchema = z.looseObject({ top: mm(100), right: mm(100), bottom: mm(100), left: mm(100) })

export const CopyfitSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('none') }),
  /** The space on the page: the layout's columns, each `depthMm` deep. */
  z.looseObject({ kind: z.literal('depth'), depthMm: z.number().min(10).max(2000) }),
  z.looseObject({ kind: z.literal('pages'), pages: z.number().min(0.25).max(500) }),
])
export type Copyfit = z.infer<typeof CopyfitSchema>

export const LayoutSchema = z.looseObject({
  pageSize: PageSizeSchema,
  /** Used when pageSize is "custom". */
  customWidthMm: z.number().min(50).max(1500),
  customHeightMm: z.number().min(50).max(1500),
  orientation: z.enum(['portrait', 'landscape']),
  marginsMm: MarginsSchema,
  columns: z.number().int().min(1).max(6),
  gutterMm: mm(30),
  columnRule: z.boolean(),
  bodyFont: FontIdSchema,
  bodySizePt: z.number().min(6).max(24),
  leadingPt: z.number().min(6).max(40),
  headlineFont: FontIdSchema,
  headlineSizePt: z.number().min(10).max(160),
  justify: z.boolean(),
  hyphenate: z.boolean(),
  dropCap: z.boolean(),
  masthead: z.enum(['none', 'editorial', 'section']),
  runningHeader: z.boolean(),
  pageNumbers: z.boolean(),
  bleedMm: z.number().min(0).max(5),
  cropMarks: z.boolean(),
  grayscaleImages: z.boolean(),
  copyfit: CopyfitSchema,
})
export type Layout = z.infer<typeof LayoutSchema>

export const defaultLayout: Layout = {
  pageSize: 'A4',
  customWidthMm: 210,
  customHeightMm: 297,
  orientation: 'portrait',
  marginsMm: { top: 18, right: 15, bottom: 18, left: 15 },
  columns: 3,
  gutterMm: 5,
  columnRule: false,
  bodyFont: 'serif',
  bodySizePt: 9.5,
  leadingPt: 12,
  headlineFont: 'serif',
  headlineSizePt: 36,
  justify: true,
  hyphenate: true,
  dropCap: false,
  masthead: 'none',
  runningHeader: true,
  pageNumbers: true,
  bleedMm: 0,
  cropMarks: false,
  grayscaleImages: false,
  copyfit: { kind: 'none' },
}

/** Trim size in millimetres, orientation applied. */
export function trimSizeMm(layout: Pick<Layout, 'pageSize' | 'customWidthMm' | 'customHeightMm' | 'orientation'>): { widthMm: number; heightMm: number } {
  // Presets are portrait; a custom size is taken as given. Landscape swaps the two.
  const base = layout.pageSize === 'custom' ? { widthMm: layout.customWidthMm, heightMm: layout.customHeightMm } : PAGE_SIZES[layout.pageSize]
  return layout.orientation === 'landscape' ? { widthMm: base.heightMm, heightMm: base.widthMm } : { widthMm: base.widthMm, heightMm: base.heightMm }
}
