// YAML front matter <-> article fields. Export writes Galley's own keys in a fixed order, only those
// with a value; import also accepts the names other tools use (title, subtitle, author, lang…).
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { LanguageSchema } from '../article/languages'
import { IsoDateSchema, StatusSchema, TargetSchema, type ArticleMeta } from '../article/meta'
import type { ImportedMeta } from './imported'

const TEXT_KEYS = ['template', 'publication', 'section', 'kicker', 'headline', 'deck', 'byline', 'authorBio', 'dateline', 'editorInChief'] as const
const ALIASES: Readonly<Record<string, (typeof TEXT_KEYS)[number]>> = {
  title: 'headline',
  subtitle: 'deck',
  description: 'deck',
  summary: 'deck',
  standfirst: 'deck',
  author: 'byline',
  authors: 'byline',
  overline: 'kicker',
  category: 'section',
  editor_in_chief: 'editorInChief',
  editor: 'editorInChief',
  bio: 'authorBio',
}
const LIMITS: Readonly<Record<(typeof TEXT_KEYS)[number], number>> = {
  template: 80,
  publication: 200,
  section: 120,
  kicker: 200,
  headline: 500,
  deck: 1000,
  byline: 300,
  authorBio: 500,
  dateline: 200,
  editorInChief: 200,
}

/** Splits `---\nYAML\n---\nbody`; returns null front matter when there is none. */
export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!m) return { yaml: null, body: text }
  return { yaml: m[1] ?? '', body: text.slice(m[0].length) }
}

const asText = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim()
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ')
  return null
}

/** Reads front matter into fields. Bad YAML or wrong values become warnings, never errors. */
export function readFrontMatter(yaml: string, warnings: string[]): ImportedMeta {
  let data: unknown
  try {
    data = parseYaml(yaml, { schema: 'core', maxAliasCount: 50, uniqueKeys: false, prettyErrors: false })
  } catch {
    warnings.push('The front matter (the fields block at the top) is not valid YAML and was left out.')
    return {}
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {}
  const meta: ImportedMeta = {}
  for (const [rawKey, value] of Object.entries(data as Record<string, unknown>)) {
    const key = (TEXT_KEYS as readonly string[]).includes(rawKey) ? (rawKey as (typeof TEXT_KEYS)[number]) : ALIASES[rawKey.toLowerCase()]
    if (key) {
      const text = asText(value)
      if (text !== null && meta[key] === undefined) meta[key] = text.slice(0, LIMITS[key])
      continue
    }
    switch (rawKey.toLowerCase()) {
      case 'date': {
        const iso = /^\d{4}-\d{2}-\d{2}/.exec(asText(value) ?? '')?.[0] ?? ''
        if (IsoDateSchema.safeParse(iso).success && iso) meta.date = iso
        else warnings.push('The date in the front matter is not a date (YYYY-MM-DD) and was left out.')
        break
      }
      case 'language':
      case 'lang': {
        const lang = LanguageSchema.safeParse(asText(value))
        if (lang.success) meta.language = lang.data
        break
      }
      case 'status': {
        const status = StatusSchema.safeParse(asText(value))
        if (status.success) meta.status = status.data
        break
      }
      case 'tags':
      case 'keywords':
      case 'categories': {
        const list = Array.isArray(value) ? value.map(asText) : (asText(value) ?? '').split(',')
        meta.tags = list.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().slice(0, 80)).slice(0, 100)
        break
      }
      case 'target': {
        const target = TargetSchema.safeParse(value)
        if (target.success) meta.target = target.data
        break
      }
      case 'fields': {
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          const fields: Record<string, string> = {}
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            const text = asText(v)
            if (text !== null && k.length <= 80) fields[k] = text.slice(0, 5000)
          }
          meta.fields = fields
        }
        break
      }
      default:
        break
    }
  }
  return meta
}

/** The front matter block for an article: Galley's keys, fixed order, empty ones left out. */
export function writeFrontMatter(meta: ArticleMeta): string {
  const out: Record<string, unknown> = {}
  for (const key of TEXT_KEYS) {
    if (key === 'headline' || key === 'template') {
      out[key] = meta[key]
      continue
    }
    if (meta[key]) out[key] = meta[key]
  }
  if (meta.date) out['date'] = meta.date
  out['language'] = meta.language
  out['status'] = meta.status
  if (meta.tags.length > 0) out['tags'] = [...meta.tags]
  if (meta.target) out['target'] = { ...meta.target }
  const fieldKeys = Object.keys(meta.fields).sort()
  if (fieldKeys.length > 0) out['fields'] = Object.fromEntries(fieldKeys.map((k) => [k, meta.fields[k]]))
  return `---\n${stringifyYaml(out, { lineWidth: 0, schema: 'core' })}---\n`
}
