// SIGKILL at random moments while saving: every time the file parses and is one of the versions being
// written (old or new, never a mix); no temp file survives the next start.
import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { body, paragraph, subhead } from '../../../shared/article/body'
import { parseArticle } from '../../../shared/article/file'
import type { ArticleContent } from '../../../shared/ipc/library'
import { TEMP_PREFIX } from '../fs/atomicWrite'
import { testLibrary, type TestLibrary } from './testLibrary'

const KILLS = Number(process.env['GALLEY_CRASH_KILLS'] ?? 200)
const here = path.dirname(fileURLToPath(import.meta.url))
const bundle = path.resolve(here, '../../../../node_modules/.cache/galley/crashChild.mjs')

/** Children run side by side on separate libraries: starting Node is most of each kill's time. */
const LANES = 2

const libs: TestLibrary[] = []
beforeAll(async () => {
  await mkdir(path.dirname(bundle), { recursive: true })
  // One bundled file starts far faster than the TypeScript sources through a loader, 200 times over.
  await build({
    entryPoints: [path.join(here, 'crashChild.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom', 'dompurify'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    minify: true,
    logLevel: 'error',
  })
  for (let i = 0; i < LANES; i++) libs.push(await testLibrary())
})
afterAll(async () => Promise.all(libs.map((l) => l.cleanup())))

function runChild(dir: string, userDataDir: string, versions: string, killAfterMs: number): Promise<{ leftovers: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dir, userDataDir, 'Story.galley'], {
      env: { ...process.env, GALLEY_CRASH_VERSIONS: versions },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let leftovers = -1
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /ready (\d+)/.exec(out)
      if (match && leftovers === -1) {
        leftovers = Number(match[1])
        setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${err || out}`))
      else resolve({ leftovers, killed: true })
    })
  })
}

describe('crash while saving (SIGKILL)', () => {
  it(`the file is always the old or the new version across ${KILLS} kills, and no temp file survives a start`, async () => {
    const seen = { A: 0, B: 0 }
    await Promise.all(libs.map((lib, lane) => killLoop(lib, Math.floor(KILLS / LANES) + (lane < KILLS % LANES ? 1 : 0), seen)))
    console.log(`crash test: ${seen.A + seen.B} kills; the file held version A ${seen.A} times, version B ${seen.B} times`)
    expect(seen.A + seen.B).toBe(KILLS)
    // Kills landed on both sides of a save: some left the old version, some the new.
    expect(Math.min(seen.A, seen.B)).toBeGreaterThan(KILLS / 20)
  }, 240_000)
})

async function killLoop(lib: TestLibrary, kills: number, seen: { A: number; B: number }): Promise<void> {
  const a = await lib.service.create({ templateId: 'news' })
  await lib.service.rename(a.path, 'Story')
  const file = path.join(lib.dir, 'Story.galley')
  const base = (await lib.service.open(file)).article
  // Two versions of different sizes (about 110 KB and 11 KB), so a torn write could not parse as either.
  const version = (tag: string, paragraphs: number): ArticleContent => ({
    meta: { ...base.meta, headline: `Version ${tag}` },
    layout: base.layout,
    body: body([subhead(tag), ...Array.from({ length: paragraphs }, (_, i) => paragraph(`${tag} ${i} ${'The council met again on Wednesday. '.repeat(20)}`))]),
  })
  const versions = [version('A', 150), version('B', 15)]
  await lib.service.save(file, versions[0] as ArticleContent, (await lib.service.open(file)).revision)
  await lib.service.halt()
  const versionsFile = path.join(lib.userDataDir, 'versions.json')
  await writeFile(versionsFile, JSON.stringify(versions))

  for (let i = 0; i < kills; i++) {
    const { leftovers } = await runChild(lib.dir, lib.userDataDir, versionsFile, Math.floor(Math.random() * 80))
    expect(leftovers, `temp files left after the start before kill ${i + 1}`).toBe(0)
    const article = parseArticle(await readFile(file, 'utf8')).article
    const tag = article.meta.headline === 'Version A' ? 'A' : 'B'
    expect(article.body).toEqual(versions[tag === 'A' ? 0 : 1]?.body)
    seen[tag]++
  }
  const service = await lib.restart()
  expect((await readdir(lib.dir)).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([])
  expect((await service.list({})).map((s) => s.problem)).toEqual([undefined])
}
