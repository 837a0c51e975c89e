// Starts the worker threads of a parallel index build. The worker module is TypeScript when Galley
// runs from its sources (tests, CLI, benchmarks: tsx compiles it in the worker) and a built .js file
// next to the main bundle in the app (see electron.vite.config.ts).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { WORKER_KIND, type IndexJob, type IndexPart } from './indexWorker'

export interface ParallelIndexing {
  /** Worker threads besides the main thread (which indexes its own share meanwhile). */
  readonly workers: number
  /** Fewer files than this are indexed on the main thread alone: starting a worker would cost more. */
  readonly from: number
  /** The worker module (`indexWorker.ts` beside this file, or its built `.js` in the app). */
  readonly module: URL
}

/** Every core but the main thread's, at most three workers (reading files stops scaling there). */
export function defaultParallelIndexing(module: URL = new URL('./indexWorker.ts', import.meta.url)): ParallelIndexing {
  return { workers: Math.max(0, Math.min(3, availableParallelism() - 1)), from: 1500, module }
}

// CommonJS run with `eval`: loads tsx first when the module is TypeScript, then imports it.
const BOOT = `
const { workerData } = require('node:worker_threads')
;(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register()
  await import(workerData.module)
})().catch((error) => { setImmediate(() => { throw error }) })
`

/**
 * The ES module build of tsx's API: its register() installs the TypeScript hooks in the thread that
 * calls it (the CommonJS build cannot, from a worker). Found through tsx's own export map.
 */
function tsxApi(): string {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('tsx/package.json')
  const exportsMap = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import?: { default?: string } } | string> }).exports
  const entry = exportsMap['./esm/api']
  const file = typeof entry === 'object' ? entry.import?.default : undefined
  if (!file) throw new Error('tsx has no ES module API')
  return pathToFileURL(path.join(path.dirname(manifest), file)).href
}

/** Runs one job in a new worker thread; rejects if the thread fails (the caller then indexes the files itself). */
export function runIndexWorker(job: IndexJob, module: URL): Promise<IndexPart> {
  return new Promise((resolve, reject) => {
    const tsx = module.pathname.endsWith('.ts') ? tsxApi() : null
    const worker = new Worker(BOOT, { eval: true, workerData: { kind: WORKER_KIND, module: module.href, tsx, job }, stdout: false, stderr: false })
    let settled = false
    const settle = (fn: () => void): void => {
      if (settled) return
      settled = true
      fn()
      void worker.terminate()
    }
    worker.once('message', (part: IndexPart) => settle(() => resolve(part)))
    worker.once('error', (error) => settle(() => reject(error)))
    worker.once('exit', (code) => settle(() => reject(new Error(`the index worker stopped (exit code ${code}) before it answered`))))
  })
}
