// Paste, drop and "insert image": everything that brings outside content into the article goes
// through here, is cleaned (sanitize.ts), and images become assets of the article.
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes, type BaseSerializedNode } from '@lexical/clipboard'
import { $generateNodesFromDOM } from '@lexical/html'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  DROP_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  $isDecoratorNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import { useEffect, useRef } from 'react'
import { IMAGE_MIME_TYPES, type ImageMime } from '../../../../../shared/article/assets'
import { isSmallCaps, SMALL_CAPS_STYLE } from '../../../../../shared/article/body'
import { $insertTopLevel, CHOOSE_IMAGE_COMMAND } from '../../commands'
import type { DocumentSession } from '../../../document/DocumentSession'
import { fromBase64 } from '../../../document/bytes'
import { useEditorEnvironment } from '../../EditorEnvironment'
import { $createImageNode, $isImageNode, ASSET_ATTRIBUTE } from '../../nodes/ImageNode/ImageNode'
import { matchesShortcut, type Platform } from '../../../shortcuts'
import { cleanPastedHtml, decodeDataUrl } from './sanitize'

export const PASTE_TAG = 'paste'
const ACCEPTED = IMAGE_MIME_TYPES.filter((m) => m !== 'image/svg+xml')

/** Pasted nodes keep structure and formats; foreign styles, alignment, indents and unknown images go. */
export function $cleanNodes(nodes: LexicalNode[], session: DocumentSession): LexicalNode[] {
  const visit = (node: LexicalNode): boolean => {
    if ($isImageNode(node)) return session.assetUrl(node.getFields().asset) !== null
    if ($isTextNode(node)) {
      const style = isSmallCaps(node.getStyle()) ? SMALL_CAPS_STYLE : ''
      if (node.getStyle() !== style) node.setStyle(style)
      return true
    }
    if ($isElementNode(node)) {
      if (node.getFormatType() !== '') node.setFormat('')
      if (node.getIndent() !== 0) node.setIndent(0)
      if (node.getStyle() !== '') node.setStyle('')
      for (const child of node.getChildren()) if (!visit(child)) child.remove()
    }
    return true
  }
  return nodes.filter(visit)
}

async function storeImages(session: DocumentSession, files: readonly { mime: ImageMime; bytes: Uint8Array; name?: string }[]): Promise<{ keys: string[]; failed: string[] }> {
  const keys: string[] = []
  const failed: string[] = []
  for (const file of files) {
    try {
      keys.push((await session.addImage(file)).key)
    } catch (error) {
      failed.push(error instanceof Error ? error.message : 'The image could not be added.')
    }
  }
  return { keys, failed }
}

function imageFiles(data: DataTransfer | null): File[] {
  return data ? [...data.files].filter((f) => (ACCEPTED as readonly string[]).includes(f.type)) : []
}

async function readFiles(files: readonly File[]): Promise<{ mime: ImageMime; bytes: Uint8Array; name: string }[]> {
  return Promise.all(files.map(async (f) => ({ mime: f.type as ImageMime, bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })))
}

export function $insertImages(keys: readonly string[]): void {
  let last: LexicalNode | null = null
  for (const key of keys) {
    const node = $createImageNode({ asset: key })
    if (last) last.insertAfter(node)
    else $insertTopLevel(node)
    last = node
  }
  if (!last) return
  const next = last.getNextSibling()
  if (next && !$isDecoratorNode(next)) next.selectStart()
  else {
    const paragraph = $createParagraphNode()
    last.insertAfter(paragraph)
    paragraph.select()
  }
}

export async function pasteHtml(editor: LexicalEditor, session: DocumentSession, html: string, notify: (m: string) => void): Promise<void> {
  const { doc, images } = cleanPastedHtml(html)
  const stored = await storeImages(
    session,
    images.flatMap(({ dataUrl }) => {
      const decoded = decodeDataUrl(dataUrl)
      return decoded ? [{ mime: decoded.mime, bytes: fromBase64(decoded.base64) }] : []
    }),
  )
  images.forEach(({ element }, i) => {
    const key = stored.keys[i]
    element.removeAttribute('src')
    if (key) element.setAttribute(ASSET_ATTRIBUTE, key)
    else element.remove()
  })
  if (stored.failed[0]) notify(stored.failed[0])
  editor.update(
    () => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return
      $insertGeneratedNodes(editor, $cleanNodes($generateNodesFromDOM(editor, doc), session), selection)
    },
    { tag: PASTE_TAG },
  )
}

function pastePlain(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection)) return
      const lines = text.replace(/\r\n?/g, '\n').split(/\n/)
      if (lines.length === 1) {
        selection.insertText(lines[0] ?? '')
        return
      }
      // One paragraph per line, as typed.
      $insertGeneratedNodes(editor, lines.map((line) => $createParagraphNode().append(...(line ? [$createTextNode(line)] : []))), selection)
    },
    { tag: PASTE_TAG },
  )
}

/** Stores image files in the article and inserts them at the caret. */
export function addImageFiles(editor: LexicalEditor, session: DocumentSession, notify: (m: string) => void, files: readonly File[]): void {
  void readFiles(files)
    .then((read) => storeImages(session, read))
    .then(({ keys, failed }) => {
      if (failed[0]) notify(failed[0])
      if (keys.length) editor.update(() => $insertImages(keys))
    })
}

function registerClipboard(editor: LexicalEditor, session: DocumentSession, platform: Platform, notify: (m: string) => void, chooseImage: () => void): () => void {
  let plainNext = false
  const addFiles = (files: File[]): void => addImageFiles(editor, session, notify, files)
  return mergeRegister(
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        // The paste event itself cannot tell Ctrl+Shift+V from Ctrl+V: remember the keys.
        plainNext = matchesShortcut(event, 'pastePlain', platform)
        return false
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const plain = plainNext
        plainNext = false
        const data = 'clipboardData' in event ? event.clipboardData : null
        if (!data) return false
        event.preventDefault()
        const text = data.getData('text/plain')
        if (plain) {
          pastePlain(editor, text)
          return true
        }
        const files = imageFiles(data)
        const lexical = data.getData('application/x-lexical-editor')
        const html = data.getData('text/html')
        if (lexical) {
          try {
            const parsed = JSON.parse(lexical) as { nodes?: BaseSerializedNode[] }
            if (Array.isArray(parsed.nodes)) {
              editor.update(
                () => {
                  const selection = $getSelection()
                  if ($isRangeSelection(selection)) $insertGeneratedNodes(editor, $cleanNodes($generateNodesFromSerializedNodes(parsed.nodes ?? []), session), selection)
                },
                { tag: PASTE_TAG },
              )
              return true
            }
          } catch {
            // Not ours after all: fall back to HTML or text.
          }
        }
        if (html) void pasteHtml(editor, session, html, notify)
        else if (files.length) addFiles(files)
        else pastePlain(editor, text)
        return true
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const files = imageFiles(event.dataTransfer)
        if (files.length === 0) return false
        event.preventDefault()
        addFiles(files)
        return true
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      CHOOSE_IMAGE_COMMAND,
      () => {
        chooseImage()
        return true
      },
      COMMAND_PRIORITY_LOW,
    ),
  )
}

export function ClipboardPlugin() {
  const [editor] = useLexicalComposerContext()
  const { session, platform, notify } = useEditorEnvironment()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => registerClipboard(editor, session, platform, notify, () => input.current?.click()), [editor, session, platform, notify])
  return (
    <input
      ref={input}
      type="file"
      hidden
      multiple
      accept={ACCEPTED.join(',')}
      data-testid="image-file-input"
      onChange={(e) => {
        const files = [...(e.target.files ?? [])]
        e.target.value = ''
        if (files.length) addImageFiles(editor, session, notify, files)
      }}
    />
  )
}
