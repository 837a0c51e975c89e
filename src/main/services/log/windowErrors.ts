// Uncaught errors of a window, reported by its renderer (`app.reportError`), written to the log as
// any error of main is: the error's kind, a scrubbed short message and its stack frames.
import type { WindowErrorReport } from '../../../shared/ipc/app'
import type { Logger } from './Logger'

export function logWindowError(logger: Logger, windowId: number, report: WindowErrorReport): void {
  const error = new Error(report.message)
  error.name = report.name || 'Error'
  error.stack = `${error.name}: ${report.message}\n${report.stack ?? ''}`
  // Component names only: where in the window it broke.
  const components = (report.componentStack ?? '')
    .split('\n')
    .map((l) => l.trim().replace(/^at /, '').split(' ')[0] ?? '')
    .filter((l) => /^[A-Z][\w.$]*$/.test(l))
    .slice(0, 8)
    .join(' < ')
  logger.child('window').error('uncaught error in a window', error, { window: windowId, kind: report.kind, ...(components ? { components } : {}) })
}
