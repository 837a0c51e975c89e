// The PDF side of the shell with `electron` mocked: the hidden print window (the save dialog is
// ElectronFileDialogs, tested beside it).
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PRINT_READY_SCRIPT } from '../../shared/render/copyfit'

type Listener = (...args: unknown[]) => void

const windows: FakeWindow[] = []
let beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined
const permissionHandler = vi.fn()

class FakeWindow {
  destroyed = false
  loaded: string[] = []
  htmlAtLoad: string[] = []
  listeners = new Map<string, Listener>()
  scripts: string[] = []
  printOptions: unknown[] = []
  dialogOptions: unknown[] = []
  events: string[] = []
  /** How the next system print dialog ends: [success, failureReason]. */
  dialogAnswer: [boolean, string] = [true, '']
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    windows.push(this)
  }
  webContents = {
    on: (name: string, l: Listener) => this.listeners.set(name, l),
    executeJavaScript: async (script: string) => {
      this.scripts.push(script)
      return script === PRINT_READY_SCRIPT ? 'loaded' : { spanPx: 1, flowPx: 2, fullPx: 0 }
    },
    print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
      this.dialogOptions.push(options)
      setTimeout(() => {
        this.events.push('dialog closed')
        callback(...this.dialogAnswer)
      }, 5)
    },
    printToPDF: async (options: unknown) => {
      this.printOptions.push(options)
      return Buffer.from('%PDF-1.7 fake')
    },
  }
  async loadFile(file: string) {
    this.loaded.push(file)
    this.htmlAtLoad.push(readFileSync(file, 'utf8'))
    this.events.push(`load ${this.htmlAtLoad.at(-1)}`)
    // The document may be fetched; anything else is refused.
    const allowed: boolean[] = []
    beforeRequest?.({ url: `file://${file}` }, (r) => allowed.push(!r.cancel))
    beforeRequest?.({ url: 'data:font/woff2;base64,AAAA' }, (r) => allowed.push(!r.cancel))
    beforeRequest?.({ url: 'https://tracker.example/pixel.png' }, (r) => allowed.push(!r.cancel))
    beforeRequest?.({ url: 'file:///etc/passwd' }, (r) => allowed.push(!r.cancel))
    this.requestsAllowed = allowed
  }
  requestsAllowed: boolean[] = []
  isDestroyed() {
    return this.destroyed
  }
  destroy() {
    this.destroyed = true
  }
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  session: {
    fromPartition: (name: string) => ({
      name,
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
      setPermissionRequestHandler: permissionHandler,
    }),
  },
}))

const { ElectronPdfPrinter, allowPrintRequest, isCancel, printDialogOptions, printWindowOptions, PRINT_PARTITION } = await import('./ElectronPdfPrinter')
const { FontLibrary } = await import('../services/print/FontLibrary')
const fonts = new FontLibrary(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../resources/fonts'))

let temp: string
beforeEach(async () => {
  windows.length = 0
  temp = await mkdtemp(path.join(tmpdir(), 'galley-eprint-'))
})
afterEach(async () => {
  await rm(temp, { recursive: true, force: true })
})

describe('ElectronPdfPrinter', () => {
  it('prints in one hidden, sandboxed window that it keeps warm', async () => {
    const printer = new ElectronPdfPrinter({ tempDir: temp, fonts })
    const first = await printer.print({ html: '<p>one</p>', measure: 'measure()' })
    const second = await printer.print({ html: '<p>two</p>' })
    expect(windows).toHaveLength(1)
    const win = windows[0]!
    expect(win.options.show).toBe(false)
    expect(win.options.webPreferences).toMatchObject({ partition: PRINT_PARTITION, sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(win.htmlAtLoad).toEqual(['<p>one</p>', '<p>two</p>'])
    // Fonts and images ready before the measure, the measure before printing.
    expect(win.scripts).toEqual([PRINT_READY_SCRIPT, 'measure()', PRINT_READY_SCRIPT])
    expect(first.measurement).toEqual({ spanPx: 1, flowPx: 2, fullPx: 0 })
    expect(second.measurement).toBeNull()
    expect(Buffer.from(first.pdf).toString()).toBe('%PDF-1.7 fake')
    expect(win.printOptions[0]).toEqual({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } })
    // The transient documents are gone.
    expect(await readdir(temp)).toEqual([])
    expect(win.loaded.every((f) => !existsSync(f))).toBe(true)
  })

  it('hands the document its fonts as data: URLs', async () => {
    const urls = await new ElectronPdfPrinter({ tempDir: temp, fonts }).fontUrls()
    expect(urls('source-serif-4-latin-400-normal.woff2')).toMatch(/^data:font\/woff2;base64,d09GMg/)
  })

  it('lets the print window load its document and data: URLs only', async () => {
    const printer = new ElectronPdfPrinter({ tempDir: temp, fonts })
    await printer.print({ html: '<p>x</p>' })
    expect(windows[0]!.requestsAllowed).toEqual([true, true, false, false])
    expect(allowPrintRequest('data:image/png;base64,AA', undefined)).toBe(true)
    expect(allowPrintRequest('file:///tmp/a.html', undefined)).toBe(false)
    expect(printWindowOptions().webPreferences?.webviewTag).toBe(false)
  })

  it('starts a new window after the renderer crashed, and destroys it on close', async () => {
    const printer = new ElectronPdfPrinter({ tempDir: temp, fonts })
    await printer.print({ html: 'a' })
    windows[0]!.listeners.get('render-process-gone')?.({}, { reason: 'crashed' })
    expect(windows[0]!.destroyed).toBe(true)
    await printer.print({ html: 'b' })
    expect(windows).toHaveLength(2)
    await printer.close()
    expect(windows[1]!.destroyed).toBe(true)
  })

  it('opens the system print dialog of the same hidden window on the document, fonts ready, and reports how it ended', async () => {
    const printer = new ElectronPdfPrinter({ tempDir: temp, fonts })
    await printer.print({ html: '<p>pdf</p>' })
    const sent = await printer.printDialog({ html: '<p>paper</p>', title: 'Leader' })
    expect(sent).toBe('sent')
    expect(windows).toHaveLength(1)
    const win = windows[0]!
    expect(win.htmlAtLoad).toEqual(['<p>pdf</p>', '<p>paper</p>'])
    expect(win.scripts.at(-1)).toBe(PRINT_READY_SCRIPT)
    // Not silent: the user chooses the printer; the document's own page size and margins, backgrounds printed.
    expect(win.dialogOptions).toEqual([{ silent: false, printBackground: true, margins: { marginType: 'default' } }])
    expect(printDialogOptions()).toEqual(win.dialogOptions[0])
    win.dialogAnswer = [false, 'cancelled']
    expect(await printer.printDialog({ html: '<p>again</p>', title: 'Leader' })).toBe('cancelled')
    win.dialogAnswer = [false, 'Print job failed']
    await expect(printer.printDialog({ html: '<p>x</p>', title: 'Leader' })).rejects.toThrow(/Print job failed/)
    expect(await readdir(temp)).toEqual([])
    expect(isCancel('Print job canceled')).toBe(true)
    expect(isCancel('failed')).toBe(false)
  })

  it('lets no preview job replace the document while the dialog is open', async () => {
    const printer = new ElectronPdfPrinter({ tempDir: temp, fonts })
    const dialog = printer.printDialog({ html: '<p>paper</p>', title: 'Leader' })
    const preview = printer.print({ html: '<p>preview</p>' })
    await Promise.all([dialog, preview])
    const win = windows[0]!
    expect(win.events).toEqual(['load <p>paper</p>', 'dialog closed', 'load <p>preview</p>'])
  })
})
