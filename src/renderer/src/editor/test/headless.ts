// A headless Galley editor for unit tests: the same nodes, HTML rules and registrations as the app.
import { createHeadlessEditor } from '@lexical/headless'
import { registerHistory, createEmptyHistoryState } from '@lexical/history'
import { registerList } from '@lexical/list'
import { registerRichText } from '@lexical/rich-text'
import { mergeRegister } from '@lexical/utils'
import { $createParagraphNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical'
import type { BodyJSON } from '../../../../shared/article/body'
import { GALLEY_HTML_CONFIG } from '../htmlImport'
import { GALLEY_NODES } from '../nodes'

export function testEditor(register: (editor: LexicalEditor) => (() => void)[] = () => []): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [...GALLEY_NODES], html: GALLEY_HTML_CONFIG, onError: (e) => { throw e } })
  mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 0), registerList(editor), ...register(editor))
  return editor
}

/** Types `text` one character at a time, each its own update, letting follow-up updates run between keys. */
export async function typeText(editor: LexicalEditor, text: string): Promise<void> {
  for (const char of text) {
    editor.update(
      () => {
        const selection = $getSelection()
        if ($isRangeSelection(selection)) selection.insertText(char)
      },
      { discrete: true },
    )
    await settle()
  }
}

/** Lets updates scheduled by listeners (typography, Markdown shortcuts) commit. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

/** Empties the editor to one paragraph with the caret in it. */
export function startParagraph(editor: LexicalEditor): void {
  editor.update(
    () => {
      const paragraph = $createParagraphNode()
      $getRoot().clear().append(paragraph)
      paragraph.select()
    },
    { discrete: true },
  )
}

export function bodyOf(editor: LexicalEditor): BodyJSON {
  return editor.getEditorState().toJSON() as unknown as BodyJSON
}

export function textOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent())
}
