// A template file (`.galley-template`): how custom templates are stored in the library and shared
// between newsrooms. Versioned JSON; a newer version or invalid content is refused with a clear error.
import { GalleyError } from '../ipc/errors'
import { validateTemplate, type Template } from './schema'

export const TEMPLATE_FILE_FORMAT = 'galley.template'
export const TEMPLATE_FILE_VERSION = 1
export const TEMPLATE_FILE_EXTENSION = '.galley-template'
export const MAX_TEMPLATE_FILE_BYTES = 5 * 1024 * 1024

export interface TemplateFile {
  readonly format: typeof TEMPLATE_FILE_FORMAT
  readonly version: number
  readonly template: Template
}

export function serializeTemplate(template: Template): string {
  const file: TemplateFile = { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, template }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Reads a template file. Throws a `GalleyError`: TEMPLATE_INVALID (not JSON, or a field is wrong,
 * named in `detail`), NOT_A_TEMPLATE (another kind of file, such as an article), TEMPLATE_TOO_NEW.
 */
export function parseTemplate(text: string): Template {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    throw new GalleyError('TEMPLATE_INVALID', 'This template file is damaged (it is not valid JSON). Nothing was changed.')
  }
  const file = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null
  if (!file || file['format'] !== TEMPLATE_FILE_FORMAT) {
    const isArticle = file?.['format'] === 'galley.article'
    throw new GalleyError(
      'NOT_A_TEMPLATE',
      isArticle
        ? 'This is a Galley article, not a template. Open the article and use “Save as template” to make a template from it.'
        : 'This is not a Galley template file. Nothing was changed.',
    )
  }
  const version = file['version']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new GalleyError('TEMPLATE_INVALID', 'This template file is damaged: its version number is missing or wrong. Nothing was changed.', 'version')
  }
  if (version > TEMPLATE_FILE_VERSION) {
    throw new GalleyError(
      'TEMPLATE_TOO_NEW',
      `This template was made by a newer version of Galley (template version ${version}; this Galley reads up to ${TEMPLATE_FILE_VERSION}). Update Galley to use it.`,
      String(version),
    )
  }
  const checked = validateTemplate(file['template'])
  if (!checked.ok) {
    const where = checked.where ? `template › ${checked.where}` : 'template'
    throw new GalleyError('TEMPLATE_INVALID', `This template file is damaged: the field “${where}” ${lowerFirst(checked.message)}. Nothing was changed.`, where)
  }
  return checked.template
}

function lowerFirst(message: string): string {
  const text = message.charAt(0).toLowerCase() + message.slice(1)
  return /^(must|is|uses|only|a |the |appears|minimum)/.test(text) ? text : `is not valid (${text})`
}
