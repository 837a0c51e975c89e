// The typing benchmark's baseline: a bare Lexical editor (RichTextPlugin + HistoryPlugin only),
// opening the same article body from a file the way Galley does.
import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { HeadingNode, QuoteNode } from '@lexical/rich-text'
import { createElement as h, useEffect } from 'react'
import { createRoot } from 'react-dom/client'

function OpenFromFile() {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const input = document.getElementById('open') as HTMLInputElement
    const onChange = async (): Promise<void> => {
      const file = input.files?.[0]
      input.value = ''
      if (!file) return
      const article = JSON.parse(await file.text()) as { body: { root: { children: { type: string }[] } } }
      // Same text: the bare editor has no image node, so images are left out.
      article.body.root.children = article.body.root.children.filter((b) => b.type === 'paragraph' || b.type === 'heading')
      editor.setEditorState(editor.parseEditorState(JSON.stringify(article.body)))
    }
    input.addEventListener('change', onChange)
    return () => input.removeEventListener('change', onChange)
  }, [editor])
  return null
}

const config = { namespace: 'bare', nodes: [HeadingNode, QuoteNode], onError: (e: Error) => console.error(e) }
createRoot(document.getElementById('root') as HTMLElement).render(
  h(
    LexicalComposer,
    { initialConfig: config },
    h(RichTextPlugin, { contentEditable: h(ContentEditable, { 'data-testid': 'article-body' }), ErrorBoundary: LexicalErrorBoundary }),
    h(HistoryPlugin, null),
    h(OpenFromFile, null),
  ),
)
