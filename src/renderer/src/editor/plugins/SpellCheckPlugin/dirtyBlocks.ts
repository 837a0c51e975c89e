// Which paragraphs changed since the spell checker last looked, from what Lexical's update listener
// reports. Noting costs a few set insertions on the keystroke path; turning the notes into text
// blocks happens later, when the window is idle, against the editor state of that moment.
import { $getNodeByKey, $getRoot, $isElementNode, HISTORIC_TAG, type EditorState, type LexicalNode } from 'lexical'
import { $isTextBlock, $textBlockKeys, $textBlockOf } from '../../textBlocks'

export interface UpdateNotes {
  readonly dirtyElements: ReadonlyMap<string, boolean>
  readonly dirtyLeaves: ReadonlySet<string>
  readonly prevEditorState: EditorState
  readonly editorState: EditorState
  readonly tags: ReadonlySet<string>
}

export class DirtyBlocks {
  private readonly keys = new Set<string>()
  private all = false
  /**
   * Set when a whole new state was swapped in (undo, redo, a load): Lexical then reports no dirty
   * nodes, so the blocks are compared by identity with the state from before the swap.
   */
  private baseline: EditorState | null = null

  /** Everything is to be checked (the article was just opened, or spelling turned on). */
  markAll(): void {
    this.all = true
    this.keys.clear()
    this.baseline = null
  }

  get pending(): boolean {
    return this.all || this.baseline !== null || this.keys.size > 0
  }

  /** From an update listener's payload; true when something of the text may have changed. */
  note({ dirtyElements, dirtyLeaves, prevEditorState, editorState, tags }: UpdateNotes): boolean {
    if (editorState === prevEditorState) return false
    if (tags.has(HISTORIC_TAG) || (dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.has('root'))) {
      // What `setEditorState` (undo, redo, a load) reports: a full reconcile, no details.
      if (!this.all && this.baseline === null) this.baseline = prevEditorState
      return true
    }
    if (this.all) return dirtyLeaves.size > 0 || dirtyElements.size > 0
    let noted = false
    for (const key of dirtyLeaves) {
      this.keys.add(key)
      noted = true
    }
    // Ancestors of a changed node are reported as unintentionally dirty: their text blocks are found
    // through the leaves. An element changed itself (a new paragraph, a join, a link) counts.
    for (const [key, intentional] of dirtyElements) {
      if (!intentional) continue
      this.keys.add(key)
      noted = true
    }
    return noted
  }

  /** The text blocks to check now, in the active editor state (call inside a read). */
  $take(): string[] {
    if (this.all) {
      this.all = false
      this.keys.clear()
      this.baseline = null
      return $textBlockKeys()
    }
    const out = new Set<string>()
    if (this.baseline) {
      for (const key of $changedSince(this.baseline)) out.add(key)
      this.baseline = null
    }
    for (const key of this.keys) {
      const node = $getNodeByKey(key)
      if (!node || !node.isAttached()) continue
      const block = $textBlockOf(node)
      if (block) out.add(block.getKey())
    }
    this.keys.clear()
    return [...out]
  }
}

/**
 * Text blocks of the active state that differ from `before`. Lexical shares unchanged node objects
 * between states, so a block is unchanged when it and everything inside it are the same objects.
 */
export function $changedSince(before: EditorState): string[] {
  const old = before._nodeMap
  const same = (node: LexicalNode): boolean => old.get(node.getKey()) === node && (!$isElementNode(node) || node.getChildren().every(same))
  const changed: string[] = []
  const visit = (node: LexicalNode): void => {
    if ($isTextBlock(node)) {
      if (!same(node)) changed.push(node.getKey())
    } else if ($isElementNode(node)) node.getChildren().forEach(visit)
  }
  visit($getRoot())
  return changed
}
