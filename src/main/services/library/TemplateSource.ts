// Where a new article's skeleton comes from. The section templates (shared/templates) plug in here;
// the built-in source gives an empty article that remembers its template id.
import type { BodyJSON } from '../../../shared/article/body'
import type { Layout } from '../../../shared/article/layout'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { Settings } from '../../../shared/ipc/settings'
import type { TemplateService } from '../TemplateService'
import { fail } from './errors'

export interface ArticleSkeleton {
  readonly meta?: Partial<ArticleMeta>
  readonly layout?: Partial<Layout>
  readonly body?: BodyJSON
}

export interface TemplateSource {
  /**
   * The skeleton of a new article from template `templateId`, with the fields the writer chose
   * (`meta`: the language, so the dateline and direction follow it); throws UNKNOWN_TEMPLATE if there is none.
   */
  skeleton(templateId: string, now: Date, meta?: Partial<ArticleMeta>): Promise<ArticleSkeleton>
}

/** For tests of the library alone: an empty article that remembers its template id. */
export const builtinTemplates: TemplateSource = {
  async skeleton(templateId) {
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(templateId)) throw fail('UNKNOWN_TEMPLATE', `Galley has no template called “${templateId}”.`)
    return { meta: { template: templateId } }
  },
}

/** The section templates (built-in and the library's own) with the publication's standing defaults. */
export function templateSkeletons(templates: Pick<TemplateService, 'createArticle'>, settings: () => Promise<Settings>): TemplateSource {
  return {
    async skeleton(templateId, now, meta) {
      // The id is a throwaway: the library gives the article its own.
      const article = await templates.createArticle(templateId, { id: '00000000-0000-4000-8000-000000000000', now, defaults: await settings(), ...(meta ? { meta } : {}) })
      return { meta: article.meta, layout: article.layout, body: article.body }
    },
  }
}
