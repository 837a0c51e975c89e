// The body's spell checker on a real (jsdom) editor: what is read after a keystroke, what is drawn,
// the word being typed, and a suggestion put in place as one undo step.
import { createEmptyHistoryState, registerHistory } from '@lexical/history'
import { registerRichText } from '@lexical/rich-text'
import { mergeRegister } from '@lexical/utils'
import { $getRoot, createEditor, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { body, paragraph } from '../../../../../shared/article/body'
import { fakeSpellingHost, type FakeSpellingHost } from '../../../features/spelling/fakeHost'
import { SpellingController } from '../../../features/spelling/SpellingController'
import { GALLEY_NODES } from '../../nodes'
import { settle, typeText } from '../../test/headless'
import { BodySpelling } from './BodySpelling'

const drawn = new Set<Range>()
vi.mock('../../../features/spelling/highlight', () => ({
  swapRanges: (old: readonly Range[], next: readonly Range[]) => {
    for (const r of old) drawn.delete(r)
    for (const r of next) drawn.add(r)
  },
}))

const WRONG = ['recieve', 'paintt', 'Wensday', 'brigde']

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const c of cleanup.splice(0)) c()
  drawn.clear()
})

function setup(texts: string[]): { editor: LexicalEditor; spelling: BodySpelling; checker: FakeSpellingHost; controller: SpellingController } {
  const root = document.createElement('div')
  root.contentEditable = 'true'
  document.body.append(root)
  const editor = createEditor({ nodes: [...GALLEY_NODES], onError: (e) => { throw e } })
  editor.setRootElement(root)
  const off = mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 0))
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body(texts.map((t) => paragraph(t))))))
  const checker = fakeSpellingHost({ wrong: WRONG })
  const controller = new SpellingController(checker)
  const spelling = new BodySpelling(editor, controller, 'en')
  const stop = spelling.start()
  cleanup.push(() => {
    stop()
    off()
    editor.setRootElement(null)
    root.remove()
  })
  return { editor, spelling, checker, controller }
}

/** Runs idle passes and host answers until nothing is left to do. */
async function idle(spelling: BodySpelling): Promise<void> {
  for (let i = 0; i < 4; i++) {
    spelling.pass()
    await new Promise((r) => setTimeout(r, 5))
  }
}

const underlined = (): string[] => [...drawn].map((r) => r.toString()).sort()

function caretAfter(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const node = $getRoot().getAllTextNodes().find((t) => t.getTextContent().includes(text))!
      const at = node.getTextContent().indexOf(text) + text.length
      node.select(at, at)
    },
    { discrete: true },
  )
}

describe('BodySpelling', () => {
  it('underlines the misspelled words of every paragraph once the answers come', async () => {
    const { spelling, checker } = setup(['The bridge will recieve paint.', 'On Wensday it opens.', 'All good here.'])
    await idle(spelling)
    expect(underlined()).toEqual(['Wensday', 'recieve'])
    expect(checker.requests).toHaveLength(1)
  })

  it('a keystroke re-reads only its paragraph, and asks the host only for new words', async () => {
    const { editor, spelling, checker, controller } = setup(['The bridge will recieve paint.', 'On Wensday it opens.'])
    await idle(spelling)
    const want = vi.spyOn(controller, 'want')
    caretAfter(editor, 'opens.')
    await typeText(editor, ' The brigde too. ')
    await idle(spelling)
    expect(underlined()).toEqual(['Wensday', 'brigde', 'recieve'])
    // Only the second paragraph's words were looked at again, and only its new words went to the host.
    const asked = want.mock.calls.flatMap(([, words]) => [...words])
    expect(asked).not.toContain('recieve')
    expect(checker.requests.slice(1).flatMap((r) => r.words).sort()).toEqual(['brigde', 'too'])
  })

  it('holds back the word being typed until the caret leaves it', async () => {
    const { editor, spelling } = setup(['Fresh paint'])
    await idle(spelling)
    caretAfter(editor, 'paint')
    await typeText(editor, 't')
    await idle(spelling)
    expect(underlined()).toEqual([])
    caretAfter(editor, 'Fresh')
    await idle(spelling)
    expect(underlined()).toEqual(['paintt'])
  })

  it('replaces a misspelled word with a suggestion in one undo step', async () => {
    const { editor, spelling } = setup(['The bridge will recieve paint.'])
    await idle(spelling)
    const text = [...drawn][0]!.startContainer
    const hit = spelling.hitAt(text, 'The bridge will rec'.length)
    expect(hit).toMatchObject({ word: 'recieve', start: 16, end: 23, language: 'en' })
    expect(spelling.hitAt(text, 2)).toBeNull()
    expect(spelling.replace(hit!, 'receive')).toBe(true)
    await idle(spelling)
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('The bridge will receive paint.')
    expect(underlined()).toEqual([])
    editor.dispatchCommand(UNDO_COMMAND, undefined)
    await settle()
    await idle(spelling)
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('The bridge will recieve paint.')
    expect(underlined()).toEqual(['recieve'])
    // A hit whose text changed since is not replaced.
    expect(spelling.replace({ ...hit!, word: 'other' }, 'x')).toBe(false)
  })

  it('a removed paragraph takes its underlines with it', async () => {
    const { editor, spelling } = setup(['Keep this.', 'The brigde goes.'])
    await idle(spelling)
    expect(underlined()).toEqual(['brigde'])
    editor.update(() => $getRoot().getLastChildOrThrow().remove(), { discrete: true })
    await idle(spelling)
    expect(underlined()).toEqual([])
  })
})
