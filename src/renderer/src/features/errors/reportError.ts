// Sends an uncaught error of the window to the log (Help › Show Logs) through the host. Only the
// error's name, a short message and stack frames go; main scrubs the message of quoted text.
import type { WindowErrorReport } from '../../../../shared/ipc/app'
import { host } from '../../host'

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function describeWindowError(kind: WindowErrorReport['kind'], error: unknown, componentStack?: string | null): WindowErrorReport {
  const e = error instanceof Error ? error : null
  const report: { -readonly [K in keyof WindowErrorReport]: WindowErrorReport[K] } = {
    kind,
    name: cut(e?.name ?? typeof error, 100),
    message: cut(e?.message ?? (typeof error === 'string' ? error : ''), 500),
  }
  if (e?.stack) report.stack = cut(e.stack, 4000)
  if (componentStack) report.componentStack = cut(componentStack, 2000)
  return report
}

/** Logs the error; never throws (reporting must not add a failure to the one it reports). */
export function reportWindowError(kind: WindowErrorReport['kind'], error: unknown, componentStack?: string | null): void {
  try {
    host.app.reportError(describeWindowError(kind, error, componentStack)).catch(() => undefined)
  } catch {
    // No host (a plain browser without the bridge): nothing to log to.
  }
}

/** Errors the browser reports that are not failures of Galley's code. */
export function isBenignError(event: ErrorEvent): boolean {
  return /ResizeObserver loop/i.test(event.message ?? '')
}
