// The built-in templates, in the order the picker shows them.
import type { Template } from '../schema'
import { analysis } from './analysis'
import { brief } from './brief'
import { editorial } from './editorial'
import { feature } from './feature'
import { interview } from './interview'
import { letter } from './letter'
import { news } from './news'
import { obituary } from './obituary'
import { opEd } from './opEd'
import { review } from './review'

export const BUILT_IN_TEMPLATES: readonly Template[] = [editorial, news, opEd, feature, analysis, interview, brief, obituary, review, letter]

export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id)
}

export function isBuiltInId(id: string): boolean {
  return BUILT_IN_TEMPLATES.some((t) => t.id === id)
}
