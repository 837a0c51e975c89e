// How an insert-menu entry reads, in the toolbar's Insert menu and the slash menu alike: its group's
// heading where a group starts, then label, hint and shortcut.
import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin'
import { shortcutLabel, type Platform } from '../shortcuts'
import { INSERT_GROUP_LABELS, type InsertEntry } from './insertMenu'

/** The group heading before `entry` when it starts a group (after `previous`); null inside a group. */
export function InsertGroupHeading({ entry, previous, templateName }: { readonly entry: InsertEntry; readonly previous: InsertEntry | undefined; readonly templateName: string | null }) {
  if (entry.group === previous?.group) return null
  return (
    <div className="section-title menu-group" role="presentation">
      {entry.group === 'suggested' && templateName ? `Suggested for ${templateName}` : INSERT_GROUP_LABELS[entry.group]}
    </div>
  )
}

/** One entry as a choosable row of a list box (the slash menu, the insert palette). */
export function InsertEntryRow({
  option,
  entry,
  active,
  platform,
  onHover,
  onChoose,
}: {
  readonly option: MenuOption
  readonly entry: InsertEntry
  readonly active: boolean
  readonly platform: Platform
  readonly onHover: () => void
  readonly onChoose: () => void
}) {
  return (
    <div
      ref={(el) => option.setRefElement(el)}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      className={`menu-item${active ? ' is-active' : ''}`}
      onMouseEnter={onHover}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
    >
      <InsertEntryContent entry={entry} platform={platform} />
    </div>
  )
}

export function InsertEntryContent({ entry, platform }: { readonly entry: InsertEntry; readonly platform: Platform }) {
  const keys = entry.shortcut ? shortcutLabel(entry.shortcut, platform) : ''
  return (
    <>
      <span className="menu-label">{entry.label}</span>
      <span className="menu-hint">{entry.hint}</span>
      {keys && <kbd>{keys}</kbd>}
    </>
  )
}
