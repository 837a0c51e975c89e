// Serves the built renderer on 127.0.0.1 with the same path resolution and security headers the
// app:// protocol uses in Electron.
import { createReadStream } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolveAppRequest } from '../../../src/main/electron/policy/appUrl'
import { securityHeaders } from '../../../src/main/electron/policy/security'

export interface RendererServer {
  readonly origin: string
  /** The HTTP server itself (the e2e bridge's sockets are accepted on it). */
  readonly http: Server
  close(): Promise<void>
}

export async function serveRenderer(root: string): Promise<RendererServer> {
  let origin = ''
  const server = createServer((req, res) => {
    void (async () => {
      const resolved = await resolveAppRequest(`${origin}${req.url ?? '/'}`, { root, realpath, origin })
      if (resolved.kind === 'refused') {
        res.writeHead(resolved.status, securityHeaders()).end()
        return
      }
      res.writeHead(200, { ...securityHeaders(), 'Content-Type': resolved.mimeType, 'Cache-Control': 'no-store' })
      createReadStream(resolved.path).pipe(res)
    })().catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    http: server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
