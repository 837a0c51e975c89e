// Type "/" at the start of a word for a menu of blocks; keep typing to filter, Enter to insert. The
// section blocks come from the template data, the article's template's suggestions first.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin'
import type { TextNode } from 'lexical'
import { useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { InsertEntryRow, InsertGroupHeading } from '../../InsertEntryView'
import { insertEntries, runInsertEntry, type InsertEntry } from '../../insertMenu'
import '../../insertMenu.css'
import { $removeSlashQuery } from './query'

export class SlashOption extends MenuOption {
  constructor(readonly entry: InsertEntry) {
    super(entry.key)
  }
}

export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext()
  const { platform, template } = useEditorEnvironment()
  const [query, setQuery] = useState<string | null>(null)
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0 })
  const suggested = template?.suggestedBlocks
  const options = useMemo(() => insertEntries({ suggested: suggested ?? [], query: query ?? '', styles: true }).map((e) => new SlashOption(e)), [suggested, query])

  const onSelect = (option: SlashOption, node: TextNode | null, close: () => void): void => {
    editor.update(() => {
      // Remove the "/query" that opened the menu, then act in the same update (one undo step).
      $removeSlashQuery(node)
      runInsertEntry(editor, option.entry)
    })
    close()
  }

  return (
    <LexicalTypeaheadMenuPlugin<SlashOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={trigger}
      options={options}
      anchorClassName="slash-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length
          ? createPortal(
              <div className="menu slash-menu" role="listbox" aria-label="Insert block" data-testid="slash-menu">
                {options.map((option, i) => {
                  const { entry } = option
                  return (
                    <div key={option.key} role="presentation">
                      <InsertGroupHeading entry={entry} previous={options[i - 1]?.entry} templateName={template?.name ?? null} />
                      <InsertEntryRow
                        option={option}
                        entry={entry}
                        active={selectedIndex === i}
                        platform={platform}
                        onHover={() => setHighlightedIndex(i)}
                        onChoose={() => selectOptionAndCleanUp(option)}
                      />
                    </div>
                  )
                })}
              </div>,
              anchor.current,
            )
          : null
      }
    />
  )
}
