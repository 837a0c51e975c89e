// The renderer is served from app://galley/ . This resolves such a URL to a file inside the renderer
// folder, refusing everything that could escape it: `..`, encoded separators, NUL bytes, symlinks.
import * as path from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'galley'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export type AppResolution =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string }

export interface ResolveOptions {
  /** The built renderer folder. */
  readonly root: string
  /** `fs.promises.realpath` (injectable for tests). */
  readonly realpath: (p: string) => Promise<string>
  /** Accept a different origin (the e2e harness serves http://127.0.0.1:<port>). */
  readonly origin?: string
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
}

export function mimeTypeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export async function resolveAppRequest(requestUrl: string, options: ResolveOptions): Promise<AppResolution> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return refused(400, 'not a URL')
  }
  const origin = options.origin ?? APP_ORIGIN
  if (url.origin !== origin && `${url.protocol}//${url.host}` !== origin) return refused(403, 'foreign origin')
  if (url.username || url.password) return refused(400, 'credentials in URL')

  // Check the raw path before decoding so encoded separators and dots cannot sneak through.
  const raw = url.pathname
  if (/%2f|%5c|%00|%2e/i.test(raw)) return refused(400, 'encoded separator or dot')
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return refused(400, 'malformed escape')
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return refused(400, 'forbidden character')
  const segments = decoded.split('/').filter((s) => s.length > 0)
  if (segments.some((s) => s === '..' || s === '.')) return refused(400, 'dot segment')
  if (segments.length === 0) segments.push('index.html')

  let realRoot: string
  try {
    realRoot = await options.realpath(options.root)
  } catch {
    return refused(404, 'renderer folder missing')
  }
  const candidate = path.join(realRoot, ...segments)
  let real: string
  try {
    real = await options.realpath(candidate)
  } catch {
    return refused(404, 'not found')
  }
  // realpath follows symlinks: a link pointing outside the renderer folder ends up outside and is refused.
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return refused(403, 'outside renderer folder')
  return { kind: 'file', path: real, mimeType: mimeTypeFor(real) }
}

function refused(status: 400 | 403 | 404, reason: string): AppResolution {
  return { kind: 'refused', status, reason }
}

/** True for calls from the app's own top frame; anything else (a sub-frame, another origin) is refused. */
export function isAppSender(sender: { url: string | undefined; isMainFrame: boolean }, origin: string = APP_ORIGIN): boolean {
  if (!sender.isMainFrame || !sender.url) return false
  try {
    const url = new URL(sender.url)
    return `${url.protocol}//${url.host}` === origin
  } catch {
    return false
  }
}
