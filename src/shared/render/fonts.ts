// The fonts a printed page uses: static (not variable, not CFF) woff2 faces bundled in
// resources/fonts, split by script like @fontsource ships them, so a page embeds only what it needs.
import type { FontId } from '../article/layout'

export type FontSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext' | 'arabic'

export interface FontFaceSpec {
  /** CSS family name. */
  readonly family: string
  readonly weight: 400 | 600 | 700 | 900
  readonly style: 'normal' | 'italic'
  readonly subset: FontSubset
  /** File name in resources/fonts (the @fontsource name). */
  readonly file: string
  /** The npm package the file comes from (for scripts/copy-fonts.ts). */
  readonly source: string
}

const RANGES: Readonly<Record<FontSubset, string>> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  arabic: 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
}

export function unicodeRange(subset: FontSubset): string {
  return RANGES[subset]
}

export const FAMILIES = {
  serif: 'Source Serif 4',
  sans: 'Source Sans 3',
  naskh: 'Noto Naskh Arabic',
  vazir: 'Vazirmatn',
} as const

const LATIN_CYRILLIC: readonly FontSubset[] = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']

function faces(
  family: string,
  slug: string,
  source: string,
  subsets: readonly FontSubset[],
  variants: readonly (readonly [FontFaceSpec['weight'], FontFaceSpec['style']])[],
): FontFaceSpec[] {
  return variants.flatMap(([weight, style]) =>
    subsets.map((subset) => ({ family, weight, style, subset, file: `${slug}-${subset}-${weight}-${style}.woff2`, source })),
  )
}

export const FONT_FACES: readonly FontFaceSpec[] = [
  ...faces(FAMILIES.serif, 'source-serif-4', '@fontsource/source-serif-4', LATIN_CYRILLIC, [
    [400, 'normal'],
    [400, 'italic'],
    [600, 'normal'],
    [700, 'normal'],
    [700, 'italic'],
    [900, 'normal'],
  ]),
  ...faces(FAMILIES.sans, 'source-sans-3', '@fontsource/source-sans-3', LATIN_CYRILLIC, [
    [400, 'normal'],
    [400, 'italic'],
    [600, 'normal'],
    [700, 'normal'],
  ]),
  ...faces(FAMILIES.naskh, 'noto-naskh-arabic', '@fontsource/noto-naskh-arabic', ['arabic'], [
    [400, 'normal'],
    [700, 'normal'],
  ]),
  ...faces(FAMILIES.vazir, 'vazirmatn', '@fontsource/vazirmatn', ['arabic'], [
    [400, 'normal'],
    [700, 'normal'],
  ]),
]

/** The subsets a text needs: Latin always (digits, punctuation, page numbers), others by the characters present. */
export function subsetsForText(text: string): Set<FontSubset> {
  const found = new Set<FontSubset>(['latin'])
  if (/[\u0100-\u02ff\u1e00-\u1eff]/.test(text)) found.add('latin-ext')
  if (/[\u0400-\u045f\u0490\u0491\u04b0\u04b1]/.test(text)) found.add('cyrillic')
  if (/[\u0460-\u052f]/.test(text)) found.add('cyrillic-ext')
  if (/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/.test(text)) found.add('arabic')
  return found
}

/** `@font-face` rules for the faces of the given subsets; `urlFor` turns a file name into a URL (data: in print). */
export function fontFaceCss(subsets: ReadonlySet<FontSubset>, urlFor: (file: string) => string): string {
  return FONT_FACES.filter((f) => subsets.has(f.subset))
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:block;` +
        `src:url(${urlFor(f.file)}) format('woff2');unicode-range:${RANGES[f.subset]}}`,
    )
    .join('\n')
}

/**
 * CSS font stacks: the Latin/Cyrillic face first and Vazirmatn for Arabic script (first in RTL
 * articles). Noto Naskh Arabic is only the last resort for a letter Vazirmatn lacks: its cursive
 * attachment moves letters off the baseline, and PDF text extraction then tears words apart.
 */
export function fontStack(font: FontId, rtl: boolean): string {
  const latin = font === 'serif' ? FAMILIES.serif : FAMILIES.sans
  const order = rtl ? [FAMILIES.vazir, latin, FAMILIES.naskh] : [latin, FAMILIES.vazir, FAMILIES.naskh]
  return order.map((f) => `'${f}'`).join(',') + (font === 'serif' ? ',serif' : ',sans-serif')
}
