import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, decidePermission, externalUrlToOpen, securityHeaders, shouldPreventNavigation } from './security'

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values] as const),
  )

  it('allows only the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('names no remote origin and no unsafe script source anywhere', () => {
    const csp = contentSecurityPolicy()
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|wasm-unsafe-eval/)
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'")
    expect(directives.get('style-src')).not.toContain("'unsafe-inline'")
  })

  it('is sent with every response', () => {
    expect(securityHeaders()['Content-Security-Policy']).toBe(contentSecurityPolicy())
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff')
  })
})

describe('navigation and new windows', () => {
  it('prevents every in-window navigation', () => {
    for (const url of ['https://example.com', 'app://galley/other.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(shouldPreventNavigation(url)).toBe(true)
    }
  })

  it('opens only well-formed https and mailto URLs externally', () => {
    expect(externalUrlToOpen('https://www.rferl.org/a/story.html')).toBe('https://www.rferl.org/a/story.html')
    expect(externalUrlToOpen('mailto:desk@paper.example')).toBe('mailto:desk@paper.example')
    expect(externalUrlToOpen('mailto:desk@paper.example?subject=Hi')).toBe('mailto:desk@paper.example?subject=Hi')
  })

  it.each([
    'http://example.com',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'app://galley/index.html',
    'smb://server/share',
    'ms-msdt:/id',
    'https://user:pass@example.com/',
    'mailto:not an address',
    'mailto:%E0%A4%A',
    '',
    '//example.com',
    'https://',
  ])('refuses %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull()
  })

  it('refuses non-strings and absurdly long URLs', () => {
    expect(externalUrlToOpen(undefined)).toBeNull()
    expect(externalUrlToOpen({ toString: () => 'https://x.example' })).toBeNull()
    expect(externalUrlToOpen(`https://x.example/${'a'.repeat(5000)}`)).toBeNull()
  })
})

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(decidePermission(permission)).toBe(false)
    },
  )
})
