// Finding a Chromium to print PDFs with: --chromium, then GALLEY_CHROMIUM, then the usual places on
// Linux, macOS and Windows. When there is none, the error says what to install.
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { GalleyError } from '../shared/ipc/errors'

export interface ChromiumSearch {
  readonly explicit?: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly platform: NodeJS.Platform
  readonly exists?: (p: string) => boolean
}

export function chromiumCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    return ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'].flatMap((app) => [
      `/Applications/${app}`,
      ...(env['HOME'] ? [`${env['HOME']}/Applications/${app}`] : []),
    ])
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r)
    return roots.flatMap((root) => [path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'), path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')])
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge', '/opt/google/chrome/chrome']
}

const INSTALL: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium)',
  darwin: 'install Google Chrome or Chromium into /Applications',
  win32: 'install Google Chrome or Microsoft Edge',
}

export function findChromium(search: ChromiumSearch): string {
  const exists = search.exists ?? existsSync
  if (search.explicit) {
    if (!exists(search.explicit)) throw new GalleyError('CHROMIUM_NOT_FOUND', `There is no Chromium at ${search.explicit} (given with --chromium).`, search.explicit)
    return search.explicit
  }
  const fromEnv = search.env['GALLEY_CHROMIUM']
  if (fromEnv) {
    if (!exists(fromEnv)) throw new GalleyError('CHROMIUM_NOT_FOUND', `There is no Chromium at ${fromEnv} (given with GALLEY_CHROMIUM).`, fromEnv)
    return fromEnv
  }
  const found = chromiumCandidates(search.platform, search.env).find((p) => exists(p))
  if (found) return found
  throw new GalleyError(
    'CHROMIUM_NOT_FOUND',
    `PDF export prints with Chromium, and none was found. To fix it, ${INSTALL[search.platform] ?? 'install Chromium or Google Chrome'}, or give its path with --chromium PATH or the GALLEY_CHROMIUM variable.`,
  )
}
