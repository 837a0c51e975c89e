// Placeholder text in the editor: the template's instructions ("Opening: state the issue…") carried
// as Lexical NodeState on text nodes (see src/shared/templates/placeholders.ts). Here they are read,
// kept honest as the writer types, selected whole so one keystroke replaces them, and marked in the
// DOM so the theme can grey them out.
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  $setState,
  COMMAND_PRIORITY_CRITICAL,
  createState,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  TextNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import { mergeRegister } from '@lexical/utils'
import { PLACEHOLDER_STATE_KEY } from '../../../shared/templates/placeholders'

/** The text a node was created with while it is a placeholder; '' for copy. */
export const placeholderState = createState(PLACEHOLDER_STATE_KEY, { parse: (value) => (typeof value === 'string' ? value : '') })

export const PLACEHOLDER_CLASS = 'is-placeholder'

export function $markerOf(node: LexicalNode | null | undefined): string {
  return $isTextNode(node) ? $getState(node, placeholderState) : ''
}

/** The consecutive sibling text nodes carrying the same marker as `node` (formatting splits a placeholder). */
export function $runOf(node: TextNode): TextNode[] {
  const marker = $markerOf(node)
  if (marker === '') return [node]
  const run: TextNode[] = [node]
  for (let n = node.getPreviousSibling(); $isTextNode(n) && $markerOf(n) === marker; n = n.getPreviousSibling()) run.unshift(n)
  for (let n = node.getNextSibling(); $isTextNode(n) && $markerOf(n) === marker; n = n.getNextSibling()) run.push(n)
  return run
}

/** The placeholder run `node` belongs to while it still shows its instruction; null otherwise. */
export function $livePlaceholderAt(node: LexicalNode | null | undefined): TextNode[] | null {
  if (!$isTextNode(node)) return null
  const marker = $markerOf(node)
  if (marker === '') return null
  const run = $runOf(node)
  return run.map((n) => n.getTextContent()).join('').includes(marker) ? run : null
}

/** Selects a whole run, so typing, pasting or deleting replaces it. */
export function $selectRun(run: readonly TextNode[]): void {
  const first = run[0]
  const last = run[run.length - 1]
  if (!first || !last) return
  const selection = $createRangeSelection()
  selection.anchor.set(first.getKey(), 0, 'text')
  selection.focus.set(last.getKey(), last.getTextContentSize(), 'text')
  $setSelection(selection)
}

/** The first live placeholder inside `node` (depth first), or null. */
export function $firstPlaceholderIn(node: LexicalNode): TextNode[] | null {
  if ($isTextNode(node)) return $livePlaceholderAt(node)
  if (!$isElementNode(node)) return null
  for (const child of node.getChildren()) {
    const found = $firstPlaceholderIn(child)
    if (found) return found
  }
  return null
}

/** The live placeholder run the collapsed caret is in (at its edges included), or null. */
function $caretPlaceholder(): TextNode[] | null {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null
  return $livePlaceholderAt(selection.anchor.getNode())
}

/**
 * Keeps markers true to the text: a run whose instruction was typed over, or partly deleted, is copy
 * now and loses its marker; words typed beside an untouched instruction are split off as copy.
 */
export function $checkPlaceholder(node: TextNode): void {
  const marker = $markerOf(node)
  if (marker === '') return
  const run = $runOf(node)
  const text = run.map((n) => n.getTextContent()).join('')
  const at = text.indexOf(marker)
  if (at < 0) {
    for (const n of run) $setState(n, placeholderState, '')
    return
  }
  if (run.length !== 1 || text === marker) return
  const offsets = [at, at + marker.length].filter((o) => o > 0 && o < text.length)
  // A part set to '' (rather than left without state) is never merged back into the placeholder.
  for (const part of node.splitText(...offsets)) if (part.getTextContent() !== marker) $setState(part, placeholderState, '')
}

/** A key that puts text in or takes it out: not a shortcut (Ctrl+Alt is AltGr on Windows, which types). */
const isTyping = (event: KeyboardEvent): boolean =>
  !event.metaKey &&
  (!event.ctrlKey || event.altKey) &&
  !event.isComposing &&
  ([...event.key].length === 1 || event.key === 'Backspace' || event.key === 'Delete')

/**
 * The editor's placeholder behaviour, without the DOM: markers kept true, and a key that types,
 * deletes or pastes at a placeholder acts on the whole of it (as a content control in a word
 * processor does), wherever the caret is in it.
 */
export function registerPlaceholders(editor: LexicalEditor): () => void {
  const takeWhole = (): false => {
    const run = $caretPlaceholder()
    if (run) $selectRun(run)
    return false
  }
  return mergeRegister(
    editor.registerNodeTransform(TextNode, $checkPlaceholder),
    editor.registerCommand(KEY_DOWN_COMMAND, (event) => (isTyping(event) ? takeWhole() : false), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(PASTE_COMMAND, takeWhole, COMMAND_PRIORITY_CRITICAL),
  )
}

/** Marks placeholder text in the DOM (`is-placeholder`) as it is created and changed. */
export function registerPlaceholderMarks(editor: LexicalEditor): () => void {
  return editor.registerMutationListener(
    TextNode,
    (mutations) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') continue
          const dom = editor.getElementByKey(key)
          const node = $getNodeByKey(key)
          if (dom && node) dom.classList.toggle(PLACEHOLDER_CLASS, $markerOf(node) !== '')
        }
      })
    },
    { skipInitialization: false },
  )
}

/** A click into a placeholder selects all of it: the instruction is there to be replaced. */
export function selectPlaceholderOnClick(editor: LexicalEditor, event: MouseEvent): void {
  if (event.detail !== 1 || event.shiftKey || event.button !== 0 || !editor.isEditable()) return
  const domSelection = window.getSelection()
  if (!domSelection?.isCollapsed || !domSelection.anchorNode) return
  const anchor = domSelection.anchorNode
  editor.update(() => {
    const run = $livePlaceholderAt($getNearestNodeFromDOMNode(anchor))
    if (run) $selectRun(run)
  })
}
