// What File › Export, Print and Import tell the user afterwards, in plain words: where the file
// went, what was not ready for print, why something failed.
import type { HostError } from '../../../../shared/ipc/errors'
import type { ExportFormatId, ImportOutcome } from '../../../../shared/ipc/io'
import type { CopyfitResult } from '../../../../shared/render/copyfit'

export interface Notice {
  readonly tone: 'ok' | 'warn' | 'error'
  readonly title: string
  /** A line introducing `items` ("Not ready for print…"). */
  readonly detail?: string
  readonly items: readonly string[]
}

export const FORMAT_NAMES: Readonly<Record<ExportFormatId, string>> = {
  pdf: 'PDF',
  docx: 'Word document',
  html: 'web page',
  'html-body': 'HTML for the web',
  md: 'Markdown file',
  txt: 'plain-text file',
}

/** File name and folder of a path, on any platform. */
export function splitPath(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  if (cut < 0) return { folder: '', name: path }
  return { folder: path.slice(0, cut) || path.slice(0, 1), name: path.slice(cut + 1) }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

export interface Exported {
  readonly format: ExportFormatId
  readonly path: string
  readonly pages?: number
  readonly copyfit?: CopyfitResult | null
  /** The exporter's own remarks (what a format could not carry…). */
  readonly warnings: readonly string[]
}

/** After a successful export; `blockers` are the ready-for-print checklist's blocking items. */
export function exportedNotice(done: Exported, blockers: readonly string[]): Notice {
  const { folder, name } = splitPath(done.path)
  const pages = done.pages ? ` (${plural(done.pages, 'page')})` : ''
  const title = `Exported the ${FORMAT_NAMES[done.format]}${pages} as “${name}” in ${folder}.`
  const remarks = [...done.warnings]
  if (done.copyfit && done.copyfit.status !== 'fits') remarks.push(`The copy does not fit its space: ${done.copyfit.message}.`)
  if (blockers.length > 0) {
    return { tone: 'warn', title, detail: 'Not ready for print — exported anyway:', items: [...blockers, ...remarks] }
  }
  return remarks.length > 0 ? { tone: 'warn', title, items: remarks } : { tone: 'ok', title, items: [] }
}

export function exportFailedNotice(format: ExportFormatId, error: Pick<HostError, 'message'>): Notice {
  return { tone: 'error', title: `The ${FORMAT_NAMES[format]} was not exported.`, items: [error.message] }
}

export function printedNotice(headline: string): Notice {
  return { tone: 'ok', title: `Sent “${headline || 'Untitled article'}” to the printer.`, items: [] }
}

export function printFailedNotice(error: Pick<HostError, 'message'>): Notice {
  return { tone: 'error', title: 'The article was not printed.', items: [error.message] }
}

/** After an import (dialog or drop); `opened` is the headline of the article now in the window. Null when nothing happened (cancelled). */
export function importNotice(outcome: ImportOutcome, opened: string | null): Notice | null {
  if (outcome.cancelled) return null
  const failed = outcome.failed.map((f) => `${splitPath(f.source).name}: ${f.error.message}`)
  const remarks = outcome.imported.flatMap((i) => i.warnings.map((w) => `${splitPath(i.source).name}: ${w}`))
  const count = outcome.imported.length
  if (count === 0) {
    return { tone: 'error', title: failed.length === 1 ? 'The document was not imported.' : 'No document was imported.', items: failed }
  }
  const into = `${count === 1 ? 'Imported one document' : `Imported ${plural(count, 'document')}`} into the library`
  const title = opened !== null ? `${into} and opened “${opened || 'Untitled article'}”.` : `${into}.`
  const items = [...failed, ...remarks]
  return { tone: items.length > 0 ? 'warn' : 'ok', title, ...(failed.length > 0 ? { detail: `${plural(failed.length, 'document was', 'documents were')} not imported:` } : {}), items }
}
