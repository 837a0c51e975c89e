// The article body editor: Lexical with Galley's nodes and plugins. It edits the body of the
// session's article; the fields around it (headline, deck…) are the window's. One editor serves
// every article the window opens: opening another swaps its content (LoadPlugin) and mounts the
// plugins that hold an article's state afresh, instead of building the editor and its DOM again.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { LexicalEditor } from 'lexical'
import { useLayoutEffect, type ReactNode, type RefObject } from 'react'
import { LANGUAGES, type Language } from '../../../shared/article/languages'
import { safeUrl } from '../../../shared/render/html'
import type { DocumentSession } from '../document/DocumentSession'
import { useEditorEnvironment } from './EditorEnvironment'
import { GALLEY_HTML_CONFIG } from './htmlImport'
import { GALLEY_NODES } from './nodes'
import { BlocksPlugin } from './plugins/BlocksPlugin'
import { BlockSelectionPlugin } from './plugins/BlockSelectionPlugin'
import { CaretBlockPlugin } from './plugins/CaretBlockPlugin'
import { ClipboardPlugin } from './plugins/ClipboardPlugin'
import { ContextMenuPlugin } from './plugins/ContextMenuPlugin'
import { InsertPalettePlugin } from './plugins/InsertPalettePlugin'
import { TripleClickPlugin } from './plugins/TripleClickPlugin'
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin'
import { historyOf, LoadPlugin } from './plugins/LoadPlugin'
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
import { articleKey } from '../document/articleKey'
import { EditorTheme } from './themes/EditorTheme'
import './themes/EditorTheme.css'

const isSafeLink = (url: string): boolean => safeUrl(url) !== null

const INITIAL_CONFIG: InitialConfigType = {
  namespace: 'galley-article',
  nodes: [...GALLEY_NODES],
  theme: EditorTheme,
  html: GALLEY_HTML_CONFIG,
  // Read-only follows the article shown (loadArticle). Created editable: an editor whose root is
  // attached while it is read-only, then made editable, now and then put the caret elsewhere after Enter.
  editable: true,
  // The body is loaded by <LoadPlugin>, after the plugins' node transforms are registered.
  editorState: null,
  onError: (error) => {
    console.error('Galley editor:', error)
  },
}

/**
 * Provides the editor to everything inside it (toolbar, panes); the body itself is <ArticleBody>.
 * Mount it once per window; `editorRef` gives the window the editor, to load an article into it
 * before drawing the article's panes (`loadArticle`).
 */
export function ArticleEditorProvider({ editorRef, children }: { readonly editorRef?: RefObject<LexicalEditor | null>; readonly children: ReactNode }) {
  return (
    <LexicalComposer initialConfig={INITIAL_CONFIG}>
      {editorRef && <EditorRef target={editorRef} />}
      {children}
    </LexicalComposer>
  )
}

function EditorRef({ target }: { readonly target: RefObject<LexicalEditor | null> }): null {
  const [editor] = useLexicalComposerContext()
  useLayoutEffect(() => {
    target.current = editor
    return () => {
      if (target.current === editor) target.current = null
    }
  }, [editor, target])
  return null
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
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      {/* Node transforms: registered once for every article (registering them again would run them over the article being left). */}
      <BlocksPlugin />
      <BlockSelectionPlugin />
      <CaretBlockPlugin />
      <PlaceholderPlugin />
      <MarkdownPlugin />
      <TripleClickPlugin />
      <ArticlePlugins key={articleKey(session)} session={session} language={language} readOnly={readOnly} />
    </div>
  )
}

/**
 * The plugins that hold an article's state (undo history, counts, spelling, menus open, the link
 * being edited), mounted afresh for each article so nothing of the previous one survives.
 */
function ArticlePlugins({ session, language, readOnly }: { readonly session: DocumentSession; readonly language: Language; readonly readOnly: boolean }) {
  return (
    <>
      <HistoryPlugin delay={700} externalHistoryState={historyOf(session)} />
      <SessionPlugin />
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
      {/* Last: the transforms and listeners above are registered before the text arrives. */}
      <LoadPlugin />
    </>
  )
}
