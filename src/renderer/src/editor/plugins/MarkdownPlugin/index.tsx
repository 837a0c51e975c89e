// Markdown-style shortcuts for people who type them: "## " subhead, "### " minor subhead, "> "
// quote, "- " list, "1. " numbered list, "---" section break, **bold**, *italic*, ~~struck~~.
import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  registerMarkdownShortcuts,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text'
import type { LexicalEditor } from 'lexical'
import { useEffect } from 'react'
import { $createSectionBreakNode, SectionBreakNode } from '../../nodes/SectionBreakNode/SectionBreakNode'

/** "# " and "## " make a subhead, "### " (or more) a minor subhead: the headline is a field, not body text. */
export const SUBHEAD: ElementTransformer = {
  dependencies: [HeadingNode],
  export: () => null,
  regExp: /^(#{1,6})\s/,
  replace: (parent, children, match) => {
    const heading = $createHeadingNode((match[1]?.length ?? 2) <= 2 ? 'h2' : 'h3')
    heading.append(...children)
    parent.replace(heading)
    heading.select(0, 0)
  },
  type: 'element',
}

export const SECTION_BREAK: ElementTransformer = {
  dependencies: [SectionBreakNode],
  export: () => null,
  regExp: /^(---|\*\*\*|\* \* \*)\s?$/,
  // The paragraph the shortcut was typed in stays, after the break, for the text that follows.
  replace: (parent) => {
    parent.insertBefore($createSectionBreakNode())
    parent.selectStart()
  },
  triggerOnEnter: true,
  type: 'element',
}

export const GALLEY_TRANSFORMERS: Transformer[] = [
  SUBHEAD,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  SECTION_BREAK,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
]

export function registerGalleyMarkdown(editor: LexicalEditor): () => void {
  return registerMarkdownShortcuts(editor, GALLEY_TRANSFORMERS)
}

export function MarkdownPlugin(): null {
  const [editor] = useLexicalComposerContext()
  useEffect(() => registerGalleyMarkdown(editor), [editor])
  return null
}
