// Block-level pieces the editor draws itself (image, section break, page break): the caret steps
// over them, a click selects them (BlockSelectionPlugin), Backspace/Delete removes them.
//
// They are drawn as plain DOM by the node, not as React components: Lexical gives every React
// decorator a portal of its own, and a long article's dozen images then cost an open more React
// work, event listeners and update listeners than all of its text. What a block shows follows the
// node in `updateBlockDOM`; what the writer does in it (a caption typed, a button pressed) goes
// back to the node through `editor.update`.
import { addClassNamesToElement } from '@lexical/utils'
import { $getNodeByKey, DecoratorNode, type EditorConfig, type LexicalEditor } from 'lexical'
import { deferBlockDraw, isBlockPending } from './deferredBlocks'

const editors = new WeakMap<HTMLElement, LexicalEditor>()

/** The editor a block element was drawn for. */
export function editorOfBlock(dom: HTMLElement): LexicalEditor | null {
  return editors.get(dom) ?? null
}

/** Fields and buttons inside a block follow whether the article can be edited. */
export function syncBlockControls(dom: HTMLElement, editable: boolean): void {
  for (const field of dom.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) field.readOnly = !editable
  for (const button of dom.querySelectorAll<HTMLButtonElement>('button')) button.disabled = !editable
}

export class BlockDecoratorNode extends DecoratorNode<null> {
  override $config() {
    return this.config(Symbol.for('BlockDecoratorNode'), { extends: DecoratorNode })
  }
  override createDOM(config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const dom = document.createElement('div')
    addClassNamesToElement(dom, (config.theme as Record<string, string | undefined>)[this.getType()])
    dom.setAttribute('data-block', this.getType())
    editors.set(dom, editor)
    // While an article loads, drawn behind its text (deferredBlocks), from the node as it is then.
    const key = this.getKey()
    const drawLatest = (): void =>
      editor.getEditorState().read(() => {
        const node = $getNodeByKey(key)
        if (node instanceof BlockDecoratorNode) node.draw(dom, editor)
      })
    if (!deferBlockDraw(editor, dom, drawLatest)) this.draw(dom, editor)
    return dom
  }
  private draw(dom: HTMLElement, editor: LexicalEditor): void {
    this.drawBlockDOM(dom, editor)
    syncBlockControls(dom, editor.isEditable())
  }
  override updateDOM(prevNode: unknown, dom: HTMLElement): false {
    const editor = editors.get(dom)
    // A block not drawn yet is drawn from the node as it is when its turn comes.
    if (editor && !isBlockPending(dom)) {
      this.updateBlockDOM(prevNode as this, dom, editor)
      syncBlockControls(dom, editor.isEditable())
    }
    return false
  }
  /** Draws the block's content into its (empty) element. */
  protected drawBlockDOM(_dom: HTMLElement, _editor: LexicalEditor): void {}
  /** Brings the drawn content up to date with this version of the node (`prev` was drawn). */
  protected updateBlockDOM(_prev: this, _dom: HTMLElement, _editor: LexicalEditor): void {}
  override decorate(): null {
    return null
  }
  override isInline(): false {
    return false
  }
  override isKeyboardSelectable(): boolean {
    return true
  }
}
