import { registerHistory } from '@lexical/history'
import { registerRichText } from '@lexical/rich-text'
import { $getRoot, $getSelection, $isElementNode, createEditor, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import { describe, expect, it, vi } from 'vitest'
import { body, paragraph, subhead, type BodyJSON } from '../../../../../shared/article/body'
import { createArticle } from '../../../../../shared/article/file'
import { plainText } from '../../../../../shared/article/text'
import { MemorySession } from '../../../document/MemorySession'
import { GALLEY_HTML_CONFIG } from '../../htmlImport'
import { GALLEY_NODES } from '../../nodes'
import { settle, typeText } from '../../test/headless'
import { editorHolds, historyOf, loadArticle } from './index'

function session(doc: BodyJSON, readOnly: string | null = null): MemorySession {
  return new MemorySession(createArticle({ id: crypto.randomUUID(), now: new Date('2026-03-02T09:00:00Z'), body: doc }), readOnly)
}

function editor(onError: (error: Error) => void = (e) => { throw e }): LexicalEditor {
  // Not headless: the window's editor has a root element (here none yet), which loadArticle looks at.
  const e = createEditor({ nodes: [...GALLEY_NODES], html: GALLEY_HTML_CONFIG, onError })
  registerRichText(e)
  return e
}

const text = (e: LexicalEditor): string => plainText(e.getEditorState().toJSON() as unknown as BodyJSON)

/** The caret at the end of the last block, as a click there would put it. */
function caretAtEnd(e: LexicalEditor): void {
  e.update(
    () => {
      const last = $getRoot().getLastChild()
      if ($isElementNode(last)) last.selectEnd()
    },
    { discrete: true },
  )
}

/** Shows `next` the way the window does: loaded first, then its plugins (history included) mounted. */
function show(e: LexicalEditor, next: MemorySession, unmountPrevious: () => void): () => void {
  const loaded = loadArticle(e, next)
  unmountPrevious()
  expect(loaded).toBe(true)
  return registerHistory(e, historyOf(next), 0)
}

describe('one editor for every article (loadArticle)', () => {
  it('replaces the text, and undo never reaches into the article left behind', async () => {
    const e = editor()
    const a = session(body([subhead('Bridge reopens'), paragraph('The council reopened the bridge.')]))
    const b = session(body([paragraph('Ferries return on Friday.')]))
    let unmount = show(e, a, () => undefined)
    caretAtEnd(e)
    await typeText(e, ' Buses too.')
    expect(text(e)).toContain('Buses too.')
    expect(editorHolds(e, a)).toBe(true)

    unmount = show(e, b, unmount)
    expect(text(e)).toBe('Ferries return on Friday.')
    expect(editorHolds(e, b)).toBe(true)
    expect(editorHolds(e, a)).toBe(false)
    expect(e.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1)
    // Nothing to undo in B: A's typing is not in its history.
    e.dispatchCommand(UNDO_COMMAND, undefined)
    e.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    expect(text(e)).toBe('Ferries return on Friday.')
    // B's own first edit undoes back to B as opened, not further.
    caretAtEnd(e)
    e.update(() => $getSelection()?.insertText(' At dawn.'), { discrete: true })
    expect(text(e)).toBe('Ferries return on Friday. At dawn.')
    e.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    expect(text(e)).toBe('Ferries return on Friday.')
    e.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    expect(text(e)).toBe('Ferries return on Friday.')
    unmount()
  })

  it('follows the article’s read-only state both ways', () => {
    const e = editor()
    let unmount = show(e, session(body([paragraph('Editable.')])), () => undefined)
    expect(e.isEditable()).toBe(true)
    unmount = show(e, session(body([paragraph('From a newer Galley.')]), 'This article was written by a newer Galley.'), unmount)
    expect(e.isEditable()).toBe(false)
    show(e, session(body([paragraph('Editable again.')])), unmount)
    expect(e.isEditable()).toBe(true)
  })

  it('loads an empty body as empty, not as the previous article', () => {
    const e = editor()
    const unmount = show(e, session(body([paragraph('Some words.')])), () => undefined)
    show(e, session(body([])), unmount)
    expect(text(e)).toBe('')
  })

  it('a body Lexical refuses leaves the editor read-only and never read as that article’s', () => {
    const errors: Error[] = []
    const e = editor((error) => errors.push(error))
    const a = session(body([paragraph('Article A.')]))
    loadArticle(e, a)
    const broken = session(body([paragraph('x')]))
    ;(broken.article.body.root.children as unknown as { type: string }[])[0] = { type: 'no-such-node' }
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(loadArticle(e, broken)).toBe(false)
    expect(errors.length).toBeGreaterThan(0)
    expect(editorHolds(e, broken)).toBe(false)
    expect(editorHolds(e, a)).toBe(false)
    expect(e.isEditable()).toBe(false)
  })
})
