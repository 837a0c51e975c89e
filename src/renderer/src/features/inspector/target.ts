// Editing an article's target length: the unit and its numbers, kept within what the file accepts,
// and how far along the article is for the meter.
import type { Target } from '../../../../shared/article/meta'
import type { LengthStatus } from '../../../../shared/templates/checklist'

export type TargetUnit = 'none' | Target['unit']

const DEFAULTS: Readonly<Record<Target['unit'], Target>> = {
  words: { unit: 'words', min: 400, max: 900 },
  lines: { unit: 'lines', lines: 120 },
  pages: { unit: 'pages', pages: 1 },
}

/** The target after choosing a unit: the template's own when it uses that unit, else a usual one. */
export function targetForUnit(unit: TargetUnit, templateTarget: Target | null): Target | null {
  if (unit === 'none') return null
  return templateTarget?.unit === unit ? templateTarget : DEFAULTS[unit]
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n))

/** A number typed into one of the target's boxes, applied within the file's limits; unchanged when not a number. */
export function targetWithNumber(target: Target, key: 'min' | 'max' | 'lines' | 'pages', typed: string): Target {
  const n = Number(typed.replace(/[\s,]/g, ''))
  if (typed.trim() === '' || !Number.isFinite(n)) return target
  switch (target.unit) {
    case 'words':
      return key === 'min' || key === 'max' ? { ...target, [key]: clamp(Math.round(n), 0, 100_000) } : target
    case 'lines':
      return key === 'lines' ? { ...target, lines: clamp(Math.round(n), 1, 100_000) } : target
    case 'pages':
      return key === 'pages' ? { ...target, pages: clamp(Math.round(n * 10) / 10, 0.1, 500) } : target
  }
}

export interface Meter {
  /** How full the bar is, 0–1 (capped). */
  readonly fill: number
  /** Where the target's minimum sits on the bar, 0–1; null without one. */
  readonly minMark: number | null
  readonly state: LengthStatus['state']
}

/** The length meter under the target: the bar runs to the maximum (or the target in lines and pages). */
export function lengthMeter(length: LengthStatus): Meter {
  const { target, count, state } = length
  const top = target.unit === 'words' ? target.max : target.unit === 'lines' ? target.lines : target.pages
  const fill = count === null || top <= 0 ? 0 : Math.min(1, count / top)
  const minMark = target.unit === 'words' && target.min > 0 && target.max > 0 ? Math.min(1, target.min / target.max) : null
  return { fill, minMark, state }
}
