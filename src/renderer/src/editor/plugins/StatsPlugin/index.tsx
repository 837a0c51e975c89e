// Counts for the status bar and inspector, computed when the window is idle, block by block: a
// block's counts are cached by its (immutable) node, so after a keystroke only the changed block
// is counted again. Selection counts follow the selection, also off the keystroke path.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type EditorState, type LexicalNode, type SerializedLexicalNode } from 'lexical'
import { useEffect } from 'react'
import { body, type BlockJSON } from '../../../../../shared/article/body'
import type { Language } from '../../../../../shared/article/languages'
import { bodyStats, combineStats, statsOfTexts, type TextStats } from '../../../../../shared/article/stats'
import { scheduleIdle, useEditorEnvironment } from '../../EditorEnvironment'

/** The JSON of one node and its descendants, as the saved body holds it. */
export function $nodeJSON(node: LexicalNode): SerializedLexicalNode {
  const json = node.exportJSON()
  return $isElementNode(node) ? ({ ...json, children: node.getChildren().map($nodeJSON) } as SerializedLexicalNode) : json
}

export class BlockCounter {
  private cache = new WeakMap<LexicalNode, TextStats>()
  constructor(private readonly language: Language) {}

  count(state: EditorState): TextStats {
    return state.read(() =>
      combineStats(
        $getRoot()
          .getChildren()
          .map((block) => {
            let stats = this.cache.get(block)
            if (!stats) {
              stats = bodyStats(body([$nodeJSON(block) as BlockJSON]), { language: this.language })
              this.cache.set(block, stats)
            }
            return stats
          }),
        this.language,
      ),
    )
  }
}

export function selectionStats(state: EditorState, language: Language): TextStats | null {
  return state.read(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return null
    return statsOfTexts(selection.getTextContent().split(/\n+/), language)
  })
}

export function StatsPlugin(): null {
  const [editor] = useLexicalComposerContext()
  const { stores, language } = useEditorEnvironment()
  useEffect(() => {
    const counter = new BlockCounter(language)
    let cancelBody: (() => void) | null = null
    let cancelSelection: (() => void) | null = null
    const countBody = (): void => {
      cancelBody?.()
      cancelBody = scheduleIdle(() => {
        cancelBody = null
        stores.stats.set(counter.count(editor.getEditorState()))
      })
    }
    const countSelection = (): void => {
      cancelSelection?.()
      cancelSelection = scheduleIdle(() => {
        cancelSelection = null
        stores.selectionStats.set(selectionStats(editor.getEditorState(), language))
      }, 250)
    }
    countBody()
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) countBody()
        countSelection()
      }),
      () => {
        cancelBody?.()
        cancelSelection?.()
      },
    )
  }, [editor, stores, language])
  return null
}
