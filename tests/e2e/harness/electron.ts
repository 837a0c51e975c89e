// Runs the same specs against the real Electron app where an Electron binary exists.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { writeBlankArticle } from '../helpers/session'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Path of a working Electron binary, or a sentence saying why there is none (never downloads). */
export function electronBinary(): { path: string } | { missing: string } {
  const pkgDir = path.join(repoRoot, 'node_modules/electron')
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const pathFile = path.join(pkgDir, 'path.txt')
  if (!override && !existsSync(pathFile)) {
    return { missing: 'the Electron binary is not installed (node_modules/electron/path.txt is missing; it cannot be downloaded on this machine)' }
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const binary = override ? path.join(override, relative) : path.join(pkgDir, 'dist', relative)
  if (!existsSync(binary)) return { missing: `the Electron binary ${binary} does not exist` }
  const probe = spawnSync(binary, ['--version'], { timeout: 20_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })
  if (probe.status !== 0) return { missing: `${binary} --version failed` }
  return { path: binary }
}

export interface ElectronGalley {
  readonly app: ElectronApplication
  readonly page: Page
  readonly libraryDir: string
  readonly userDataDir: string
  close(): Promise<void>
}

export async function launchElectronGalley(binary: string, options: { blankArticle?: boolean } = {}): Promise<ElectronGalley> {
  const libraryDir = await mkdtemp(path.join(tmpdir(), 'galley-lib-'))
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'galley-data-'))
  // An article to start from is handed over on the command line, as the OS opens a double-clicked file.
  const files = options.blankArticle ? [await writeBlankArticle(libraryDir)] : []
  const app = await _electron.launch({
    executablePath: binary,
    args: [path.join(repoRoot, 'out/main/index.js'), ...files],
    env: { ...process.env, GALLEY_USER_DATA_DIR: userDataDir, GALLEY_LIBRARY_DIR: libraryDir },
  })
  const page = await app.firstWindow()
  await page.waitForSelector('[data-testid="app-shell"]')
  return {
    app,
    page,
    libraryDir,
    userDataDir,
    async close() {
      await app.close().catch(() => undefined)
      await rm(libraryDir, { recursive: true, force: true })
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}
