// --page-size, --columns, --bleed, --crop-marks: changes to the print layout for one export.
import { PAGE_SIZES, type Layout, type PresetPageSize } from '../../shared/article/layout'
import { UsageError } from '../context'

export interface LayoutFlags {
  readonly 'page-size'?: string | undefined
  readonly columns?: string | undefined
  readonly bleed?: string | undefined
  readonly 'crop-marks'?: boolean | undefined
}

export function layoutFromFlags(flags: LayoutFlags): Partial<Layout> {
  const out: Record<string, unknown> = {}
  const size = flags['page-size']
  if (size !== undefined) {
    const preset = (Object.keys(PAGE_SIZES) as PresetPageSize[]).find((k) => k.toLowerCase() === size.toLowerCase())
    const custom = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm$/i.exec(size)
    if (preset) out['pageSize'] = preset
    else if (custom && Number(custom[1]) >= 50 && Number(custom[1]) <= 1500 && Number(custom[2]) >= 50 && Number(custom[2]) <= 1500) {
      out['pageSize'] = 'custom'
      out['customWidthMm'] = Number(custom[1])
      out['customHeightMm'] = Number(custom[2])
      out['orientation'] = 'portrait'
    } else throw new UsageError(`--page-size takes ${Object.keys(PAGE_SIZES).join(', ')} or WIDTHxHEIGHTmm (50–1500 mm), not “${size}”`, 'export')
  }
  if (flags.columns !== undefined) {
    const n = Number(flags.columns)
    if (!Number.isInteger(n) || n < 1 || n > 6) throw new UsageError('--columns takes a whole number from 1 to 6', 'export')
    out['columns'] = n
  }
  if (flags.bleed !== undefined) {
    const mm = Number(flags.bleed.replace(/mm$/i, ''))
    if (!Number.isFinite(mm) || mm < 0 || mm > 5) throw new UsageError('--bleed takes millimetres from 0 to 5', 'export')
    out['bleedMm'] = mm
  }
  if (flags['crop-marks']) out['cropMarks'] = true
  return out as Partial<Layout>
}
