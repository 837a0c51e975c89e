import { $create, type DOMConversionMap, type DOMExportOutput, type LexicalNode, type SerializedLexicalNode } from 'lexical'
import { MARKER } from '../base/BlockPartNode'
import { BlockDecoratorNode } from '../base/BlockDecoratorNode'
import { element } from '../base/dom'

export type SerializedSectionBreakNode = SerializedLexicalNode & { type: 'section-break'; version: 1 }

/** `* * *` between sections of the text. Any `<hr>` pasted from elsewhere becomes one. */
export class SectionBreakNode extends BlockDecoratorNode {
  override $config() {
    return this.config('section-break', {
      extends: BlockDecoratorNode,
      importDOM: { hr: () => ({ priority: 1, conversion: () => ({ node: $createSectionBreakNode() }) }) } satisfies DOMConversionMap,
    })
  }
  override exportJSON(): SerializedSectionBreakNode {
    return { ...super.exportJSON(), type: 'section-break', version: 1 }
  }
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('hr')
    element.setAttribute(MARKER, 'section-break')
    element.className = 'section-break'
    return { element }
  }
  override getTextContent(): string {
    return '\n'
  }
  protected override drawBlockDOM(dom: HTMLElement): void {
    dom.append(element('span', { class: 'section-break-mark', role: 'separator', 'aria-label': 'Section break' }, '* * *'))
  }
}

export function $createSectionBreakNode(): SectionBreakNode {
  return $create(SectionBreakNode)
}

export function $isSectionBreakNode(node: LexicalNode | null | undefined): node is SectionBreakNode {
  return node instanceof SectionBreakNode
}
