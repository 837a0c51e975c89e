// `--template ID` and `--library DIR`, as new, import and check take them.
import type { Template } from '../../shared/templates/schema'
import { UsageError } from '../context'
import type { Newsroom } from '../newsroom'

/** The template with this id, built-in or the library's own; wrong usage (exit 2) when there is none. */
export async function templateOrUsage(newsroom: Newsroom, id: string, command: string): Promise<Template> {
  const template = await newsroom.templates.find(id)
  if (template) return template
  const ids = (await newsroom.templates.list()).templates.map((e) => e.template.id)
  throw new UsageError(`there is no template “${id}” (templates: ${ids.join(', ')})`, command)
}

export const LIBRARY_HELP = `  -l, --library DIR      the library whose custom templates to use (else the one Galley's
                         preferences name, else ~/Documents/Galley or GALLEY_LIBRARY_DIR)`
