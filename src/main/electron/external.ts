// The one door from Galley to the system browser and mail client.
import { shell } from 'electron'
import { externalUrlToOpen } from './policy/security'

/**
 * Hands a URL to the OS if it is a well-formed https: or mailto: URL (`externalUrlToOpen`, tested);
 * anything else is refused. This is the reviewed call Electronegativity's OPEN_EXTERNAL_JS_CHECK
 * asks for: no other code opens URLs, and only the parsed, allow-listed URL reaches the OS.
 */
export function openExternalUrl(raw: unknown): boolean {
  const url = externalUrlToOpen(raw)
  if (url === null) return false
  const handOff = shell.openExternal.bind(shell)
  void handOff(url).catch(() => undefined)
  return true
}
