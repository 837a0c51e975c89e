// The section templates the window knows: the built-ins at once, the library's own once the host
// has listed them, refreshed after every change made from this window.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { TemplateEntry, TemplateList } from '../../../../shared/ipc/templates'
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../../shared/templates/builtins'
import { knownPlaceholderTexts } from '../../../../shared/templates/checklist'
import type { Template } from '../../../../shared/templates/schema'
import { host, isHostFailure } from '../../host'

export interface TemplatesState {
  readonly entries: readonly TemplateEntry[]
  /** Template files that could not be read, with the reason. */
  readonly problems: TemplateList['problems']
  /** Why the list could not be read; null when it could. */
  readonly error: string | null
  refresh(): Promise<void>
  /** The template with this id, built-in or custom; null when unknown (blank, deleted, another newsroom's). */
  find(id: string): Template | null
  /** Placeholder texts of every template, for finding instructions that lost their marker. */
  readonly knownPlaceholders: ReadonlySet<string>
}

const builtInEntries: readonly TemplateEntry[] = BUILT_IN_TEMPLATES.map((template) => ({ template, builtIn: true, path: null, modified: null }))

const TemplatesContext = createContext<TemplatesState | null>(null)

export function TemplatesProvider({ children }: { readonly children: ReactNode }) {
  const [list, setList] = useState<TemplateList>({ templates: builtInEntries, problems: [] })
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    try {
      setList(await host.templates.list())
      setError(null)
    } catch (e) {
      setError(isHostFailure(e) ? e.message : 'Galley could not read your templates.')
    }
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])

  const value = useMemo<TemplatesState>(() => {
    const custom = list.templates.filter((e) => !e.builtIn).map((e) => e.template)
    return {
      entries: list.templates,
      problems: list.problems,
      error,
      refresh,
      find: (id) => builtInTemplate(id) ?? custom.find((t) => t.id === id) ?? null,
      knownPlaceholders: knownPlaceholderTexts(custom),
    }
  }, [list, error, refresh])
  return <TemplatesContext.Provider value={value}>{children}</TemplatesContext.Provider>
}

export function useTemplates(): TemplatesState {
  const state = useContext(TemplatesContext)
  if (!state) throw new Error('Galley: templates missing (render inside <TemplatesProvider>)')
  return state
}
