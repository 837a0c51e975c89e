import type { ESLint } from 'eslint'
export function zoneOf(relPath: string): string | null
export const ALLOWED: Record<string, string[]>
declare const plugin: ESLint.Plugin
export default plugin
