// The checklist in a few words: the verdict over the list, the badge on the section's heading, and
// how many places still hold a template's placeholder text.
import type { Checklist } from '../../../../shared/templates/checklist'

export interface ChecklistSummary {
  readonly blockers: number
  readonly notes: number
  /** Places (top-level blocks) where placeholder text is left. */
  readonly placeholders: number
  /** `Ready for print.`, `3 things to fix before print.` */
  readonly verdict: string
  /** `Ready`, `3 to fix`. */
  readonly badge: string
  /** `Placeholder text is left in 4 places.`; '' when none is. */
  readonly placeholderText: string
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

export function checklistSummary(checklist: Checklist): ChecklistSummary {
  const blockers = checklist.items.filter((i) => i.severity === 'blocker').length
  const notes = checklist.items.length - blockers
  const placeholders = checklist.items.filter((i) => i.kind === 'placeholder').length
  const verdict =
    blockers > 0
      ? `${plural(blockers, 'thing', 'things')} to fix before print${notes > 0 ? `, and ${plural(notes, 'note', 'notes')}` : ''}.`
      : notes > 0
        ? `Ready for print, with ${plural(notes, 'note', 'notes')}.`
        : 'Ready for print.'
  return {
    blockers,
    notes,
    placeholders,
    verdict,
    badge: blockers > 0 ? `${blockers} to fix` : 'Ready',
    placeholderText: placeholders > 0 ? `Placeholder text is left in ${plural(placeholders, 'place', 'places')}.` : '',
  }
}
