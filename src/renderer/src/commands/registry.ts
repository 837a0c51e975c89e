// Menu commands reach the window as the host event `onMenuCommand`; each feature says what it does
// for a command id with `useCommand`. The newest handler of a command wins (a dialog over the window
// takes over Find, say), and a command nobody handles is ignored rather than failing.
import { useEffect, useRef } from 'react'
import { COMMANDS, type CommandId } from '../../../shared/commands/catalog'
import { onHostEvent } from '../host'
import { matchesCommandKeys, type Platform } from '../shortcuts'

export type CommandHandler = (arg?: string) => void

const handlers = new Map<string, CommandHandler[]>()
/** When a command last ran from a key press in the window, to drop the menu's echo of the same key. */
const lastKeyRun = new Map<string, number>()
const ECHO_WINDOW_MS = 150

export function registerCommand(id: CommandId, handler: CommandHandler): () => void {
  const list = handlers.get(id) ?? []
  list.push(handler)
  handlers.set(id, list)
  return () => {
    const current = handlers.get(id)
    if (!current) return
    const i = current.lastIndexOf(handler)
    if (i >= 0) current.splice(i, 1)
    if (current.length === 0) handlers.delete(id)
  }
}

/** Runs a command's newest handler. Returns false when nobody handles it. */
export function runCommand(id: string, arg?: string): boolean {
  const handler = handlers.get(id)?.at(-1)
  if (!handler) return false
  handler(arg)
  return true
}

/**
 * Call when a key press already ran `id` in the window. Where the OS delivers a menu accelerator to
 * both the page and the menu, the menu's `onMenuCommand` that follows is then not run a second time.
 */
export function noteKeyRun(id: string, now: number = Date.now()): void {
  lastKeyRun.set(id, now)
}

export function handleMenuCommand(id: string, arg: string | undefined, now: number = Date.now()): boolean {
  const keyed = lastKeyRun.get(id)
  if (keyed !== undefined && now - keyed < ECHO_WINDOW_MS) return false
  return runCommand(id, arg)
}

/** Registers `handler` for `id` while the component is mounted (and `enabled`); the latest closure always runs. */
export function useCommand(id: CommandId, handler: CommandHandler, enabled = true): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => {
    if (!enabled) return undefined
    return registerCommand(id, (arg) => latest.current(arg))
  }, [id, enabled])
}

const RENDERER_COMMANDS = COMMANDS.filter((c) => c.runsIn === 'renderer').map((c) => c.id)

/**
 * The renderer command a key press is, among those some feature handles now. The window answers its
 * own shortcuts (the menu shows them without registering them on Linux and Windows), so they work the
 * same in the app and in a plain browser.
 */
export function commandForKeys(event: KeyboardEvent, platform: Platform): string | null {
  for (const id of RENDERER_COMMANDS) if (handlers.has(id) && matchesCommandKeys(event, id, platform)) return id
  return null
}

/** Listens for the menu's commands and the keys of renderer commands; mount once per window. */
export function useMenuCommands(platform: Platform | undefined): void {
  useEffect(() => onHostEvent('onMenuCommand', ({ command, arg }) => void handleMenuCommand(command, arg)), [])
  useEffect(() => {
    if (!platform) return undefined
    const onKey = (event: KeyboardEvent): void => {
      // The editor and the window's own key handlers come first.
      if (event.defaultPrevented) return
      const id = commandForKeys(event, platform)
      if (!id) return
      event.preventDefault()
      noteKeyRun(id)
      runCommand(id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [platform])
}
