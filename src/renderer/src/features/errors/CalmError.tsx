// What the window shows when something in it fails: a calm sentence, the assurance that the article
// is safe, and a way to carry on. A failure while drawing the window replaces it with this message
// (the editor and the article's session live above and survive; "Reload window" draws it again);
// an uncaught error elsewhere shows a banner over the window, which keeps working.
import { Component, useCallback, useEffect, useState, type ErrorInfo, type ReactNode } from 'react'
import { host } from '../../host'
import { isBenignError, reportWindowError } from './reportError'
import './errors.css'

export const CALM_TITLE = 'Something went wrong in this window.'
export const CALM_SAFE = 'Your article is safe: what you wrote is kept, and reloading the window brings it back.'

function showLogs(): void {
  host.desktop.runCommand('help.showLogs').catch(() => undefined)
}

interface MessageProps {
  readonly variant: 'panel' | 'banner'
  readonly onReload: () => void
  readonly onDismiss?: () => void
}

export function CalmErrorMessage({ variant, onReload, onDismiss }: MessageProps) {
  return (
    <div className={`calm-error calm-error-${variant}`} role="alert" data-testid="calm-error">
      <div className="calm-error-text">
        <strong>{CALM_TITLE}</strong> <span>{CALM_SAFE}</span>
      </div>
      <div className="calm-error-actions">
        <button type="button" className="primary" onClick={onReload}>
          Reload window
        </button>
        <button type="button" className="ghost" onClick={showLogs}>
          Show logs
        </button>
        {onDismiss && (
          <button type="button" className="ghost" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  )
}

interface BoundaryProps {
  readonly children: ReactNode
  readonly onReload: () => void
}

/** Catches errors while drawing its children; the article lives above it and is not touched. */
export class CalmErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    reportWindowError('render', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.failed) return <CalmErrorMessage variant="panel" onReload={this.props.onReload} />
    return this.props.children
  }
}

/**
 * The window's guard: a boundary around what it draws, plus `window.onerror` and unhandled
 * rejections. Reloading draws the window anew from the same editor and session, so no text is lost.
 */
export function WindowErrorGuard({ children }: { readonly children: ReactNode }) {
  const [generation, setGeneration] = useState(0)
  const [uncaught, setUncaught] = useState(false)
  const reload = useCallback(() => {
    setUncaught(false)
    setGeneration((g) => g + 1)
  }, [])

  useEffect(() => {
    const onError = (event: ErrorEvent): void => {
      if (isBenignError(event)) return
      reportWindowError('error', event.error ?? event.message)
      setUncaught(true)
    }
    const onRejection = (event: PromiseRejectionEvent): void => {
      reportWindowError('rejection', event.reason)
      setUncaught(true)
    }
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onRejection)
    return () => {
      window.removeEventListener('error', onError)
      window.removeEventListener('unhandledrejection', onRejection)
    }
  }, [])

  return (
    <>
      <CalmErrorBoundary key={generation} onReload={reload}>
        {children}
      </CalmErrorBoundary>
      {uncaught && <CalmErrorMessage variant="banner" onReload={reload} onDismiss={() => setUncaught(false)} />}
    </>
  )
}
