import type { NodeKey } from 'lexical'
import { useBlockSelection } from '../base/useBlockSelection'

export function SectionBreakComponent({ nodeKey }: { readonly nodeKey: NodeKey }) {
  useBlockSelection(nodeKey)
  return (
    <span className="section-break-mark" role="separator" aria-label="Section break">
      * * *
    </span>
  )
}
