// Counts for the status bar and inspector, computed when the window is idle, block by block: a
// block's counts are cached until an update touches it, so after a keystroke only the changed
// block is counted again. Selection counts follow the selection, also off the keystroke path.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { $getNodeByKey, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isRootNode, type EditorState, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical'
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

/**
 * Counts per top-level block, cached by block key. Lexical keeps an unchanged parent's node object
 * when a child changes, so the cache is invalidated from the keys each update marked dirty.
 */
export class BlockCounter {
  private cache = new Map<NodeKey, TextStats>()
  private dirty = new Set<NodeKey>()
  constructor(private readonly language: Language) {}

  /** Called on every update with its dirty keys: only remembers them (cheap, on the keystroke path). */
  markDirty(keys: Iterable<NodeKey>): void {
    for (const key of keys) this.dirty.add(key)
  }

  count(state: EditorState): TextStats {
    return state.read(() => {
      for (const key of this.dirty) {
        const node = $getNodeByKey(key)
        const top = node && !$isRootNode(node) ? node.getTopLevelElement() ?? node : null
        if (top) this.cache.delete(top.getKey())
      }
      this.dirty.clear()
      const next = new Map<NodeKey, TextStats>()
      for (const block of $getRoot().getChildren()) {
        const key = block.getKey()
        const stats = this.cache.get(key) ?? bodyStats(body([$nodeJSON(block) as BlockJSON]), { language: this.language })
        next.set(key, stats)
      }
      this.cache = next
      return combineStats(next.values(), this.language)
    })
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
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) {
          counter.markDirty(dirtyElements.keys())
          counter.markDirty(dirtyLeaves)
          countBody()
        }
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
