// Spell-check underlines for the article body. Keystrokes only note which nodes changed
// (DirtyBlocks); when the window is idle the changed paragraphs are read, their words looked up in
// the controller's cache (unknown ones go to the host in batches) and the misspelled ones drawn as
// ranges of the `galley-spelling` highlight. Only paragraphs with something to underline or still
// waiting for an answer are remembered.
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  HISTORY_PUSH_TAG,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import type { Language } from '../../../../../shared/article/languages'
import { swapRanges } from '../../../features/spelling/highlight'
import type { SpellingController } from '../../../features/spelling/SpellingController'
import { requestVerdicts, spellTokens, tokenAt, underlined, type SpellToken } from '../../../features/spelling/spellTokens'
import { $isTextBlock, $readTextBlock, $selectInBlock, $textBlockOf, blockOffsetOf, domRangeInBlock, type TextBlock } from '../../textBlocks'
import { DirtyBlocks, type UpdateNotes } from './dirtyBlocks'

/** A misspelled word in the body: what the context menu offers suggestions for. */
export interface SpellHit {
  readonly blockKey: string
  readonly start: number
  readonly end: number
  readonly word: string
  readonly language: Language
}

interface Entry {
  block: TextBlock
  tokens: readonly SpellToken[]
  /** The caret offset whose word is held back (being typed), or null. */
  caret: number | null
  ranges: Range[]
  pending: boolean
}

export type SpellingState = 'checking' | 'ready'

interface Deadline {
  timeRemaining(): number
}

function requestIdle(task: (deadline: Deadline) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 1000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(() => {
    const end = performance.now() + 8
    task({ timeRemaining: () => Math.max(0, end - performance.now()) })
  }, 16)
  return () => window.clearTimeout(id)
}

export class BodySpelling {
  private readonly dirty = new DirtyBlocks()
  private readonly entries = new Map<string, Entry>()
  /** Blocks to read again, in order (a fresh article: reading order, so the view fills first). */
  private readonly queue = new Set<string>()
  private redrawAll = false
  /** Where the caret was when its word was held back; moving the caret shows the word. */
  private held: { readonly block: string; readonly text: string; readonly offset: number } | null = null
  private cancelIdle: (() => void) | null = null
  private state: SpellingState | null = null

  constructor(
    private readonly editor: LexicalEditor,
    private readonly controller: SpellingController,
    private readonly language: Language,
    private readonly onState: (state: SpellingState) => void = () => undefined,
  ) {}

  start(): () => void {
    this.dirty.markAll()
    this.schedule()
    const offUpdate = this.editor.registerUpdateListener((payload) => this.onUpdate(payload))
    const offController = this.controller.subscribe(() => {
      this.redrawAll = true
      this.schedule()
    })
    return () => {
      offUpdate()
      offController()
      this.cancelIdle?.()
      this.cancelIdle = null
      for (const entry of this.entries.values()) swapRanges(entry.ranges, [])
      this.entries.clear()
      this.queue.clear()
    }
  }

  /** On the keystroke path: note, schedule, nothing else. */
  onUpdate(payload: UpdateNotes): void {
    if (this.dirty.note(payload) || this.held !== null) this.schedule()
  }

  private schedule(): void {
    if (this.cancelIdle) return
    this.setState('checking')
    this.cancelIdle = requestIdle((deadline) => {
      this.cancelIdle = null
      this.pass(deadline)
    })
  }

  /** Checks what changed, as much as the idle period allows; the rest in the next one. */
  pass(deadline: Deadline = { timeRemaining: () => Infinity }): void {
    const editor = this.editor
    const state: EditorState = editor.getEditorState()
    const rechecked = new Set<string>()
    state.read(
      () => {
        const typedIn = new Set<string>()
        if (this.dirty.pending) {
          for (const key of this.dirty.$take()) {
            this.queue.add(key)
            typedIn.add(key)
          }
        }
        // The word being typed stays held back until the caret leaves it.
        const caret = $caret()
        const held = this.held
        this.held = null
        const stillHeld = held !== null && caret !== null && caret.block === held.block && caret.text === held.text && caret.offset === held.offset
        if (held && stillHeld) this.held = held
        else if (held) this.queue.add(held.block)
        let done = 0
        for (const key of this.queue) {
          if (done > 0 && deadline.timeRemaining() < 2) break
          this.queue.delete(key)
          done++
          const node = $getNodeByKey(key)
          if (!node || !$isTextBlock(node) || !node.isAttached()) {
            this.drop(key)
            continue
          }
          const block = $readTextBlock(node)
          const typing = caret !== null && caret.block === key && (typedIn.has(key) || stillHeld)
          const at = typing ? blockOffsetOf(block, caret.text, caret.offset) : null
          if (this.check(block, at) && caret) this.held = caret
          rechecked.add(key)
        }
        // Paragraphs removed since (joined, deleted) take their underlines with them.
        for (const key of this.entries.keys()) {
          const node = $getNodeByKey(key)
          if (!node || !node.isAttached()) this.drop(key)
        }
      },
      { editor },
    )
    if (this.redrawAll) {
      this.redrawAll = false
      for (const [key, entry] of this.entries) if (!rechecked.has(key) && !this.queue.has(key)) this.draw(key, entry)
    }
    if (this.queue.size > 0 || this.dirty.pending) this.schedule()
    else this.setState([...this.entries.values()].some((e) => e.pending) ? 'checking' : 'ready')
  }

  /** Reads and draws a block; true when the word at `caret` was held back. */
  private check(block: TextBlock, caret: number | null): boolean {
    const tokens = spellTokens(block.text, this.language)
    // The word being typed is asked about when it is finished, not at every letter.
    requestVerdicts(this.controller, caret === null ? tokens : tokens.filter((t) => t.end !== caret))
    const entry: Entry = this.entries.get(block.key) ?? { block, tokens, caret, ranges: [], pending: false }
    entry.block = block
    entry.tokens = tokens
    entry.caret = caret
    this.draw(block.key, entry)
    return caret !== null && tokens.some((t) => t.end === caret)
  }

  private draw(key: string, entry: Entry): void {
    let keep = false
    entry.pending = false
    for (const t of entry.tokens) {
      if (t.end === entry.caret) continue
      const v = this.controller.verdict(t.language, t.word)
      if (v === 'pending') entry.pending = true
      if (v === 'pending' || v === 'misspelled' || v === 'ignored') keep = true
    }
    const ranges: Range[] = []
    for (const t of underlined(this.controller, entry.tokens, entry.caret)) {
      const range = domRangeInBlock(this.editor, entry.block, t.start, t.end)
      if (range) ranges.push(range)
    }
    swapRanges(entry.ranges, ranges)
    entry.ranges = ranges
    if (keep) this.entries.set(key, entry)
    else this.entries.delete(key)
  }

  private drop(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    swapRanges(entry.ranges, [])
    this.entries.delete(key)
  }

  private setState(state: SpellingState): void {
    if (state === this.state) return
    this.state = state
    this.onState(state)
  }

  /** The misspelled word at a DOM position in the body (from the pointer), if any. */
  hitAt(domNode: Node, domOffset: number): SpellHit | null {
    return this.editor.read(() => {
      const node = $getNearestNodeFromDOMNode(domNode)
      return $isTextNode(node) ? this.$hit(node, domOffset) : null
    })
  }

  /** The misspelled word at the caret (the context-menu key). */
  hitAtSelection(): SpellHit | null {
    return this.editor.read(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection) || selection.anchor.type !== 'text') return null
      return this.$hit(selection.anchor.getNode(), selection.anchor.offset)
    })
  }

  private $hit(node: LexicalNode, offset: number): SpellHit | null {
    const element = $textBlockOf(node)
    if (!element) return null
    const block = $readTextBlock(element)
    const at = blockOffsetOf(block, node.getKey(), offset)
    if (at === null) return null
    const token = tokenAt(spellTokens(block.text, this.language), at)
    if (!token || this.controller.verdict(token.language, token.word) !== 'misspelled') return null
    return { blockKey: block.key, start: token.start, end: token.end, word: token.word, language: token.language }
  }

  /** A DOM range over the hit as shown now (to test it against the pointer). */
  rangeOf(hit: SpellHit): Range | null {
    return this.editor.read(() => {
      const node = $getNodeByKey(hit.blockKey)
      return node && $isTextBlock(node) ? domRangeInBlock(this.editor, $readTextBlock(node), hit.start, hit.end) : null
    })
  }

  /** Puts `replacement` in place of the hit word: one step of undo. False when the text moved on. */
  replace(hit: SpellHit, replacement: string): boolean {
    let done = false
    this.editor.update(
      () => {
        const node = $getNodeByKey(hit.blockKey)
        if (!node || !$isTextBlock(node)) return
        const block = $readTextBlock(node)
        if (block.text.slice(hit.start, hit.end) !== hit.word) return
        const selection = $selectInBlock(block, hit.start, hit.end)
        if (!selection) return
        selection.insertText(replacement)
        done = true
      },
      { tag: HISTORY_PUSH_TAG, discrete: true },
    )
    return done
  }
}

/** Where a collapsed caret is: its text node, the offset in it, and its text block. */
function $caret(): { text: string; offset: number; block: string } | null {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null
  const node = selection.anchor.getNode()
  const block = $textBlockOf(node)
  return block ? { text: node.getKey(), offset: selection.anchor.offset, block: block.getKey() } : null
}
