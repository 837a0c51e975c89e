// Serves the built renderer from app://galley/ with the security headers; nothing outside its folder.
import { readFile, realpath } from 'node:fs/promises'
import { protocol, type Session } from 'electron'
import { APP_SCHEME, resolveAppRequest } from './policy/appUrl'
import { securityHeaders } from './policy/security'

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

export function registerAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = await resolveAppRequest(request.url, { root: rendererRoot, realpath })
    if (resolved.kind === 'refused') {
      return new Response(null, { status: resolved.status, headers: securityHeaders() })
    }
    const body = await readFile(resolved.path)
    return new Response(body, { status: 200, headers: { ...securityHeaders(), 'Content-Type': resolved.mimeType } })
  })
}
