// File › Export (PDF, Word, web page, Markdown, plain text), File › Print and File › Import, and
// documents dropped on the window. Exports take the article as the window holds it (unsaved edits
// included); Export PDF first lists what the ready-for-print checklist says blocks print — as a
// warning: the export still happens.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Article } from '../../../../shared/article/file'
import { CURRENT_VERSION, FILE_FORMAT } from '../../../../shared/article/file'
import type { CommandId } from '../../../../shared/commands/catalog'
import type { ExportFormatId, ImportOutcome } from '../../../../shared/ipc/io'
import { MAX_DROPPED_BYTES } from '../../../../shared/ipc/io'
import type { PrintContent } from '../../../../shared/ipc/print'
import { checkArticle } from '../../../../shared/templates/checklist'
import { builtInTemplate } from '../../../../shared/templates/builtins'
import type { Template } from '../../../../shared/templates/schema'
import { useCommand } from '../../commands/registry'
import type { DocumentSession } from '../../document/DocumentSession'
import { toBase64 } from '../../document/bytes'
import { host, isHostFailure } from '../../host'
import { printContent } from '../preview/content'
import type { PrintPreviewController } from '../preview/PrintPreviewController'
import { exportedNotice, exportFailedNotice, importNotice, printedNotice, printFailedNotice, type Notice } from './messages'

/** The File menu's export commands and the format each writes. */
export const EXPORT_COMMANDS = {
  'file.exportDocx': 'docx',
  'file.exportHtml': 'html',
  'file.exportMarkdown': 'md',
  'file.exportText': 'txt',
} as const satisfies Partial<Record<CommandId, ExportFormatId>>

/** Extensions Galley imports (the importers' list); other dropped files are left to the editor. */
export const IMPORTABLE = /\.(docx|md|markdown|mdown|mkd|html?|xhtml|txt|text|wire)$/i

const messageOf = (error: unknown): { message: string } => ({
  message: isHostFailure(error) || error instanceof Error ? error.message : 'Something went wrong. Your article is unchanged.',
})

async function templateOf(id: string): Promise<Template | null> {
  const builtIn = builtInTemplate(id)
  if (builtIn) return builtIn
  try {
    return (await host.templates.get(id)).template
  } catch {
    // A deleted or foreign template: the checklist checks the headline only.
    return null
  }
}

/** The checklist's blocking items for `content`, measured against the preview's last print when it is current. */
export async function blockingItems(content: PrintContent, preview: PrintPreviewController | null): Promise<string[]> {
  const state = preview?.store.get()
  const fresh = state && !state.stale && state.output ? state.output : null
  const article: Article = { format: FILE_FORMAT, version: CURRENT_VERSION, id: '00000000-0000-4000-8000-000000000000', ...content }
  const list = checkArticle(article, await templateOf(content.meta.template), {
    ...(fresh ? { measuredPages: fresh.pages } : {}),
    ...(fresh?.copyfit ? { measuredLines: fresh.copyfit.usedLines } : {}),
  })
  return list.items.filter((i) => i.severity === 'blocker').map((i) => i.message)
}

interface Options {
  /** The window's article; null when none is open (then only Import is offered). */
  readonly session: DocumentSession | null
  readonly preview: PrintPreviewController | null
  /** Opens an article of the library in this window (after an import). */
  readonly openPath: (path: string) => Promise<void>
}

export function useFileCommands({ session, preview, openPath }: Options) {
  const [notice, setNotice] = useState<Notice | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const running = useRef(false)

  /** Runs one file command at a time (a second Export while the first is asking where is ignored). */
  const exclusive = useCallback(async (what: string, task: () => Promise<Notice | null>) => {
    if (running.current) return
    running.current = true
    setBusy(what)
    try {
      const result = await task()
      if (result) setNotice(result)
    } finally {
      running.current = false
      setBusy(null)
    }
  }, [])

  const exportPdf = useCallback(
    () =>
      exclusive('Exporting the PDF…', async () => {
        if (!session) return null
        const content = printContent(session)
        try {
          const blockers = await blockingItems(content, preview)
          const result = await host.print.exportPdf(content, content.meta.headline ? { suggestedName: content.meta.headline } : {})
          if (result.status === 'cancelled') return null
          return exportedNotice({ format: 'pdf', path: result.path, pages: result.pages, copyfit: result.copyfit, warnings: [] }, blockers)
        } catch (error) {
          return exportFailedNotice('pdf', messageOf(error))
        }
      }),
    [exclusive, session, preview],
  )

  const exportAs = useCallback(
    (format: ExportFormatId) =>
      exclusive(`Exporting…`, async () => {
        if (!session) return null
        const content = printContent(session)
        try {
          const result = await host.io.exportContent(content, format, {})
          if (result.status === 'cancelled') return null
          return exportedNotice({ format, path: result.path, warnings: result.warnings }, [])
        } catch (error) {
          return exportFailedNotice(format, messageOf(error))
        }
      }),
    [exclusive, session],
  )

  const print = useCallback(
    () =>
      exclusive('Printing…', async () => {
        if (!session) return null
        const content = printContent(session)
        try {
          const result = await host.print.printDialog(content)
          return result.status === 'sent' ? printedNotice(content.meta.headline) : null
        } catch (error) {
          return printFailedNotice(messageOf(error))
        }
      }),
    [exclusive, session],
  )

  /** Opens the first imported article and says what happened. */
  const finishImport = useCallback(
    async (outcome: ImportOutcome): Promise<Notice | null> => {
      const first = outcome.imported[0]
      let opened: string | null = null
      if (first) {
        try {
          await openPath(first.path)
          opened = first.headline
        } catch (error) {
          return { tone: 'warn', title: `Imported into the library, but “${first.headline}” could not be opened.`, items: [messageOf(error).message] }
        }
      }
      return importNotice(outcome, opened)
    },
    [openPath],
  )

  const importWithDialog = useCallback(
    () =>
      exclusive('Importing…', async () => {
        try {
          return await finishImport(await host.io.importFiles({}))
        } catch (error) {
          return { tone: 'error', title: 'Nothing was imported.', items: [messageOf(error).message] }
        }
      }),
    [exclusive, finishImport],
  )

  const importDropped = useCallback(
    (files: readonly File[]) =>
      exclusive('Importing…', async () => {
        try {
          const tooBig = files.filter((f) => f.size > MAX_DROPPED_BYTES)
          const fitting = files.filter((f) => f.size <= MAX_DROPPED_BYTES)
          const docs = await Promise.all(fitting.map(async (f) => ({ name: f.name, data: toBase64(new Uint8Array(await f.arrayBuffer())) })))
          const outcome: ImportOutcome = docs.length > 0 ? await host.io.importData(docs, {}) : { cancelled: false, imported: [], failed: [] }
          const refused = tooBig.map((f) => ({
            source: f.name,
            error: { code: 'FILE_TOO_LARGE', message: `This file is larger than ${MAX_DROPPED_BYTES / 1024 / 1024} MB: import it with File › Import instead of dropping it.` },
          }))
          return await finishImport({ ...outcome, failed: [...outcome.failed, ...refused] })
        } catch (error) {
          return { tone: 'error', title: 'Nothing was imported.', items: [messageOf(error).message] }
        }
      }),
    [exclusive, finishImport],
  )

  const open = session !== null
  useCommand('file.exportPdf', () => void exportPdf(), open)
  useCommand('file.exportDocx', () => void exportAs(EXPORT_COMMANDS['file.exportDocx']), open)
  useCommand('file.exportHtml', () => void exportAs(EXPORT_COMMANDS['file.exportHtml']), open)
  useCommand('file.exportMarkdown', () => void exportAs(EXPORT_COMMANDS['file.exportMarkdown']), open)
  useCommand('file.exportText', () => void exportAs(EXPORT_COMMANDS['file.exportText']), open)
  useCommand('file.print', () => void print(), open)
  useCommand('file.import', () => void importWithDialog())

  // Documents dropped anywhere on the window are imported. Capture phase: the editor would
  // otherwise take the drop as files to paste. Images and .galley files are left alone (the
  // editor adds images; the preload opens articles).
  const latestDrop = useRef(importDropped)
  latestDrop.current = importDropped
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const onDrop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])].filter((f) => IMPORTABLE.test(f.name))
      if (files.length === 0) return
      event.preventDefault()
      event.stopPropagation()
      void latestDrop.current(files)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop, true)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop, true)
    }
  }, [])

  return { notice, dismiss: useCallback(() => setNotice(null), []), busy, exportPdf, exportAs, print, importWithDialog }
}
