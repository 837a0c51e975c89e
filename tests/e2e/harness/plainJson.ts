// Whether JSON carries a value as Electron's structured clone would: only null, booleans, strings,
// finite numbers, dense arrays and plain objects without undefined members. (An object reached twice
// arrives as two equal copies rather than one; host answers are data, never compared by identity.
// A cycle passes here and makes JSON.stringify throw: the caller falls back then.) The e2e bridge
// sends such values as one JSON string (cheap over CDP), everything else through Playwright's own
// serializer. Self-contained, no inner named functions: the bridge injects its source text into the page.
export function isPlainJson(value: unknown): boolean {
  const seen = new Set<object>()
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false
      continue
    }
    if (typeof v !== 'object') return false
    if (seen.has(v)) continue
    seen.add(v)
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return false
        stack.push(v[i])
      }
      continue
    }
    const proto: unknown = Object.getPrototypeOf(v)
    if (proto !== Object.prototype && proto !== null) return false
    for (const key of Object.keys(v)) {
      const member = (v as Record<string, unknown>)[key]
      if (member === undefined) return false
      stack.push(member)
    }
  }
  return true
}
