// A new article from a section template, made in the window with the publication's defaults from the
// preferences. (Where articles live on disk, `library.create({ templateId, meta })` makes it instead.)
import type { Article } from '../../../../shared/article/file'
import type { Language } from '../../../../shared/article/languages'
import type { Settings } from '../../../../shared/ipc/settings'
import { createFromTemplate } from '../../../../shared/templates/create'
import type { Template } from '../../../../shared/templates/schema'

export interface NewArticleOptions {
  /** The article's language, chosen in the picker. */
  readonly language: Language
}

export function articleFromTemplate(template: Template, settings: Settings, options: NewArticleOptions, now: Date = new Date(), id: string = crypto.randomUUID()): Article {
  return createFromTemplate(template, { id, now, defaults: settings, meta: { language: options.language } })
}
