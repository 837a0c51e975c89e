import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNodeByKey, type NodeKey } from 'lexical'
import { useBlockSelection } from '../base/useBlockSelection'
import { $isPageBreakNode, type BreakKind } from './PageBreakNode'

export function PageBreakComponent({ nodeKey, kind }: { readonly nodeKey: NodeKey; readonly kind: BreakKind }) {
  const [editor] = useLexicalComposerContext()
  useBlockSelection(nodeKey)
  const other: BreakKind = kind === 'page' ? 'column' : 'page'
  const toggle = (): void =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey)
      if ($isPageBreakNode(node)) node.setKind(other)
    })
  return (
    <span className="page-break-mark" role="separator" aria-label={kind === 'page' ? 'Page break' : 'Column break'}>
      <span className="page-break-label">{kind === 'page' ? 'Page break' : 'Column break'}</span>
      <button type="button" className="page-break-toggle" contentEditable={false} onClick={toggle} title={`Make this a ${other} break`}>
        Make {other} break
      </button>
    </span>
  )
}
