// Removing the "/query" that opened the slash menu. Lexical's typeahead splits it off into its own
// text node before the choice is carried out, but from the match it last saw: when Enter follows
// the last letters within a frame (a fast typist, a busy window), that match lags a keystroke or two
// and the split leaves the start of the query ("/pu" of "/pull") in the node before. The query is
// taken back to its "/" from the text itself, so nothing of it is left in the article.
import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical'

/** The "/query" ending at `end` (or at the caret, when Lexical split nothing off), removed. */
export function $removeSlashQuery(end: TextNode | null): void {
  if (end === null) {
    const selection = $getSelection()
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return
    const node = selection.anchor.getNode()
    if (!$isTextNode(node)) return
    $cutFromSlash(node, selection.anchor.offset)
    return
  }
  const before = end.getPreviousSibling()
  const whole = end.getTextContent().startsWith('/')
  end.remove()
  if (!whole && $isTextNode(before)) $cutFromSlash(before, before.getTextContentSize())
}

/** Cuts `node`'s text from the last "/" before `offset` up to `offset`, if no space lies between. */
function $cutFromSlash(node: TextNode, offset: number): void {
  const text = node.getTextContent().slice(0, offset)
  const slash = text.lastIndexOf('/')
  if (slash < 0 || /\s/.test(text.slice(slash + 1))) return
  if (slash === 0 && offset === node.getTextContentSize()) node.remove()
  else node.spliceText(slash, offset - slash, '', true)
}
