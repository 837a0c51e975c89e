// Which history snapshots to drop: all of the last 24 hours are kept, then the newest of each hour for
// 7 days, the newest of each day for 90 days, and labelled ones forever. Pure, so it is easy to test.
export const HOUR = 3_600_000
export const DAY = 24 * HOUR

export interface Prunable {
  readonly id: string
  /** ms since the epoch. */
  readonly at: number
  readonly label: string | null
}

export function snapshotsToPrune(snapshots: readonly Prunable[], now: number): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
  const keptBuckets = new Set<string>()
  const drop: string[] = []
  for (const snap of newestFirst) {
    if (snap.label !== null) continue
    const age = now - snap.at
    if (age <= DAY) continue
    let bucket: string | null = null
    if (age <= 7 * DAY) bucket = `h${Math.floor(snap.at / HOUR)}`
    else if (age <= 90 * DAY) bucket = `d${Math.floor(snap.at / DAY)}`
    if (bucket !== null && !keptBuckets.has(bucket)) keptBuckets.add(bucket)
    else drop.push(snap.id)
  }
  return drop
}
