// Host API for the desktop shell: what a window shows (for menus, titles and one window per file),
// the flush handshake before a window closes or the app quits, native context menus, and main-side
// commands the renderer's own buttons run. Events: `onMenuCommand`, `onOpenFile`, `onFlushRequest`.
import { z } from 'zod'
import { COMMANDS, type CommandId, type MainCommandId } from '../commands/catalog'
import type { OpenedArticle } from './library'

const path = z.string().min(1).max(4096)

/** What the renderer tells main about its window; every key optional, sent when it changes. */
export const WindowStatePatchSchema = z
  .object({
    /** The article the window shows (a path main handed out), or null for the library alone. */
    articlePath: path.nullable(),
    /** The headline (or file name), for the window title and the recent list. */
    title: z.string().max(500),
    readOnly: z.boolean(),
    previewShown: z.boolean(),
    focusMode: z.boolean(),
    inspectorShown: z.boolean(),
    sidebarShown: z.boolean(),
  })
  .partial()
  .strict()
export type WindowStatePatch = z.infer<typeof WindowStatePatchSchema>

/** Answer to `onFlushRequest`: how the window's pending saves ended. */
export const FlushOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved') }).strict(),
  /** Nothing was waiting to be saved. */
  z.object({ status: z.literal('nothing') }).strict(),
  z.object({ status: z.literal('failed'), message: z.string().min(1).max(1000) }).strict(),
  /** Someone else changed the file; the user's version was kept at `conflictPath`. */
  z.object({ status: z.literal('conflict'), message: z.string().min(1).max(1000), conflictPath: path.optional() }).strict(),
])
export type FlushOutcome = z.infer<typeof FlushOutcomeSchema>

export type FlushReason = 'close' | 'quit' | 'session-end'

const word = z.string().min(1).max(100)

export const EditorContextSchema = z
  .object({
    kind: z.literal('editor'),
    editable: z.boolean(),
    hasSelection: z.boolean(),
    /** The misspelled word under the pointer and its suggestions (from `spelling.suggest`). */
    misspelled: z.object({ word, suggestions: z.array(word).max(12) }).strict().optional(),
    /** The link under the pointer. */
    link: z.object({ url: z.string().min(1).max(4096) }).strict().optional(),
  })
  .strict()
export const LibraryContextSchema = z
  .object({
    kind: z.literal('library'),
    path,
    inLibrary: z.boolean(),
    /** Desk folders to offer under Move To ('' is the top level). */
    folders: z.array(z.string().max(1000)).max(500),
    /** The folder the article is in now (not offered as a move target). */
    folder: z.string().max(1000),
  })
  .strict()
export const ContextMenuRequestSchema = z.discriminatedUnion('kind', [EditorContextSchema, LibraryContextSchema])
export type ContextMenuRequest = z.infer<typeof ContextMenuRequestSchema>
export type EditorContext = z.infer<typeof EditorContextSchema>
export type LibraryContext = z.infer<typeof LibraryContextSchema>

/**
 * What the user chose in a context menu, for the renderer to carry out. Clipboard items, "Open Link",
 * "Copy Link Address" and "Show in File Manager" are carried out by main and resolve to null, like a
 * dismissed menu.
 */
export type ContextMenuChoice =
  | { readonly action: 'spelling.replace'; readonly word: string }
  | { readonly action: 'spelling.addWord' | 'spelling.ignore'; readonly word: string }
  | { readonly action: 'link.edit' | 'link.remove' }
  | { readonly action: 'library.open' | 'library.openInNewWindow' | 'library.rename' | 'library.duplicate' | 'library.trash' }
  | { readonly action: 'library.move'; readonly folder: string }

const MAIN_COMMANDS = COMMANDS.filter((c) => c.runsIn === 'main').map((c) => c.id) as unknown as [MainCommandId, ...MainCommandId[]]

/** The answer to `openArticle`: the article, or that another window shows it (main focused that one). */
export type OpenArticleAnswer = { readonly openElsewhere: true } | { readonly openElsewhere: false; readonly opened: OpenedArticle }

export interface DesktopApi {
  /** Returns `openElsewhere: true` when another window already shows `articlePath` (main focused it). */
  setWindowState(patch: WindowStatePatch): Promise<{ readonly openElsewhere: boolean }>
  /**
   * Claims an article for this window and opens it, in one call: `setWindowState({ articlePath })`,
   * then `library.open(path)` unless another window shows it. When the open fails after the claim,
   * the window tells main again what it shows.
   */
  openArticle(path: string): Promise<OpenArticleAnswer>
  /** Files the OS asked this window to open before it was listening (then `onOpenFile` events). */
  takePendingFiles(): Promise<readonly string[]>
  /** The acknowledgement of `onFlushRequest`. */
  flushed(requestId: string, outcome: FlushOutcome): Promise<void>
  showContextMenu(request: ContextMenuRequest): Promise<ContextMenuChoice | null>
  /** Opens .galley files as the OS would (files dropped on the window; the preload sends them). */
  openFiles(paths: readonly string[]): Promise<void>
  /** Runs a main-side command (Open…, Show Logs, Show in File Manager…) from the renderer's own controls. */
  runCommand(command: MainCommandId, arg?: string): Promise<void>
}

export const desktopArgs = {
  setWindowState: z.tuple([WindowStatePatchSchema]),
  openArticle: z.tuple([path]),
  takePendingFiles: z.tuple([]),
  flushed: z.tuple([z.uuid(), FlushOutcomeSchema]),
  showContextMenu: z.tuple([ContextMenuRequestSchema]),
  openFiles: z.tuple([z.array(path).min(1).max(50)]),
  runCommand: z.tuple([z.enum(MAIN_COMMANDS), path.optional()]),
}

export interface MenuCommandEvent {
  readonly command: CommandId
  readonly arg?: string
}
export interface OpenFileEvent {
  /** Absolute path main resolved; open it with `library.open(path)`. */
  readonly path: string
}
export interface FlushRequestEvent {
  readonly requestId: string
  readonly reason: FlushReason
}
