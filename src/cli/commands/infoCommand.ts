// galley info INPUT.galley [--json]
import * as path from 'node:path'
import type { Article } from '../../shared/article/file'
import { bodyStats } from '../../shared/article/stats'
import { outline } from '../../shared/article/text'
import { parseCommand, writeHelp, type Command } from '../command'
import { UsageError } from '../context'
import { readArticleFile } from '../../main/services/fs/readArticleFile'

export interface ArticleInfo {
  readonly file: string
  readonly id: string
  readonly version: number
  readonly readOnly: string | null
  readonly meta: Article['meta']
  readonly layout: { readonly pageSize: string; readonly columns: number; readonly masthead: string }
  readonly stats: ReturnType<typeof bodyStats> & { readonly images: number }
  /** The subheads' texts, in order. */
  readonly outline: readonly string[]
}

export function articleInfo(file: string, article: Article, readOnly: string | null): ArticleInfo {
  return {
    file,
    id: article.id,
    version: article.version,
    readOnly,
    meta: article.meta,
    layout: { pageSize: article.layout.pageSize, columns: article.layout.columns, masthead: article.layout.masthead },
    stats: { ...bodyStats(article.body, { language: article.meta.language }), images: article.body.root.children.filter((b) => b.type === 'image').length },
    outline: outline(article.body).map((o) => o.text),
  }
}

export const infoCommand: Command = {
  name: 'info',
  summary: 'show an article’s fields, counts and outline',
  help: `
Usage: galley info INPUT.galley [--json]

Shows the article's fields, its word, character and paragraph counts, and its outline (subheads).

Options:
      --json     one JSON object: file, id, meta (headline, editorInChief, date as YYYY-MM-DD,
                 template, language…), layout, stats (words, characters, paragraphs…), outline
  -h, --help     show this help
`,
  async run(argv, ctx) {
    const { values, positionals } = parseCommand('info', argv, { json: { type: 'boolean' } })
    if (values.help) return writeHelp(ctx, infoCommand)
    if (positionals.length !== 1) throw new UsageError('give exactly one .galley file', 'info')
    const input = positionals[0]!
    try {
      const { article, readOnly } = await readArticleFile(path.resolve(ctx.cwd, input))
      const info = articleInfo(input, article, readOnly)
      if (values.json) {
        ctx.stdout.write(`${JSON.stringify(info, null, 2)}\n`)
      } else {
        const m = info.meta
        const rows: [string, string][] = [
          ['Headline', m.headline || '(none)'],
          ['Kicker', m.kicker],
          ['Deck', m.deck],
          ['Byline', m.byline],
          ['Dateline', m.dateline],
          ['Editor in chief', m.editorInChief],
          ['Date', m.date],
          ['Section', m.section],
          ['Template', m.template],
          ['Language', m.language],
          ['Status', m.status],
          ['Tags', m.tags.join(', ')],
          ['Words', String(info.stats.words)],
          ['Characters', `${info.stats.characters} (${info.stats.charactersNoSpaces} without spaces)`],
          ['Paragraphs', String(info.stats.paragraphs)],
          ['Reading time', `${info.stats.readingMinutes} min`],
          ['Images', String(info.stats.images)],
          ['Layout', `${info.layout.pageSize}, ${info.layout.columns} column${info.layout.columns === 1 ? '' : 's'}`],
        ]
        const width = Math.max(...rows.map(([k]) => k.length))
        for (const [k, v] of rows) if (v) ctx.stdout.write(`${k.padEnd(width)}  ${v}\n`)
        if (info.outline.length > 0) ctx.stdout.write(`Outline\n${info.outline.map((t) => `  - ${t}`).join('\n')}\n`)
        if (readOnly) ctx.report.warn(input, readOnly)
      }
    } catch (error) {
      ctx.report.fail(input, error)
    }
    return ctx.report.finish()
  },
}
