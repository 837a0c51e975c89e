// Says once, at the start of the e2e run, whether the specs also run against the real Electron app.
import { electronBinary } from './electron'

export default function globalSetup(): void {
  const found = electronBinary()
  if ('missing' in found) console.log(`[e2e] Electron project skipped: ${found.missing}. The same specs run in Chromium through the harness.`)
  else console.log(`[e2e] Electron project runs against ${found.path}`)
}
