// Type "/" at the start of a word for a menu of blocks; keep typing to filter, Enter to insert.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin'
import type { TextNode } from 'lexical'
import { useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import { ACTIONS, shortcutLabel, type Platform } from '../../../shortcuts'
import { runEditorAction, type EditorActionId } from '../../actions'
import { useEditorEnvironment } from '../../EditorEnvironment'

export class SlashOption extends MenuOption {
  constructor(
    readonly action: EditorActionId & keyof typeof ACTIONS,
    readonly keywords: readonly string[],
  ) {
    super(action)
  }
}

export const BLOCK_OPTIONS: readonly SlashOption[] = [
  new SlashOption('subhead', ['heading', 'h2', 'subhead', 'title']),
  new SlashOption('subhead3', ['heading', 'h3', 'minor']),
  new SlashOption('paragraph', ['text', 'paragraph', 'body']),
  new SlashOption('quote', ['quote', 'blockquote', 'citation']),
  new SlashOption('bulletList', ['list', 'bullet', 'ul']),
  new SlashOption('numberList', ['list', 'number', 'ordered', 'ol']),
  new SlashOption('insertPullQuote', ['pull', 'quote', 'callout']),
  new SlashOption('insertImage', ['image', 'photo', 'picture', 'figure']),
  new SlashOption('insertFactBox', ['fact', 'box', 'sidebar']),
  new SlashOption('insertBackground', ['background', 'box', 'context']),
  new SlashOption('insertCorrection', ['correction', 'box', 'erratum']),
  new SlashOption('insertEditorsNote', ['editor', 'note', 'box']),
  new SlashOption('insertQa', ['qa', 'q&a', 'interview', 'question', 'answer']),
  new SlashOption('insertTimeline', ['timeline', 'chronology', 'dates']),
  new SlashOption('insertSectionBreak', ['section', 'break', 'separator', '***']),
  new SlashOption('insertPageBreak', ['page', 'break']),
  new SlashOption('insertColumnBreak', ['column', 'break']),
]

/** One block in the slash menu or the insert palette: its name and its shortcut. */
export function BlockOptionRow({ option, active, platform, onHover, onChoose }: { option: SlashOption; active: boolean; platform: Platform; onHover: () => void; onChoose: () => void }) {
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
      <span className="menu-label">{ACTIONS[option.action].label}</span>
      <kbd>{shortcutLabel(option.action, platform)}</kbd>
    </div>
  )
}

/** The blocks whose name or keywords match what was typed after "/" (or in the insert palette). */
export function matchBlockOptions(query: string): SlashOption[] {
  const q = query.trim().toLowerCase()
  return BLOCK_OPTIONS.filter((o) => !q || ACTIONS[o.action].label.toLowerCase().includes(q) || o.keywords.some((k) => k.startsWith(q)))
}

export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext()
  const { platform } = useEditorEnvironment()
  const [query, setQuery] = useState<string | null>(null)
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 })
  const options = useMemo(() => matchBlockOptions(query ?? ''), [query])

  const onSelect = (option: SlashOption, node: TextNode | null, close: () => void): void => {
    editor.update(() => {
      // Remove the "/query" that opened the menu, then act in the same update (one undo step).
      node?.remove()
      runEditorAction(editor, option.action)
    })
    close()
  }

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={trigger}
      options={[...options]}
      anchorClassName="slash-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length
          ? createPortal(
              <div className="menu slash-menu" role="listbox" aria-label="Insert block" data-testid="slash-menu">
                {options.map((option, i) => (
                  <BlockOptionRow
                    key={option.key}
                    option={option}
                    active={selectedIndex === i}
                    platform={platform}
                    onHover={() => setHighlightedIndex(i)}
                    onChoose={() => selectOptionAndCleanUp(option)}
                  />
                ))}
              </div>,
              anchor.current,
            )
          : null
      }
    />
  )
}
