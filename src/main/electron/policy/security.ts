// Security policy of the shell as pure functions: CSP, navigation, new windows, permissions.

/** The renderer's Content-Security-Policy: nothing remote, nothing inline except styles set by the editor. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // No inline styles: React and Lexical set styles through the CSSOM, which CSP does not govern.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Response headers every renderer file is served with. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  }
}

/** `will-navigate` is always prevented: the app is one page and never navigates away from it. */
export function shouldPreventNavigation(_url: string): true {
  return true
}

/**
 * For `setWindowOpenHandler` and clicked links: the URL to hand to the system browser or mail client,
 * or null. Only well-formed https: and mailto: URLs pass; no new Electron window is ever opened.
 */
export function externalUrlToOpen(rawUrl: unknown): string | null {
  if (typeof rawUrl !== 'string' || rawUrl.length > 4096) return null
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol === 'https:') {
    if (!url.hostname || url.username || url.password) return null
    return url.href
  }
  if (url.protocol === 'mailto:') {
    let address: string
    try {
      address = decodeURIComponent(url.pathname)
    } catch {
      return null
    }
    if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(address)) return null
    return url.href
  }
  return null
}

/** Galley needs no web permission (camera, notifications, geolocation…): every request and check is denied. */
export function decidePermission(_permission: string): false {
  return false
}
