// launchGalley: the built renderer in Debian Chromium, with `window.galley` backed by the real
// container (handler table + services) in this Node process over a temporary library folder.
// Tests, benchmarks and the docs' screenshots all drive the app through this.
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createContainer, type Container } from '../../../src/main/container'
import { ScriptedFileDialogs } from '../../../src/main/services/FileDialogs'
import { isAppSender } from '../../../src/main/electron/policy/appUrl'
import { ChromiumPdfPrinter } from '../../../src/main/services/print/ChromiumPdfPrinter'
import { FontLibrary } from '../../../src/main/services/print/FontLibrary'
import { RecordingPrintDialog } from '../../../src/main/services/print/testing/RecordingPrintDialog'
import { installBridge, pageEventSink } from './bridge'
import { launchChromium } from './chromium'
import { serveRenderer, type RendererServer } from './server'

export { CHROMIUM_ARGS, findChromium, launchChromium } from './chromium'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const RENDERER_DIR = path.join(repoRoot, 'out/renderer')
export const FONTS_DIR = path.join(repoRoot, 'resources/fonts')

export interface LaunchOptions {
  /** Library folder; a fresh temporary one when omitted. */
  readonly libraryDir?: string
  /** User-data folder (settings, logs); a fresh temporary one when omitted. */
  readonly userDataDir?: string
  /** Reuse a running browser (faster for many launches); otherwise one is started and closed with the app. */
  readonly browser?: Browser
  readonly viewport?: { width: number; height: number }
  readonly colorScheme?: 'light' | 'dark'
  readonly platform?: string
  /** Collects console errors and CSP violations of the page into `problems`. */
  readonly recordProblems?: boolean
}

export interface GalleyApp {
  readonly page: Page
  readonly context: BrowserContext
  readonly container: Container
  readonly libraryDir: string
  readonly userDataDir: string
  readonly origin: string
  /** Console errors, page errors and Content-Security-Policy violations seen so far. */
  readonly problems: string[]
  /** Answers the app's open and save dialogs (File → Import…, Export…, Export PDF…); unanswered ones are cancelled. */
  readonly dialogs: ScriptedFileDialogs
  /** File › Print's system dialog: records the documents sent to it and answers as scripted ("sent" by default). */
  readonly printDialog: RecordingPrintDialog
  /** Reloads the page and waits for the app shell. */
  reload(): Promise<void>
  /**
   * Simulates the Node side dying abruptly: the page loses its host and the container is dropped
   * without `dispose()` (no flush, no clean shutdown). Folders are kept for a restart.
   */
  crash(): Promise<void>
  /** Closes everything; temporary folders this launch created are removed unless `keepFiles`. */
  close(options?: { keepFiles?: boolean }): Promise<void>
}

export async function launchGalley(options: LaunchOptions = {}): Promise<GalleyApp> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR} is missing). Run "npm run build" first.`)
  }
  const ownLibrary = !options.libraryDir
  const ownUserData = !options.userDataDir
  const libraryDir = options.libraryDir ?? (await mkdtemp(path.join(tmpdir(), 'galley-lib-')))
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'galley-data-')))

  let server: RendererServer | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  try {
    server = await serveRenderer(RENDERER_DIR)
    const origin = server.origin
    browser = options.browser ?? (await launchChromium())
    context = await browser.newContext({
      viewport: options.viewport ?? { width: 1360, height: 880 },
      colorScheme: options.colorScheme ?? 'light',
      deviceScaleFactor: 1,
    })
    const ctx = context
    const dialogs = new ScriptedFileDialogs()
    const printDialog = new RecordingPrintDialog()
    const container = createContainer({
      appName: 'Galley',
      version: (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version,
      platform: options.platform ?? process.platform,
      userDataDir,
      defaultLibraryDir: libraryDir,
      events: pageEventSink(() => ctx.pages()),
      isTrustedSender: (sender) => isAppSender(sender, origin),
      onUnexpectedError: (channel, error) => console.error(`[galley harness] ${channel} failed:`, error),
      // PDFs print in the same browser, in a context of their own, as the CLI prints them.
      dialogs,
      print: { printer: new ChromiumPdfPrinter({ browser, fonts: new FontLibrary(FONTS_DIR) }), printDialog },
    })
    await container.start()
    let live: Container | undefined = container
    await installBridge(
      context,
      () => {
        if (!live) return async () => ({ ok: false, error: { code: 'HOST_GONE', message: 'Galley’s main process is not running.' } })
        return live.dispatch
      },
      server,
    )

    const page = await context.newPage()
    const problems: string[] = []
    if (options.recordProblems !== false) {
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`)
      })
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
    }
    await page.goto(`${origin}/index.html`)
    await page.waitForSelector('[data-testid="app-shell"]')

    const ownBrowser = !options.browser
    const srv = server
    const br = browser
    return {
      page,
      context,
      container,
      libraryDir,
      userDataDir,
      origin,
      problems,
      dialogs,
      printDialog,
      async reload() {
        await page.reload()
        await page.waitForSelector('[data-testid="app-shell"]')
      },
      async crash() {
        const dying = live
        live = undefined
        // Watchers and timers stop as they would with the process; nothing is flushed or written.
        await dying?.halt()
      },
      async close(closeOptions = {}) {
        if (live) await live.dispose().catch(() => undefined)
        live = undefined
        await ctx.close().catch(() => undefined)
        if (ownBrowser) await br.close().catch(() => undefined)
        await srv.close()
        if (!closeOptions.keepFiles) {
          if (ownLibrary) await rm(libraryDir, { recursive: true, force: true })
          if (ownUserData) await rm(userDataDir, { recursive: true, force: true })
        }
      },
    }
  } catch (error) {
    await context?.close().catch(() => undefined)
    if (!options.browser) await browser?.close().catch(() => undefined)
    await server?.close()
    throw error
  }
}
