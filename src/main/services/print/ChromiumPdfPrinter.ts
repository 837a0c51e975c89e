// PdfPrinter over system Chromium (playwright-core): one browser and one page, launched on first use
// and kept warm, so the second and later prints skip the browser start-up. The bundled fonts are
// served to the page under one fixed URL each, so Chromium keeps them decoded between prints.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PRINT_READY_SCRIPT } from '../../../shared/render/copyfit'
import { SerialQueue } from '../util/SerialQueue'
import type { FontLibrary } from './FontLibrary'
import { launchChromium } from './chromium'
import { CHROMIUM_PDF_OPTIONS, type PdfPrinter, type PrintedPdf, type PrintJob } from './PdfPrinter'

/** Where the print page finds the bundled fonts (answered by the printer itself; `.invalid` never resolves). */
export const FONT_ORIGIN = 'https://fonts.galley.invalid'

export interface ChromiumPdfPrinterOptions {
  readonly fonts: FontLibrary
  /** A running browser to print in (a new context is made in it and closed with the printer). */
  readonly browser?: Browser
  /** How to start a browser when none is given; default: system Chromium with the harness flags. */
  readonly launch?: () => Promise<Browser>
}

const FONTS_STYLE = /<style data-galley-fonts>([\s\S]*?)<\/style>/

function fontsStyle(html: string): string | null {
  return FONTS_STYLE.exec(html)?.[1] ?? null
}

/**
 * Runs in the page: replaces the document's attributes, title, layout style and body with those of
 * `html`, keeping the fonts style (and so the loaded faces) in place.
 */
const SWAP_DOCUMENT = `(html) => {
  const next = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const attr of next.documentElement.attributes) root.setAttribute(attr.name, attr.value);
  document.title = next.title;
  const layout = document.querySelector('style[data-galley-layout]');
  layout.textContent = next.querySelector('style[data-galley-layout]').textContent;
  document.body.replaceWith(document.adoptNode(next.body));
}`

export class ChromiumPdfPrinter implements PdfPrinter {
  private readonly queue = new SerialQueue()
  private browser: Browser | undefined
  private context: BrowserContext | undefined
  private page: Page | undefined
  /** The @font-face rules of the document on the page. */
  private loadedFonts: string | undefined
  private readonly ownsBrowser: boolean

  constructor(private readonly options: ChromiumPdfPrinterOptions) {
    this.ownsBrowser = !options.browser
  }

  async fontUrls(): Promise<(file: string) => string> {
    await this.options.fonts.load()
    return (file) => `${FONT_ORIGIN}/${encodeURIComponent(file)}`
  }

  print(job: PrintJob): Promise<PrintedPdf> {
    return this.queue.run(async () => {
      try {
        return await this.printOn(await this.warmPage(), job)
      } catch (error) {
        // A crashed page or a browser that went away: start afresh once, then give up.
        if (!(await this.isBroken())) throw error
        await this.reset()
        return this.printOn(await this.warmPage(), job)
      }
    })
  }

  close(): Promise<void> {
    return this.queue.run(() => this.reset())
  }

  private async printOn(page: Page, job: PrintJob): Promise<PrintedPdf> {
    const fonts = fontsStyle(job.html)
    const swapped =
      fonts !== null &&
      fonts === this.loadedFonts &&
      // Same fonts as the document on the page: swap in the new document around them, so the
      // faces stay loaded (a new document would fetch and decode them again). The wait for fonts
      // and images runs in the same round trip to the page.
      (await page.evaluate(`(${SWAP_DOCUMENT})(${JSON.stringify(job.html)}), ${PRINT_READY_SCRIPT}`).then(
        () => true,
        () => false,
      ))
    if (!swapped) {
      this.loadedFonts = undefined
      await page.setContent(job.html, { waitUntil: 'load' })
      this.loadedFonts = fonts ?? undefined
      await page.evaluate(PRINT_READY_SCRIPT)
    }
    const measurement = job.measure ? await page.evaluate(job.measure) : null
    const pdf = await page.pdf(CHROMIUM_PDF_OPTIONS)
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), measurement }
  }

  private async warmPage(): Promise<Page> {
    if (this.page && !this.page.isClosed()) return this.page
    if (!this.browser) this.browser = this.options.browser ?? (await (this.options.launch ?? launchChromium)())
    // No network: the page gets its fonts from the printer and everything else inline (data: URLs).
    this.context = await this.browser.newContext({ javaScriptEnabled: true, deviceScaleFactor: 1 })
    const page = await this.context.newPage()
    const fonts = await this.options.fonts.load()
    await page.route('**/*', async (route) => {
      const url = route.request().url()
      const font = url.startsWith(`${FONT_ORIGIN}/`) ? fonts.get(decodeURIComponent(url.slice(FONT_ORIGIN.length + 1))) : undefined
      if (font) {
        await route.fulfill({ status: 200, body: Buffer.from(font), headers: { 'content-type': 'font/woff2', 'cache-control': 'max-age=31536000, immutable', 'access-control-allow-origin': '*' } })
      } else await route.abort()
    })
    this.page = page
    return page
  }

  private async isBroken(): Promise<boolean> {
    return !this.browser?.isConnected() || !this.page || this.page.isClosed()
  }

  private async reset(): Promise<void> {
    await this.context?.close().catch(() => undefined)
    if (this.ownsBrowser) await this.browser?.close().catch(() => undefined)
    this.page = undefined
    this.context = undefined
    this.loadedFonts = undefined
    if (this.ownsBrowser) this.browser = undefined
  }
}
