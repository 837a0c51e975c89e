// How the library and the history say when something happened: “just now”, “12 min ago”, “today,
// 10:42”, “yesterday, 18:05”, “8 Jul”, “8 Jul 2019”. English UI, the reader's clock.
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
const full = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })

function startOfDay(ms: number): number {
  const d = new Date(ms)
  d.setHours(0, 0, 0, 0)
  return d.getTime()
}

export function formatWhen(ms: number, now: number): string {
  const ago = now - ms
  if (ago >= 0 && ago < 60_000) return 'just now'
  if (ago >= 0 && ago < 3_600_000) return `${Math.floor(ago / 60_000)} min ago`
  const today = startOfDay(now)
  if (ms >= today && ms < today + 86_400_000) return `today, ${time.format(ms)}`
  if (ms >= today - 86_400_000 && ms < today) return `yesterday, ${time.format(ms)}`
  return new Date(ms).getFullYear() === new Date(now).getFullYear() ? dayMonth.format(ms) : dayMonthYear.format(ms)
}

/** For a tooltip: the exact moment. */
export function formatExact(ms: number): string {
  return full.format(ms)
}

/** An article's date (`2020-07-08`) as a reader writes it: 8 Jul 2020. */
export function formatArticleDate(iso: string): string {
  if (!/^\d{4}-\d\d-\d\d$/.test(iso)) return ''
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return dayMonthYear.format(new Date(y, m - 1, d))
}

/** `YYYY-MM-DD` of a local day, `days` before `now`. */
export function isoDay(now: number, days = 0): string {
  const d = new Date(now)
  d.setDate(d.getDate() - days)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
