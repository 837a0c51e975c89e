// Taking the writer to a place in the body the checklist names: the block scrolled into view and
// the caret in it, with its placeholder selected, or the image's caption or credit to fill in.
import { $createNodeSelection, $getRoot, $isDecoratorNode, $isElementNode, $setSelection, type LexicalEditor } from 'lexical'
import { ensureBlockDrawn } from './nodes/base/deferredBlocks'
import { $firstPlaceholderIn, $selectRun } from './placeholders'

export type JumpFocus = 'text' | 'caption' | 'credit'

const FIELD_LABELS: Readonly<Record<Exclude<JumpFocus, 'text'>, string>> = { caption: 'Caption', credit: 'Credit' }

export function jumpToBlock(editor: LexicalEditor, blockIndex: number, focus: JumpFocus = 'text'): void {
  let key: string | null = null
  editor.update(
    () => {
      const node = $getRoot().getChildAtIndex(blockIndex)
      if (!node) return
      key = node.getKey()
      const placeholder = $firstPlaceholderIn(node)
      if (placeholder) $selectRun(placeholder)
      else if ($isElementNode(node)) node.selectStart()
      else if ($isDecoratorNode(node)) {
        const selection = $createNodeSelection()
        selection.add(node.getKey())
        $setSelection(selection)
      }
    },
    {
      onUpdate: () => {
        const element = key ? editor.getElementByKey(key) : null
        if (!element) return
        ensureBlockDrawn(element)
        element.scrollIntoView({ block: 'center' })
        const field = focus === 'text' ? null : element.querySelector<HTMLElement>(`[aria-label="${FIELD_LABELS[focus]}"]`)
        if (field) field.focus()
        else editor.focus()
      },
    },
  )
}
