// The article body editor: Lexical with Galley's nodes and plugins. It edits the body of the
// session's article; the fields around it (headline, deck…) are the window's.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { useMemo, type ReactNode } from 'react'
import { LANGUAGES } from '../../../shared/article/languages'
import { safeUrl } from '../../../shared/render/html'
import { useEditorEnvironment } from './EditorEnvironment'
import { GALLEY_HTML_CONFIG } from './htmlImport'
import { GALLEY_NODES } from './nodes'
import { BlocksPlugin } from './plugins/BlocksPlugin'
import { ClipboardPlugin } from './plugins/ClipboardPlugin'
import { ContextMenuPlugin } from './plugins/ContextMenuPlugin'
import { InsertPalettePlugin } from './plugins/InsertPalettePlugin'
import { TripleClickPlugin } from './plugins/TripleClickPlugin'
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin'
import { LoadPlugin } from './plugins/LoadPlugin'
import { MarkdownPlugin } from './plugins/MarkdownPlugin'
import { MenuCommandsPlugin } from './plugins/MenuCommandsPlugin'
import { OutlinePlugin } from './plugins/OutlinePlugin'
import { PlaceholderPlugin } from './plugins/PlaceholderPlugin'
import { SessionPlugin } from './plugins/SessionPlugin'
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin'
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin'
import { SmartTypographyPlugin } from './plugins/SmartTypographyPlugin'
import { SpellCheckPlugin } from './plugins/SpellCheckPlugin'
import { StatsPlugin } from './plugins/StatsPlugin'
import { EditorTheme } from './themes/EditorTheme'
import './themes/EditorTheme.css'

const isSafeLink = (url: string): boolean => safeUrl(url) !== null

/** Provides the editor to everything inside it (toolbar, panes); the body itself is <ArticleBody>. */
export function ArticleEditorProvider({ children }: { readonly children: ReactNode }) {
  const { session } = useEditorEnvironment()
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'galley-article',
      nodes: [...GALLEY_NODES],
      theme: EditorTheme,
      html: GALLEY_HTML_CONFIG,
      editable: session.readOnly === null,
      // The body is loaded by <LoadPlugin>, after the plugins' node transforms are registered.
      editorState: null,
      onError: (error) => {
        console.error('Galley editor:', error)
      },
    }),
    [session],
  )
  return <LexicalComposer initialConfig={initialConfig}>{children}</LexicalComposer>
}

/** The editable body with all its plugins. */
export function ArticleBody() {
  const { language, direction, session } = useEditorEnvironment()
  const readOnly = session.readOnly !== null
  const info = LANGUAGES[language]
  return (
    <div className={`article-body-wrap script-${info.script}`} dir={direction}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="article-body"
            aria-label="Article text"
            aria-placeholder="Write your article…"
            placeholder={<div className="article-placeholder">Write your article… Type “/” for subheads, quotes, boxes and images.</div>}
            dir={direction}
            lang={info.tag}
            spellCheck={false}
            data-testid="article-body"
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin delay={700} />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      <SessionPlugin />
      <BlocksPlugin />
      <PlaceholderPlugin />
      <MarkdownPlugin />
      <SmartTypographyPlugin language={language} />
      <ClipboardPlugin />
      <ShortcutsPlugin />
      <MenuCommandsPlugin readOnly={readOnly} />
      <LinkEditorPlugin />
      <SlashMenuPlugin />
      <StatsPlugin />
      <OutlinePlugin />
      <SpellCheckPlugin />
      <ContextMenuPlugin />
      <InsertPalettePlugin readOnly={readOnly} />
      <TripleClickPlugin />
      {/* Last: the transforms above are registered before the text arrives. */}
      <LoadPlugin />
    </div>
  )
}
