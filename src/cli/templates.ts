// The section templates the command line offers. The catalog is an interface so the full template
// set (src/shared/templates, with its ready-for-print checklist) plugs in where this basic one stands.
import type { Article } from '../shared/article/file'
import type { Layout } from '../shared/article/layout'

export interface TemplateInfo {
  readonly id: string
  readonly name: string
  readonly description: string
  /** Print layout the template starts from (on top of the defaults). */
  readonly layout: Partial<Layout>
}

export interface ChecklistItem {
  readonly id: string
  readonly label: string
  readonly ok: boolean
  /** Why it is not ready, in a sentence. */
  readonly detail?: string
}

export interface TemplateCatalog {
  list(): readonly TemplateInfo[]
  get(id: string): TemplateInfo | undefined
  /** The ready-for-print checklist of an article; absent when the catalog has none. */
  readonly checklist?: (article: Article) => readonly ChecklistItem[]
}

const BASIC: readonly TemplateInfo[] = [
  { id: 'news', name: 'News story', description: 'Kicker, headline, deck, byline and dateline over the story.', layout: { masthead: 'section', columns: 3 } },
  { id: 'editorial', name: 'Editorial', description: 'The paper’s view: masthead line with the editor in chief and the date, headline, body.', layout: { masthead: 'editorial', columns: 2 } },
  { id: 'op-ed', name: 'Op-ed', description: 'A signed opinion piece with the author’s bio line.', layout: { masthead: 'section', columns: 2 } },
  { id: 'interview', name: 'Interview', description: 'Introduction, then questions and answers.', layout: { masthead: 'section', columns: 3 } },
  { id: 'feature', name: 'Feature', description: 'A longer story with subheads, pull quotes and images.', layout: { masthead: 'section', columns: 3, dropCap: true } },
]

export const basicTemplateCatalog: TemplateCatalog = {
  list: () => BASIC,
  get: (id) => BASIC.find((t) => t.id === id),
}
