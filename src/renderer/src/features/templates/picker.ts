// The template picker's list: templates grouped as the schema groups them (News, Opinion, Features,
// Short items, Your templates), filtered by what the writer types, in one order for the keyboard.
import type { Language } from '../../../../shared/article/languages'
import type { TemplateEntry } from '../../../../shared/ipc/templates'
import { TEMPLATE_GROUP_LABELS, TEMPLATE_GROUPS, type Template, type TemplateGroup } from '../../../../shared/templates/schema'

/** What the writer chooses in the picker besides the template. */
export interface NewArticleOptions {
  /** The article's language. */
  readonly language: Language
}

export interface PickerGroup {
  readonly group: TemplateGroup
  readonly label: string
  readonly entries: readonly TemplateEntry[]
}

/** Custom templates keep the group they were saved with only in their file; the picker lists them as yours. */
const groupOf = (entry: TemplateEntry): TemplateGroup => (entry.builtIn ? entry.template.group : 'custom')

/** Non-empty groups in the schema's order; entries keep the list's order (built-ins first, then custom by name). */
export function pickerGroups(entries: readonly TemplateEntry[], query = ''): PickerGroup[] {
  const needle = query.trim().toLocaleLowerCase()
  const shown = needle === '' ? entries : entries.filter((e) => `${e.template.name}\n${e.template.description}`.toLocaleLowerCase().includes(needle))
  return TEMPLATE_GROUPS.map((group) => ({ group, label: TEMPLATE_GROUP_LABELS[group], entries: shown.filter((e) => groupOf(e) === group) })).filter((g) => g.entries.length > 0)
}

/** The entries in the order the arrow keys walk them. */
export function pickerOrder(groups: readonly PickerGroup[]): TemplateEntry[] {
  return groups.flatMap((g) => g.entries)
}

/** The id the selection moves to with an arrow key (wrapping), or the first when `current` is gone. */
export function moveSelection(order: readonly TemplateEntry[], current: string | null, step: number): string | null {
  if (order.length === 0) return null
  const at = order.findIndex((e) => e.template.id === current)
  if (at < 0) return order[0]!.template.id
  return order[(at + step + order.length) % order.length]!.template.id
}

/** The language a new article from `template` starts in: the template's own, else the newsroom's. */
export function startLanguage(template: Template, defaultLanguage: Language): Language {
  return template.language ?? defaultLanguage
}
