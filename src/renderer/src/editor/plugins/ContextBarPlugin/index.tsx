// A quiet row under the toolbar for the block the caret is in: the speakers of a Q&A pair (this
// pair, or renamed in every pair of the interview) and the kind of a box.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getNodeByKey, $getRoot, $getSelection, $isRangeSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical'
import { useEffect, useState, type KeyboardEvent } from 'react'
import { BOX_VARIANTS, type BoxVariant } from '../../../../../shared/article/body'
import { speakersOf } from '../../commands'
import { $isFactBoxNode, BOX_VARIANT_LABELS } from '../../nodes/FactBoxNode/FactBoxNode'
import { $isQaPairNode } from '../../nodes/QaPairNode/QaPairNode'
import type { SpeakerPartNode } from '../../nodes/base/SpeakerPartNode'
import { $topLevelOf } from '../../structure'

type Context =
  | { readonly kind: 'qa'; readonly key: string; readonly question: string; readonly answer: string }
  | { readonly kind: 'box'; readonly key: string; readonly variant: BoxVariant }
  | null

function readContext(editor: LexicalEditor): Context {
  return editor.getEditorState().read(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return null
    const top = $topLevelOf(selection.anchor.getNode())
    if ($isQaPairNode(top)) return { kind: 'qa', key: top.getKey(), ...speakersOf(top) }
    if ($isFactBoxNode(top)) return { kind: 'box', key: top.getKey(), variant: top.getVariant() }
    return null
  })
}

const same = (a: Context, b: Context): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Sets a pair's speakers; with `everywhere`, renames the old names in every pair of the article. */
export function setSpeakers(editor: LexicalEditor, key: string, speakers: { question: string; answer: string }, everywhere: boolean): void {
  // The bar's fields keep the keyboard: the update must not move the focus back into the text.
  editor.update(() => {
    const pair = $getNodeByKey(key)
    if (!$isQaPairNode(pair)) return
    const before = speakersOf(pair)
    const pairs = everywhere ? $getRoot().getChildren().filter($isQaPairNode) : [pair]
    for (const p of pairs) {
      const [q, a] = p.getChildren() as SpeakerPartNode[]
      if (q && (p === pair || q.getSpeaker() === before.question)) q.setSpeaker(speakers.question.trim())
      if (a && (p === pair || a.getSpeaker() === before.answer)) a.setSpeaker(speakers.answer.trim())
    }
  }, { tag: SKIP_DOM_SELECTION_TAG })
}

function SpeakersRow({ editor, context }: { editor: LexicalEditor; context: Extract<Context, { kind: 'qa' }> }) {
  const [draft, setDraft] = useState({ question: context.question, answer: context.answer })
  const [everywhere, setEverywhere] = useState(true)
  // Follow changes from elsewhere (undo, another pair) field by field, never clobbering the other draft.
  useEffect(() => setDraft((d) => ({ ...d, question: context.question })), [context.question])
  useEffect(() => setDraft((d) => ({ ...d, answer: context.answer })), [context.answer])
  const commit = (): void => {
    if (draft.question !== context.question || draft.answer !== context.answer) setSpeakers(editor, context.key, draft, everywhere)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault()
      commit()
      editor.focus()
    }
  }
  return (
    <>
      <label>
        Question by
        <input aria-label="Question by" placeholder="Q" dir="auto" maxLength={200} value={draft.question} onChange={(e) => setDraft({ ...draft, question: e.target.value })} onBlur={commit} onKeyDown={onKeyDown} />
      </label>
      <label>
        Answer by
        <input aria-label="Answer by" placeholder="A" dir="auto" maxLength={200} value={draft.answer} onChange={(e) => setDraft({ ...draft, answer: e.target.value })} onBlur={commit} onKeyDown={onKeyDown} />
      </label>
      <label className="check">
        <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} />
        Rename in every pair
      </label>
    </>
  )
}

export function ContextBarPlugin() {
  const [editor] = useLexicalComposerContext()
  const [context, setContext] = useState<Context>(null)
  useEffect(
    () =>
      editor.registerUpdateListener(() => {
        const next = readContext(editor)
        setContext((prev) => (same(prev, next) ? prev : next))
      }),
    [editor],
  )
  if (!context) return null
  return (
    <div className="context-bar" data-testid="context-bar">
      {context.kind === 'qa' ? (
        <SpeakersRow key={context.key} editor={editor} context={context} />
      ) : (
        <label>
          Box
          <select
            aria-label="Box kind"
            value={context.variant}
            onChange={(e) =>
              editor.update(() => {
                const box = $getNodeByKey(context.key)
                if ($isFactBoxNode(box)) box.setVariant(e.target.value as BoxVariant)
              }, { tag: SKIP_DOM_SELECTION_TAG })
            }
          >
            {BOX_VARIANTS.map((v) => (
              <option key={v} value={v}>
                {BOX_VARIANT_LABELS[v]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
