// Block-level pieces the editor draws with React (image, section break, page break): the caret
// steps over them, a click selects them, Backspace/Delete removes them.
import { addClassNamesToElement } from '@lexical/utils'
import { DecoratorNode, type EditorConfig } from 'lexical'
import type { JSX } from 'react'

export class BlockDecoratorNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config(Symbol.for('BlockDecoratorNode'), { extends: DecoratorNode })
  }
  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('div')
    addClassNamesToElement(dom, (config.theme as Record<string, string | undefined>)[this.getType()])
    dom.setAttribute('data-block', this.getType())
    return dom
  }
  override updateDOM(): false {
    return false
  }
  override isInline(): false {
    return false
  }
  override isKeyboardSelectable(): boolean {
    return true
  }
}
