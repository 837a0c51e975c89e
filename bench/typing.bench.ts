// npm run bench -- typing
// Keystroke latency on a 20,000-word article with subheads and images, in Chromium: Galley's editor
// against a bare Lexical editor (RichTextPlugin + HistoryPlugin only, same text), in the same run.
// Latency = from the keydown event's timestamp to the moment the editor's DOM is updated and laid
// out (a forced layout read in an update listener). Typing in the middle of the article, Enter, and
// Backspace joining two paragraphs; p50/p95 over 200+ keystrokes each after a warm-up. Also the
// time to open the article until it is editable (after a warm-up too: the first, cold open of each
// editor is reported apart, both editors already on screen as the bare page's is from its load), and
// the JS heap after opening. Galley runs twice
// per round: with spell check off, and with it on and warmed (the whole article checked and its
// misspellings underlined before the first keystroke), so the cost of checking shows apart.
import react from '@vitejs/plugin-react'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { launchChromium, launchGalley, RENDERER_DIR } from '../tests/e2e/harness/index'
import { serveRenderer } from '../tests/e2e/harness/server'
import { solidPng } from '../tests/e2e/helpers/png'
import { body, paragraph } from '../src/shared/article/body'
import { createArticle, serializeArticle } from '../src/shared/article/file'
import { longArticleFile } from './article'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const dataDir = path.join(here, '.data')
const bareDir = path.join(dataDir, 'bare')
const WORDS = 20_000
const WARMUP = 30
const SAMPLES = 220
const ROUNDS = 2
/**
 * Opens per run: opening is short and the machine is shared, so the median of several, pooled over
 * the rounds. As keystrokes are, opens are measured after a warm-up: the first opens of a page run
 * code V8 has not optimized yet (and Galley has more of it than the bare editor), which a writer
 * pays once a session, not for every article of the day. The first (cold) open is reported apart.
 */
const WARM_OPENS = 3
const OPENS = 7
/** Copies of the article in Galley's library, opened in turn (the window keeps an article it shows). */
const COPIES = 5

type Op = 'type' | 'enter' | 'backspace'
const OPS: readonly Op[] = ['type', 'enter', 'backspace']

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))] ?? NaN
}
const round = (n: number): number => Math.round(n * 100) / 100

async function prepare(): Promise<{ file: string; words: number; blocks: number; textBlocks: number }> {
  mkdirSync(dataDir, { recursive: true })
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    console.log('Building Galley (npm run build)…')
    const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    if (r.status !== 0) throw new Error('npm run build failed')
  }
  console.log('Building the bare Lexical baseline…')
  await build({
    root: path.join(here, 'bare'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: bareDir, emptyOutDir: true, minify: true, target: 'chrome130' },
  })
  const png = solidPng(640, 400, [60, 110, 170])
  const key = createHash('sha256').update(png).digest('hex')
  const { text, words } = longArticleFile(WORDS, png, key)
  const file = path.join(dataDir, 'long-article.galley')
  writeFileSync(file, text)
  const parsed = JSON.parse(text) as { body: { root: { children: { type: string }[] } } }
  const blocks = parsed.body.root.children.length
  return { file, words, blocks, textBlocks: parsed.body.root.children.filter((b) => b.type !== 'image').length }
}

interface EditorRun {
  /** Each measured (warm) open. */
  opens: number[]
  /** Of each open, the time host calls on the open path spent in the e2e harness's transport (its WebSocket to the page), not in Galley. */
  transports: number[]
  /** The page's first open of the long article, before any warm-up. */
  coldMs: number
  /** Galley: its window's first article (a short one), opened from the start view: the window builds its editor, panes and toolbar then. */
  windowMs?: number
  heapMb: number
  samples: Record<Op, number[]>
  /** Spell check on: from choosing the file until every paragraph is checked and underlined. */
  spellReadyMs?: number
  underlines?: number
}

const BODY = '[data-testid="article-body"]'

/**
 * How an article reaches the editor: Galley's window gets it from main (`onOpenFile`, then
 * `library.open`: the file read, validated and sent over the host API); the bare editor reads it
 * from a file input. Each open is timed from that moment until the text is on screen and editable.
 */
type Opener = { readonly kind: 'galley'; readonly files: readonly string[] } | { readonly kind: 'input'; readonly selector: string; readonly file: string }

async function openAndMeasure(page: Page, opener: Opener, expectedBlocks: number): Promise<Pick<EditorRun, 'opens' | 'transports' | 'coldMs' | 'heapMb'>> {
  const opens: number[] = []
  const transports: number[] = []
  let coldMs = NaN
  for (let i = 0; i < WARM_OPENS + OPENS; i++) {
    const opened = await openOnce(page, opener, i, expectedBlocks)
    if (i === 0) coldMs = opened.ms
    if (i >= WARM_OPENS) {
      opens.push(opened.ms)
      transports.push(opened.transportMs)
    }
    await page.waitForTimeout(1200)
  }
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return { opens, transports, coldMs, heapMb: heap.usedSize / 1024 / 1024 }
}

/**
 * Host calls the window awaits while opening (claiming the file, reading it, saving the article it
 * leaves). In the e2e harness they cross a WebSocket instead of Electron's IPC: their round trip minus the
 * time main's handler took is the harness's, reported apart from the open time.
 */
const OPEN_PATH_CALLS = ['galley:desktop.openArticle', 'galley:desktop.setWindowState', 'galley:library.open', 'galley:library.save']

/**
 * Opens the file and times it until the article is editable and laid out, or — `untilSpelled` —
 * until the spell checker has also underlined all of it.
 */
async function openOnce(page: Page, opener: Opener, index: number, expectedBlocks: number, untilSpelled = false): Promise<{ ms: number; transportMs: number }> {
  // Galley opens another copy each time: the window keeps an article it already shows.
  const emitPath = opener.kind === 'galley' ? (opener.files[index % opener.files.length] as string) : null
  await page.evaluate(
    ([expected, path, spelled]) => {
      const w = window as unknown as { __opened: Promise<number>; __galleyCalls?: unknown[]; __galleyEmit(channel: string, payload: unknown): void }
      w.__galleyCalls = []
      // What is on screen before this open does not count as opened.
      const old = new WeakSet([...(document.querySelector('[data-testid="article-body"]')?.children ?? [])])
      // No named inner functions here: tsx would wrap them in a helper the page does not have.
      const clock = { t0: 0 }
      const started = new Promise<void>((go) => {
        if (path) return go()
        window.addEventListener(
          'change',
          () => {
            clock.t0 = performance.now()
            go()
          },
          { capture: true, once: true },
        )
      })
      w.__opened = (async () => {
        await started
        for (;;) {
          const body = document.querySelector('[data-testid="article-body"]') as HTMLElement | null
          const first = body?.firstElementChild
          const last = body?.lastElementChild
          const done = body && first && last && !old.has(first) && !old.has(last) && body.childElementCount >= (expected as number) && body.isContentEditable
          if (done && (!spelled || body.getAttribute('data-spelling') === 'ready')) {
            void body.offsetHeight
            const end = performance.now()
            ;(window as unknown as { __openedAt: number }).__openedAt = end
            return end - clock.t0
          }
          await new Promise((r) => requestAnimationFrame(r))
        }
      })()
      if (path) {
        clock.t0 = performance.now()
        w.__galleyEmit('galley:event.openFile', { path })
      }
    },
    [expectedBlocks, emitPath, untilSpelled] as const,
  )
  if (opener.kind === 'input') await page.locator(opener.selector).setInputFiles(opener.file)
  return page.evaluate(async (onPath) => {
    const w = window as unknown as { __opened: Promise<number>; __openedAt: number; __galleyCalls?: { channel: string; start: number; end: number; handlerMs: number }[] }
    const ms = await w.__opened
    const calls = w.__galleyCalls ?? []
    w.__galleyCalls = undefined
    // Calls that ended after the article was editable did not hold it up.
    const done = w.__openedAt
    let transportMs = 0
    for (const c of calls) if (onPath.includes(c.channel) && c.end <= done) transportMs += Math.max(0, c.end - c.start - c.handlerMs)
    return { ms, transportMs }
  }, OPEN_PATH_CALLS)
}

async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector('[data-testid="article-body"]') as HTMLElement & {
      __lexicalEditor: { registerUpdateListener(l: (p: { dirtyElements: Map<string, unknown>; dirtyLeaves: Set<string> }) => void): () => void }
    }
    const w = window as unknown as { __lat: { samples: { key: string; ms: number }[]; pending: { key: string; t: number } | null } }
    w.__lat = { samples: [], pending: null }
    window.addEventListener('keydown', (e) => (w.__lat.pending = { key: e.key, t: e.timeStamp }), true)
    body.__lexicalEditor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      const pending = w.__lat.pending
      if (!pending || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return
      // The forced layout read: the update is only done when the page is laid out again.
      void body.offsetHeight
      w.__lat.samples.push({ key: pending.key, ms: performance.now() - pending.t })
      w.__lat.pending = null
    })
  })
}

/** Puts the caret in the middle of the middle paragraph (through the DOM selection, as a click would). */
async function caretInMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector('[data-testid="article-body"]') as HTMLElement
    const paragraphs = [...body.children].filter((el) => el.tagName === 'P')
    const target = paragraphs[Math.floor(paragraphs.length / 2)] as HTMLElement
    target.scrollIntoView({ block: 'center' })
    const text = target.querySelector('[data-lexical-text]')?.firstChild as Text
    body.focus()
    window.getSelection()?.collapse(text, Math.floor(text.length / 2))
  })
  await page.waitForTimeout(300)
}

async function keystrokes(page: Page): Promise<Record<Op, number[]>> {
  await caretInMiddle(page)
  const letters = 'newspaper '
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : (letters[i % letters.length] as string))
    await page.waitForTimeout(8)
  }
  // Enter splits the paragraph; Backspace at the start of the new one joins them again.
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await page.keyboard.press('Enter')
    await page.waitForTimeout(8)
    await page.keyboard.press('Backspace')
    await page.waitForTimeout(8)
  }
  const raw = await page.evaluate(() => (window as unknown as { __lat: { samples: { key: string; ms: number }[] } }).__lat.samples)
  const of = (pred: (k: string) => boolean): number[] => raw.filter((s) => pred(s.key)).map((s) => s.ms).slice(WARMUP)
  return { type: of((k) => k.length === 1 || k === ' '), enter: of((k) => k === 'Enter'), backspace: of((k) => k === 'Backspace') }
}

async function runGalley(browser: Browser, file: string, blocks: number, spellCheck: boolean): Promise<EditorRun> {
  const app = await launchGalley({ browser, viewport: { width: 1360, height: 880 } })
  try {
    await app.container.services.settings.set({ spellCheck })
    // The window starts on the library (no article, no body yet): the setting then reaches it before
    // the first open, whose event is delivered after it. An article already shown must follow it.
    await app.page.waitForFunction(
      ([sel, on]) => {
        const body = document.querySelector(sel)
        return !body || (body.getAttribute('data-spelling') === 'off') !== on
      },
      [BODY, spellCheck] as const,
    )
    // The article's copies live in the library, as a journalist's files do.
    const text = readFileSync(file)
    const files = Array.from({ length: COPIES }, (_, i) => {
      const copy = path.join(app.libraryDir, `Long article ${i + 1}.galley`)
      writeFileSync(copy, text)
      return copy
    })
    // Opened once the library has indexed them, as a journalist's articles are: the index reading five
    // new 20,000-word files is not part of opening one.
    // The window starts on the start view, with no editor yet; the bare page draws its editor as it
    // loads, before any open is timed. Galley's editor is put on screen first the same way, with a
    // short article, the one a writer's day starts with: the cold open below is then the first open
    // of a long article into an editor on screen, in both. Building the window is reported apart.
    const short = path.join(app.libraryDir, 'Short article.galley')
    writeFileSync(short, serializeArticle(createArticle({ id: crypto.randomUUID(), now: new Date('2026-01-01T00:00:00Z'), meta: { headline: 'A short note' }, body: body([paragraph('The council meets on Monday.')]) })))
    await libraryHas(app, [...files, short])
    const windowMs = (await openOnce(app.page, { kind: 'galley', files: [short] }, 0, 1)).ms
    await app.page.waitForTimeout(1200)
    const opener: Opener = { kind: 'galley', files }
    const opened = await openAndMeasure(app.page, opener, blocks)
    const run: EditorRun = { ...opened, windowMs, samples: { type: [], enter: [], backspace: [] } }
    if (spellCheck) {
      // Warmed: one more copy is opened and typing starts only when it is all checked.
      run.spellReadyMs = (await openOnce(app.page, opener, WARM_OPENS + OPENS, blocks, true)).ms
      run.underlines = await app.page.evaluate(() => CSS.highlights.get('galley-spelling')?.size ?? 0)
    }
    await instrument(app.page)
    run.samples = await keystrokes(app.page)
    return run
  } finally {
    await app.close()
  }
}

/** Waits until the library's index lists every one of `files`. */
async function libraryHas(app: Awaited<ReturnType<typeof launchGalley>>, files: readonly string[]): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const listed = new Set((await app.container.services.library.list({})).map((s) => s.path))
    if (files.every((f) => listed.has(f))) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('The library never indexed the copies of the long article.')
}

async function runBare(browser: Browser, file: string, blocks: number): Promise<EditorRun> {
  const server = await serveRenderer(bareDir)
  const context = await browser.newContext({ viewport: { width: 1360, height: 880 }, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    await page.goto(`${server.origin}/index.html`)
    await page.waitForSelector('[data-testid="article-body"]')
    const opened = await openAndMeasure(page, { kind: 'input', selector: '#open', file }, blocks)
    await instrument(page)
    return { ...opened, samples: await keystrokes(page) }
  } finally {
    await context.close().catch(() => undefined)
    await server.close()
  }
}

const { file, words, blocks, textBlocks } = await prepare()
console.log(`Article: ${words} words, ${blocks} blocks (${blocks - textBlocks} images).`)
const browser = await launchChromium()
const galley: EditorRun[] = []
const spell: EditorRun[] = []
const bare: EditorRun[] = []
try {
  // Interleaved rounds, so every editor sees the same machine load.
  for (let r = 0; r < ROUNDS; r++) {
    console.log(`Round ${r + 1}/${ROUNDS}: Galley, spell check off…`)
    galley.push(await runGalley(browser, file, blocks, false))
    console.log(`Round ${r + 1}/${ROUNDS}: Galley, spell check on…`)
    spell.push(await runGalley(browser, file, blocks, true))
    console.log(`Round ${r + 1}/${ROUNDS}: bare Lexical…`)
    bare.push(await runBare(browser, file, textBlocks))
  }
} finally {
  await browser.close()
}

const pooled = (runs: EditorRun[], op: Op): number[] => runs.flatMap((run) => run.samples[op])
const median = (xs: number[]): number => percentile(xs, 0.5)
const perOp = Object.fromEntries(
  OPS.map((op) => {
    const g = pooled(galley, op)
    const sp = pooled(spell, op)
    const b = pooled(bare, op)
    const row = {
      n: Math.min(g.length, sp.length, b.length),
      galley_p50_ms: round(percentile(g, 0.5)),
      galley_p95_ms: round(percentile(g, 0.95)),
      spell_p50_ms: round(percentile(sp, 0.5)),
      spell_p95_ms: round(percentile(sp, 0.95)),
      bare_p50_ms: round(percentile(b, 0.5)),
      bare_p95_ms: round(percentile(b, 0.95)),
    }
    return [op, { ...row, p95_ratio: round(row.galley_p95_ms / row.bare_p95_ms), spell_p95_ratio: round(row.spell_p95_ms / row.bare_p95_ms) }]
  }),
) as Record<
  Op,
  { n: number; galley_p50_ms: number; galley_p95_ms: number; spell_p50_ms: number; spell_p95_ms: number; bare_p50_ms: number; bare_p95_ms: number; p95_ratio: number; spell_p95_ratio: number }
>

const worst = OPS.reduce((a, b) => (perOp[b].p95_ratio > perOp[a].p95_ratio ? b : a))
const spellWorst = OPS.reduce((a, b) => (perOp[b].spell_p95_ratio > perOp[a].spell_p95_ratio ? b : a))
const spellOpenMs = median(spell.flatMap((r) => r.opens))
const openMs = median(galley.flatMap((r) => r.opens))
const bareOpenMs = median(bare.flatMap((r) => r.opens))
const transportMs = median(galley.flatMap((r) => r.transports))
const netOpenMs = median(galley.flatMap((r) => r.opens.map((ms, i) => ms - (r.transports[i] ?? 0))))
const coldMs = median(galley.map((r) => r.coldMs))
const bareColdMs = median(bare.map((r) => r.coldMs))
const windowMs = median(galley.map((r) => r.windowMs ?? NaN))
console.log('')
const cell = (p50: number, p95: number): string => `${String(p50).padStart(7)} / ${String(p95).padEnd(8)}`
console.log('operation   n    Galley p50/p95 ms   +spelling p50/p95    bare p50/p95 ms    p95 ratio  +spelling')
for (const op of OPS) {
  const r = perOp[op]
  console.log(`${op.padEnd(10)} ${String(r.n).padStart(4)}   ${cell(r.galley_p50_ms, r.galley_p95_ms)}  ${cell(r.spell_p50_ms, r.spell_p95_ms)}  ${cell(r.bare_p50_ms, r.bare_p95_ms)}  ${String(r.p95_ratio).padEnd(9)}  ${r.spell_p95_ratio}`)
}
console.log(`open (median of ${OPENS} per run after ${WARM_OPENS} to warm up): Galley ${round(openMs)} ms, with spelling ${round(spellOpenMs)} ms, bare ${round(bareOpenMs)} ms (ratios ${round(openMs / bareOpenMs)}, ${round(spellOpenMs / bareOpenMs)})`)
console.log(`first open of the long article, cold (editor on screen): Galley ${round(coldMs)} ms, bare ${round(bareColdMs)} ms (ratio ${round(coldMs / bareColdMs)})`)
console.log(`Galley's window drawing its editor, panes and toolbar with its first (short) article: ${round(windowMs)} ms`)
console.log(`open without the harness's transport (host calls over the harness's WebSocket, not Galley's work): Galley ${round(netOpenMs)} ms, ratio ${round(netOpenMs / bareOpenMs)}; transport ${round(transportMs)} ms`)
console.log(`spelling: whole article checked and underlined ${round(median(spell.map((r) => r.spellReadyMs ?? NaN)))} ms after choosing the file; ${median(spell.map((r) => r.underlines ?? 0))} words underlined`)
console.log(`heap after open: Galley ${round(median(galley.map((r) => r.heapMb)))} MB, with spelling ${round(median(spell.map((r) => r.heapMb)))} MB, bare ${round(median(bare.map((r) => r.heapMb)))} MB`)
console.log(`targets: p95 ≤ 1.25× bare for the worst operation (${worst}; with spelling ${spellWorst}), open ≤ 1.5× bare`)

const result = {
  words,
  worst_operation: worst,
  galley_p50_ms: perOp[worst].galley_p50_ms,
  galley_p95_ms: perOp[worst].galley_p95_ms,
  bare_p50_ms: perOp[worst].bare_p50_ms,
  bare_p95_ms: perOp[worst].bare_p95_ms,
  p95_ratio: perOp[worst].p95_ratio,
  open_ms: round(openMs),
  bare_open_ms: round(bareOpenMs),
  open_ratio: round(openMs / bareOpenMs),
  open_transport_ms: round(transportMs),
  open_net_ms: round(netOpenMs),
  open_net_ratio: round(netOpenMs / bareOpenMs),
  open_cold_ms: round(coldMs),
  bare_open_cold_ms: round(bareColdMs),
  open_cold_ratio: round(coldMs / bareColdMs),
  window_first_open_ms: round(windowMs),
  heap_mb: round(median(galley.map((r) => r.heapMb))),
  bare_heap_mb: round(median(bare.map((r) => r.heapMb))),
  spell_worst_operation: spellWorst,
  spell_p50_ms: perOp[spellWorst].spell_p50_ms,
  spell_p95_ms: perOp[spellWorst].spell_p95_ms,
  spell_p95_ratio: perOp[spellWorst].spell_p95_ratio,
  spell_open_ms: round(spellOpenMs),
  spell_open_ratio: round(spellOpenMs / bareOpenMs),
  spell_ready_ms: round(median(spell.map((r) => r.spellReadyMs ?? NaN))),
  spell_underlines: median(spell.map((r) => r.underlines ?? 0)),
  spell_heap_mb: round(median(spell.map((r) => r.heapMb))),
  operations: perOp,
}
console.log(`BENCH typing ${JSON.stringify(result)}`)
