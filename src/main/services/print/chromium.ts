// Finding and launching a system Chromium to print with: the CLI, the tests, the benchmarks and the
// e2e harness all come through here, so they share one search order and one flag list.
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { GalleyError } from '../../../shared/ipc/errors'

/** The flags this network-less machine (and any headless print server) needs. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
]

export interface ChromiumSearch {
  /** A path given on the command line (`--chromium PATH`); wins over everything else. */
  readonly explicit?: string
  /** Where GALLEY_CHROMIUM and the Windows/macOS install roots are read; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly platform?: NodeJS.Platform
  readonly exists?: (p: string) => boolean
}

/** The usual install places of Chromium, Chrome and Edge on each platform, most likely first. */
export function chromiumCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'].flatMap((app) => [
      `/Applications/${app}`,
      ...(env['HOME'] ? [`${env['HOME']}/Applications/${app}`] : []),
    ])
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r)
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ])
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge', '/opt/google/chrome/chrome']
}

const INSTALL: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium)',
  darwin: 'install Google Chrome or Chromium into /Applications',
  win32: 'install Google Chrome or Microsoft Edge',
}

/**
 * The Chromium to print with: `explicit` (--chromium), then GALLEY_CHROMIUM, then the usual places.
 * A path that was given but does not exist is an error (never silently replaced by another browser);
 * when nothing is found the error says what to install.
 */
export function findChromium(search: ChromiumSearch = {}): string {
  const exists = search.exists ?? existsSync
  const env = search.env ?? process.env
  const platform = search.platform ?? process.platform
  if (search.explicit) {
    if (!exists(search.explicit)) throw new GalleyError('CHROMIUM_NOT_FOUND', `There is no Chromium at ${search.explicit} (given with --chromium).`, search.explicit)
    return search.explicit
  }
  const fromEnv = env['GALLEY_CHROMIUM']
  if (fromEnv) {
    if (!exists(fromEnv)) throw new GalleyError('CHROMIUM_NOT_FOUND', `There is no Chromium at ${fromEnv} (given with GALLEY_CHROMIUM).`, fromEnv)
    return fromEnv
  }
  const found = chromiumCandidates(platform, env).find((p) => exists(p))
  if (found) return found
  throw new GalleyError(
    'CHROMIUM_NOT_FOUND',
    `PDF export prints with Chromium, and none was found. To fix it, ${INSTALL[platform] ?? 'install Chromium or Google Chrome'}, or give its path with --chromium PATH or the GALLEY_CHROMIUM variable.`,
  )
}

/** Starts a headless Chromium (`executablePath`, else the one findChromium finds) with CHROMIUM_ARGS. */
export function launchChromium(executablePath: string = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}
