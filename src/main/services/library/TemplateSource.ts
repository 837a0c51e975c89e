// Where a new article's skeleton comes from. The section templates (shared/templates) plug in here;
// the built-in source gives an empty article that remembers its template id.
import type { BodyJSON } from '../../../shared/article/body'
import type { Layout } from '../../../shared/article/layout'
import type { ArticleMeta } from '../../../shared/article/meta'
import { fail } from './errors'

export interface ArticleSkeleton {
  readonly meta?: Partial<ArticleMeta>
  readonly layout?: Partial<Layout>
  readonly body?: BodyJSON
}

export interface TemplateSource {
  /** The skeleton of a new article from template `templateId`; throws UNKNOWN_TEMPLATE if there is none. */
  skeleton(templateId: string, now: Date): ArticleSkeleton
}

export const builtinTemplates: TemplateSource = {
  skeleton(templateId) {
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(templateId)) throw fail('UNKNOWN_TEMPLATE', `Galley has no template called “${templateId}”.`)
    return { meta: { template: templateId } }
  },
}
