// The save state in the status bar, in plain words: Saved, Saving…, or Not saved and why. It never
// says “Saved” unless the file holds every word.
import { useCallback, useSyncExternalStore } from 'react'
import type { HostSession, SaveState } from '../../document/HostSession'
import { formatExact } from '../library/format'

function label(state: SaveState, autosave: boolean): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved'
    case 'saving':
      return 'Saving…'
    case 'unsaved':
      return autosave ? 'Edited' : 'Not saved yet (autosave is off)'
    case 'failed':
      return `Not saved: ${state.message}`
    case 'conflict':
      return 'Not saved: changed somewhere else'
    case 'read-only':
      return 'Read-only'
  }
}

interface Props {
  readonly session: HostSession
  readonly autosave: boolean
  readonly onRetry: () => void
  readonly onResolve: () => void
}

export function SaveStatus({ session, autosave, onRetry, onResolve }: Props) {
  const subscribe = useCallback((listener: () => void) => session.subscribeStatus(listener), [session])
  const state = useSyncExternalStore(subscribe, () => session.getStatus().save)
  const problem = state.kind === 'failed' || state.kind === 'conflict'
  return (
    <span className={`save-status save-status--${state.kind}`} data-testid="save-status" data-state={state.kind} role={problem ? 'alert' : 'status'} title={state.kind === 'saved' && state.at ? `Saved ${formatExact(state.at)}` : undefined}>
      <span className="save-status-text">{label(state, autosave)}</span>
      {state.kind === 'failed' && (
        <button type="button" className="ghost small" onClick={onRetry}>
          Try again
        </button>
      )}
      {state.kind === 'conflict' && (
        <button type="button" className="ghost small" onClick={onResolve}>
          Resolve…
        </button>
      )}
    </span>
  )
}
