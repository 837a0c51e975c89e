// Finds and launches system Chromium with the flags this network-less machine needs: the CLI and the
// tests print PDFs through it, and the e2e harness runs the app in it.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

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

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium(): string {
  const fromEnv = process.env['GALLEY_CHROMIUM']
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`GALLEY_CHROMIUM points to ${fromEnv}, which does not exist.`)
    return fromEnv
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found) throw new Error('Chromium was not found. Install it with: sudo apt-get install -y chromium (or set GALLEY_CHROMIUM).')
  return found
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true })
}
