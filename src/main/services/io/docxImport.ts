// A Word document (DOCX) into an article: the archive is checked for bombs first, mammoth converts it
// to HTML in a worker thread with a time and memory limit (it can be slow or greedy on crafted files),
// and that HTML goes through the same allow-list converter as any HTML. Document properties fill the
// fields the text does not show.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { Language } from '../../../shared/article/languages'
import { LanguageSchema } from '../../../shared/article/languages'
import { IsoDateSchema, StatusSchema } from '../../../shared/article/meta'
import { mammothStyleMap } from '../../../shared/convert/docxStyles'
import { parseHtmlArticle } from '../../../shared/convert/htmlImport'
import type { ImageSink, ImportedArticle, ImportedMeta } from '../../../shared/convert/imported'
import { GalleyError } from '../../../shared/ipc/errors'
import { CUSTOM_PROPERTY_PREFIX } from './docxExport'
import { DEFAULT_ZIP_LIMITS, inspectZip, type ZipLimits } from './zipGuard'

export interface DocxLimits {
  readonly timeoutMs: number
  /** Heap of the conversion worker. */
  readonly maxMemoryMb: number
  readonly zip: ZipLimits
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = { timeoutMs: 60_000, maxMemoryMb: 1536, zip: DEFAULT_ZIP_LIMITS }

// Plain CommonJS run with `eval`, so the same worker works from sources, bundles and the CLI alike.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const mammoth = require(workerData.mammothPath)
parentPort.once('message', async (message) => {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(message.bytes) },
      { styleMap: message.styleMap, externalFileAccess: false, includeEmbeddedStyleMap: false, ignoreEmptyParagraphs: true },
    )
    parentPort.postMessage({ ok: true, html: result.value, messages: result.messages.map((m) => String(m.message)) })
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String((error && error.message) || error) })
  }
})
`

const damaged = (): GalleyError => new GalleyError('FILE_DAMAGED', 'This Word document is damaged or incomplete, so Galley cannot import it. Nothing was changed.')

/** Runs mammoth off the main thread; a document that takes too long or too much memory is refused. */
export function convertDocxToHtml(bytes: Uint8Array, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<{ html: string; messages: string[] }> {
  const mammothPath = createRequire(import.meta.url).resolve('mammoth')
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { mammothPath },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    })
    let settled = false
    const finish = (fn: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      fn()
      void worker.terminate()
    }
    const timer = setTimeout(
      () => finish(() => reject(new GalleyError('IMPORT_TIMEOUT', `This Word document took longer than ${Math.round(limits.timeoutMs / 1000)} seconds to read, so Galley stopped. It may be damaged or built to be unreadable. Nothing was changed.`))),
      limits.timeoutMs,
    )
    worker.once('message', (m: { ok: true; html: string; messages: string[] } | { ok: false; message: string }) => {
      finish(() => (m.ok ? resolve({ html: m.html, messages: m.messages }) : reject(damaged())))
    })
    worker.once('error', (error: Error & { code?: string }) => {
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new GalleyError('FILE_TOO_LARGE', 'This Word document needs more memory than Galley allows for one import. Nothing was changed.')
            : damaged(),
        ),
      )
    })
    worker.once('exit', () => finish(() => reject(damaged())))
    const copy = bytes.slice()
    worker.postMessage({ bytes: copy.buffer, styleMap: mammothStyleMap() }, [copy.buffer])
  })
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10))
    return XML_ENTITIES[e] ?? all
  })
}

/** Core and custom document properties: `title`, `creator`… and Galley's own `Galley …` entries. */
export function readDocxProperties(core: string | undefined, custom: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (core) {
    for (const m of core.matchAll(/<(?:dc|cp|dcterms):([A-Za-z]+)\b[^>]*>([\s\S]*?)<\/(?:dc|cp|dcterms):\1>/g)) out[m[1]!] = xmlText(m[2]!).trim()
  }
  if (custom) {
    for (const m of custom.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:[a-z0-9]+>([\s\S]*?)<\/vt:[a-z0-9]+>\s*<\/property>/gi)) out[`custom:${xmlText(m[1]!)}`] = xmlText(m[2]!).trim()
  }
  return out
}

function fieldsFromProperties(props: Record<string, string>, meta: ImportedMeta): void {
  const custom = (name: string): string | undefined => props[`custom:${CUSTOM_PROPERTY_PREFIX}${name}`]
  const fill = <K extends 'headline' | 'deck' | 'byline' | 'kicker' | 'dateline' | 'editorInChief' | 'section' | 'publication' | 'authorBio' | 'template'>(key: K, value: string | undefined, max: number): void => {
    if (value && !meta[key]) meta[key] = value.slice(0, max)
  }
  fill('headline', props['title'], 500)
  fill('deck', custom('Deck') ?? props['subject'], 1000)
  fill('byline', custom('Byline') ?? (props['creator'] && props['creator'] !== 'Galley' ? props['creator'] : undefined), 300)
  fill('kicker', custom('Kicker'), 200)
  fill('dateline', custom('Dateline'), 200)
  fill('editorInChief', custom('Editor in Chief'), 200)
  fill('section', custom('Section') ?? props['category'], 120)
  fill('publication', custom('Publication'), 200)
  fill('authorBio', custom('Author Bio'), 500)
  fill('template', custom('Template'), 80)
  const date = custom('Date') ?? ''
  if (!meta.date && date && IsoDateSchema.safeParse(date).success) meta.date = date
  const language = LanguageSchema.safeParse(custom('Language'))
  if (language.success) meta.language = language.data
  const status = StatusSchema.safeParse(custom('Status'))
  if (status.success) meta.status = status.data
  const tags = custom('Tags') ?? props['keywords']
  if (tags) meta.tags = tags.split(/[,;]/).map((t) => t.trim().slice(0, 80)).filter(Boolean).slice(0, 100)
  const fields: Record<string, string> = {}
  for (const [k, v] of Object.entries(props)) {
    const id = k.startsWith(`custom:${CUSTOM_PROPERTY_PREFIX}Field `) ? k.slice(`custom:${CUSTOM_PROPERTY_PREFIX}Field `.length) : null
    if (id && id.length <= 80) fields[id] = v.slice(0, 5000)
  }
  if (Object.keys(fields).length > 0) meta.fields = fields
}

export interface DocxImportOptions {
  readonly images: ImageSink
  readonly defaultLanguage?: Language
  readonly limits?: DocxLimits
}

export async function importDocx(bytes: Uint8Array, options: DocxImportOptions): Promise<ImportedArticle> {
  const limits = options.limits ?? DEFAULT_DOCX_LIMITS
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new GalleyError('NOT_DOCX', 'This is not a Word document (.docx), so Galley cannot import it as one. Old .doc files must be saved as .docx first.')
  }
  const parts = await inspectZip(bytes, (name) => name === 'word/document.xml' || name === 'docProps/core.xml' || name === 'docProps/custom.xml', limits.zip, 'Word document')
  if (!parts.has('word/document.xml')) throw new GalleyError('NOT_DOCX', 'This file is a ZIP archive but not a Word document (.docx), so Galley cannot import it.')
  const { html } = await convertDocxToHtml(bytes, limits)
  const imported = parseHtmlArticle(html, { images: options.images, ...(options.defaultLanguage ? { defaultLanguage: options.defaultLanguage } : {}) })
  const props = readDocxProperties(parts.get('docProps/core.xml')?.toString('utf8'), parts.get('docProps/custom.xml')?.toString('utf8'))
  fieldsFromProperties(props, imported.meta)
  return imported
}
